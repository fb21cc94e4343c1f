Instance: ssp-need-domain-to-gravity-sdoh
InstanceOf: ConceptMap
Usage: #definition
Title: "Need Domain to Gravity SDOH Category"
Description: """
Maps this guide's need domains to the HL7 Gravity SDOH Clinical Care categories (http://hl7.org/fhir/us/sdoh-clinicalcare/ValueSet/SDOHCC-ValueSetSDOHCategory), so records can carry both codings and Gravity systems understand them. School and child domains without a Gravity counterpart are marked unmatched.
"""
* insert ConformanceMetadata
* experimental = false
* url = "http://successplan.org/fhir/ConceptMap/ssp-need-domain-to-gravity-sdoh"
* version = "0.1.0"
* name = "NeedDomainToGravitySDOH"
* title = "Need Domain to Gravity SDOH Category"
* description = """
Maps this guide's need domains to the HL7 Gravity SDOH Clinical Care categories (http://hl7.org/fhir/us/sdoh-clinicalcare/ValueSet/SDOHCC-ValueSetSDOHCategory), so records can carry both codings and Gravity systems understand them. School and child domains without a Gravity counterpart are marked unmatched.
"""
* date = "2026-01-01"
* sourceCanonical = "http://successplan.org/fhir/ValueSet/ssp-need-domain"
* targetUri = "http://hl7.org/fhir/us/sdoh-clinicalcare/ValueSet/SDOHCC-ValueSetSDOHCategory"
* group[0].source = "http://successplan.org/fhir/CodeSystem/ssp-need-domain"
* group[=].target = "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes"
* group[=].element[0].code = #academic
* group[=].element[=].target[0].code = #"educational-attainment"
* group[=].element[=].target[=].display = "Educational Attainment"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "Gravity's category is narrowly about holding a high-school diploma; use it for older youth or caregivers, not for a student's learning needs."
* group[=].element[+].code = #attendance
* group[=].element[=].target[0].equivalence = #unmatched
* group[=].element[=].target[=].comment = "Gravity has no school attendance category."
* group[=].element[+].code = #social-emotional
* group[=].element[=].target[0].code = #"stress"
* group[=].element[=].target[=].display = "Stress"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Stress is one part of social-emotional needs."
* group[=].element[=].target[+].code = #"social-connection"
* group[=].element[=].target[=].display = "Social Connection"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Peer and adult connection is one part of social-emotional needs."
* group[=].element[+].code = #behavioral
* group[=].element[=].target[0].equivalence = #unmatched
* group[=].element[=].target[=].comment = "Gravity has no behavioral category."
* group[=].element[+].code = #physical-health
* group[=].element[=].target[0].code = #"health-insurance-coverage-status"
* group[=].element[=].target[=].display = "Health Insurance Coverage Status"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "Coverage is a health-access factor, not the health need itself."
* group[=].element[=].target[+].code = #"personal-health-literacy"
* group[=].element[=].target[=].display = "Personal Health Literacy"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "Health literacy (usually of the caregiver) affects physical-health needs."
* group[=].element[+].code = #mental-health
* group[=].element[=].target[0].code = #"stress"
* group[=].element[=].target[=].display = "Stress"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "Stress is an SDOH category, not a mental-health condition; map only when the need is stress."
* group[=].element[+].code = #family
* group[=].element[=].target[0].code = #"employment-status"
* group[=].element[=].target[=].display = "Employment Status"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Caregiver employment is one family circumstance."
* group[=].element[=].target[+].code = #"social-connection"
* group[=].element[=].target[=].display = "Social Connection"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Family isolation is one family circumstance."
* group[=].element[+].code = #food
* group[=].element[=].target[0].code = #"food-insecurity"
* group[=].element[=].target[=].display = "Food Insecurity"
* group[=].element[=].target[=].equivalence = #equivalent
* group[=].element[+].code = #housing
* group[=].element[=].target[0].code = #"housing-instability"
* group[=].element[=].target[=].display = "Housing Instability"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Housing instability is one kind of housing need."
* group[=].element[=].target[+].code = #"homelessness"
* group[=].element[=].target[=].display = "Homelessness"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Homelessness (McKinney-Vento) is one kind of housing need."
* group[=].element[=].target[+].code = #"inadequate-housing"
* group[=].element[=].target[=].display = "Inadequate Housing"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Inadequate housing is one kind of housing need."
* group[=].element[=].target[+].code = #"utility-insecurity"
* group[=].element[=].target[=].display = "Utility Insecurity"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Utilities are part of the housing domain here."
* group[=].element[+].code = #technology-access
* group[=].element[=].target[0].code = #"digital-access"
* group[=].element[=].target[=].display = "Digital Access"
* group[=].element[=].target[=].equivalence = #equivalent
* group[=].element[=].target[+].code = #"digital-literacy"
* group[=].element[=].target[=].display = "Digital Literacy"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "The skills part of technology access."
* group[=].element[+].code = #transportation
* group[=].element[=].target[0].code = #"transportation-insecurity"
* group[=].element[=].target[=].display = "Transportation Insecurity"
* group[=].element[=].target[=].equivalence = #equivalent
* group[=].element[+].code = #enrichment
* group[=].element[=].target[0].equivalence = #unmatched
* group[=].element[=].target[=].comment = "Gravity has no enrichment category; enrichment builds on strengths rather than addressing a risk."
* group[=].element[+].code = #safety
* group[=].element[=].target[0].code = #"intimate-partner-violence"
* group[=].element[=].target[=].display = "Intimate Partner Violence"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Domestic violence in the household is one kind of safety concern."
* group[=].element[+].code = #financial
* group[=].element[=].target[0].code = #"financial-insecurity"
* group[=].element[=].target[=].display = "Financial Insecurity"
* group[=].element[=].target[=].equivalence = #equivalent
* group[=].element[=].target[+].code = #"material-hardship"
* group[=].element[=].target[=].display = "Material Hardship"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Lack of necessities (clothing, supplies) is one kind of financial need."
* group[=].element[=].target[+].code = #"medical-cost-burden"
* group[=].element[=].target[=].display = "Medical Cost Burden"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Medical costs are one kind of financial strain."
* group[=].element[+].code = #legal
* group[=].element[=].target[0].code = #"incarceration-status"
* group[=].element[=].target[=].display = "Incarceration Status"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Incarceration of a family member is one kind of legal matter."
* group[=].element[+].code = #child-care
* group[=].element[=].target[0].equivalence = #unmatched
* group[=].element[=].target[=].comment = "Gravity has no child-care category (PRAPARE asks about it under material hardship)."
* group[=].element[+].code = #language-access
* group[=].element[=].target[0].code = #"language-access"
* group[=].element[=].target[=].display = "Language Status"
* group[=].element[=].target[=].equivalence = #equivalent
