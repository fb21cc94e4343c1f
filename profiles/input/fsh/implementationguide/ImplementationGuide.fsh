// The ImplementationGuide resource of the package (FSHOnly builds do not generate one), so a
// server can list it in its CapabilityStatement (CapabilityStatement.implementationGuide).
Instance: org.successplan.fhir
InstanceOf: ImplementationGuide
Usage: #definition
Title: "Success Plan Exchange Implementation Guide"
Description: "FHIR R4 profiles, terminology and examples for exchanging student success plans between schools, community agencies and clinics."
* insert ConformanceMetadata
* experimental = false
* url = "http://successplan.org/fhir/ImplementationGuide/org.successplan.fhir"
* version = "0.1.0"
* name = "SuccessPlanExchange"
* title = "Success Plan Exchange Implementation Guide"
* date = "2026-01-01"
* description = "FHIR R4 profiles, terminology and examples for exchanging student success plans - strengths, needs, goals, closed-loop referrals and consent - between schools, community agencies and clinics. Based on FHIR R4 core; aligned with the HL7 Gravity SDOH Clinical Care IG."
* packageId = "org.successplan.fhir"
* license = #CC0-1.0
* fhirVersion = #4.0.1
