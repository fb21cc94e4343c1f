// Custom search parameters - only where core R4 parameters cannot answer the question.
// Need-domain search reuses the core `category` parameters (CarePlan, Condition, Goal,
// ServiceRequest, Procedure, Observation) and HealthcareService `service-category`, e.g.
//   Condition?category=http://successplan.org/fhir/CodeSystem/ssp-need-domain|food
// Support tier reuses CarePlan `category`; referral tracking reuses Task owner/status/focus/patient.

Instance: ssp-patient-enrolled-school
InstanceOf: SearchParameter
Usage: #definition
Title: "Student: enrolled school"
Description: "Students enrolled in a school (extension ssp-school-enrollment.school). Core Patient `organization` only searches the custodian (managingOrganization), which is often the district, not the school."
* insert ConformanceMetadata
* experimental = false
* url = "http://successplan.org/fhir/SearchParameter/ssp-patient-enrolled-school"
* version = "0.1.0"
* name = "SSPEnrolledSchool"
* date = "2026-01-01"
* description = "Students enrolled in a school (extension ssp-school-enrollment.school). Core Patient `organization` only searches the custodian (managingOrganization), which is often the district, not the school."
* code = #enrolled-school
* base[0] = #Patient
* type = #reference
* expression = "Patient.extension('http://successplan.org/fhir/StructureDefinition/ssp-school-enrollment').extension('school').value"
* xpathUsage = #normal
* target[0] = #Organization
* multipleOr = true
* multipleAnd = true

Instance: ssp-patient-grade-level
InstanceOf: SearchParameter
Usage: #definition
Title: "Student: grade level"
Description: "Students by grade level of their school enrollment (extension ssp-school-enrollment.gradeLevel), e.g. Patient?grade-level=http://successplan.org/fhir/CodeSystem/ssp-grade-level|04."
* insert ConformanceMetadata
* experimental = false
* url = "http://successplan.org/fhir/SearchParameter/ssp-patient-grade-level"
* version = "0.1.0"
* name = "SSPGradeLevel"
* date = "2026-01-01"
* description = "Students by grade level of their school enrollment (extension ssp-school-enrollment.gradeLevel), e.g. Patient?grade-level=http://successplan.org/fhir/CodeSystem/ssp-grade-level|04."
* code = #grade-level
* base[0] = #Patient
* type = #token
* expression = "Patient.extension('http://successplan.org/fhir/StructureDefinition/ssp-school-enrollment').extension('gradeLevel').value"
* xpathUsage = #normal
* multipleOr = true
* multipleAnd = true

Instance: ssp-careplan-strengths-basis
InstanceOf: SearchParameter
Usage: #definition
Title: "Success plan: strengths basis"
Description: "Success plans that build on a given strength (extension ssp-strengths-basis), e.g. to list the plans a strengths survey fed into."
* insert ConformanceMetadata
* experimental = false
* url = "http://successplan.org/fhir/SearchParameter/ssp-careplan-strengths-basis"
* version = "0.1.0"
* name = "SSPStrengthsBasis"
* date = "2026-01-01"
* description = "Success plans that build on a given strength (extension ssp-strengths-basis), e.g. to list the plans a strengths survey fed into."
* code = #strengths-basis
* base[0] = #CarePlan
* type = #reference
* expression = "CarePlan.extension('http://successplan.org/fhir/StructureDefinition/ssp-strengths-basis').value"
* xpathUsage = #normal
* target[0] = #Observation
* multipleOr = true
* multipleAnd = true

Instance: ssp-consent-provision-class
InstanceOf: SearchParameter
Usage: #definition
Title: "Sharing consent: data class"
Description: "Consents whose permit provisions release a data class or resource type (Consent.provision.provision.class). Core Consent `data` searches provision.data (specific resources), not classes."
* insert ConformanceMetadata
* experimental = false
* url = "http://successplan.org/fhir/SearchParameter/ssp-consent-provision-class"
* version = "0.1.0"
* name = "SSPConsentDataClass"
* date = "2026-01-01"
* description = "Consents whose permit provisions release a data class or resource type (Consent.provision.provision.class). Core Consent `data` searches provision.data (specific resources), not classes."
* code = #data-class
* base[0] = #Consent
* type = #token
* expression = "Consent.provision.provision.class"
* xpathUsage = #normal
* multipleOr = true
* multipleAnd = true

Instance: ssp-consent-provision-code
InstanceOf: SearchParameter
Usage: #definition
Title: "Sharing consent: need domain"
Description: "Consents whose permit provisions release records of a need domain (Consent.provision.provision.code), e.g. Consent?patient=...&need-domain=...|food&status=active."
* insert ConformanceMetadata
* experimental = false
* url = "http://successplan.org/fhir/SearchParameter/ssp-consent-provision-code"
* version = "0.1.0"
* name = "SSPConsentNeedDomain"
* date = "2026-01-01"
* description = "Consents whose permit provisions release records of a need domain (Consent.provision.provision.code), e.g. Consent?patient=...&need-domain=...|food&status=active."
* code = #need-domain
* base[0] = #Consent
* type = #token
* expression = "Consent.provision.provision.code"
* xpathUsage = #normal
* multipleOr = true
* multipleAnd = true
