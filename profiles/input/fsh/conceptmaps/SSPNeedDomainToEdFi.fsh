Instance: ssp-need-domain-to-edfi
InstanceOf: ConceptMap
Usage: #definition
Title: "Need Domain to Ed-Fi Descriptors"
Description: """
Maps need domains to Ed-Fi Data Standard descriptors where a counterpart exists: ProgramTypeDescriptor (programs a student takes part in), CohortTypeDescriptor (intervention rosters) and StudentCharacteristicDescriptor. Ed-Fi descriptor values are codes in the namespace uri://ed-fi.org/{DescriptorName}. Lets a district load Ed-Fi program participation as evidence of needs and report success-plan needs back as Ed-Fi programs. Domains with no Ed-Fi counterpart in a target are omitted from that group.
"""
* insert ConformanceMetadata
* experimental = false
* url = "http://successplan.org/fhir/ConceptMap/ssp-need-domain-to-edfi"
* version = "0.1.0"
* name = "NeedDomainToEdFi"
* title = "Need Domain to Ed-Fi Descriptors"
* description = """
Maps need domains to Ed-Fi Data Standard descriptors where a counterpart exists: ProgramTypeDescriptor (programs a student takes part in), CohortTypeDescriptor (intervention rosters) and StudentCharacteristicDescriptor. Ed-Fi descriptor values are codes in the namespace uri://ed-fi.org/{DescriptorName}. Lets a district load Ed-Fi program participation as evidence of needs and report success-plan needs back as Ed-Fi programs. Domains with no Ed-Fi counterpart in a target are omitted from that group.
"""
* date = "2026-01-01"
* sourceCanonical = "http://successplan.org/fhir/ValueSet/ssp-need-domain"
* group[0].source = "http://successplan.org/fhir/CodeSystem/ssp-need-domain"
* group[=].target = "uri://ed-fi.org/ProgramTypeDescriptor"
* group[=].element[0].code = #academic
* group[=].element[=].target[0].code = #"Remedial Education"
* group[=].element[=].target[=].display = "Remedial Education"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Remedial education programs address one kind of academic need."
* group[=].element[+].code = #attendance
* group[=].element[=].target[0].code = #"Student Retention/Dropout Prevention"
* group[=].element[=].target[=].display = "Student Retention/Dropout Prevention"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "Dropout-prevention programs often target chronic absence."
* group[=].element[+].code = #social-emotional
* group[=].element[=].target[0].code = #"Counseling Services"
* group[=].element[=].target[=].display = "Counseling Services"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "Counseling programs serve social-emotional needs."
* group[=].element[+].code = #mental-health
* group[=].element[=].target[0].code = #"Counseling Services"
* group[=].element[=].target[=].display = "Counseling Services"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "School counseling programs serve part of mental-health needs."
* group[=].element[=].target[+].code = #"Substance Abuse Education/Prevention"
* group[=].element[=].target[=].display = "Substance Abuse Education/Prevention"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Substance-use prevention is one part of the mental-health domain."
* group[=].element[+].code = #physical-health
* group[=].element[=].target[0].code = #"Health Services Program"
* group[=].element[=].target[=].display = "Health Services Program"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "School health services programs serve physical-health needs."
* group[=].element[+].code = #food
* group[=].element[=].target[0].code = #"Student School Food Service"
* group[=].element[=].target[=].display = "Student School Food Service"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "School meal programs address one part of food needs."
* group[=].element[+].code = #housing
* group[=].element[=].target[0].code = #"Homeless"
* group[=].element[=].target[=].display = "Homeless"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "McKinney-Vento homeless programs serve students without fixed, regular, adequate nighttime residence."
* group[=].element[+].code = #enrichment
* group[=].element[=].target[0].code = #"Athletics"
* group[=].element[=].target[=].display = "Athletics"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Athletics is one kind of enrichment."
* group[=].element[=].target[+].code = #"Cocurricular Programs"
* group[=].element[=].target[=].display = "Cocurricular Programs"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Cocurricular programs are one kind of enrichment."
* group[=].element[=].target[+].code = #"Gifted and Talented"
* group[=].element[=].target[=].display = "Gifted and Talented"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Gifted and talented programs build on academic strengths."
* group[=].element[+].code = #child-care
* group[=].element[=].target[0].code = #"Extended Day/Child Care Services"
* group[=].element[=].target[=].display = "Extended Day/Child Care Services"
* group[=].element[=].target[=].equivalence = #equivalent
* group[=].element[+].code = #language-access
* group[=].element[=].target[0].code = #"English as a Second Language (ESL)"
* group[=].element[=].target[=].display = "English as a Second Language (ESL)"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "English learner instruction is one part of language access."
* group[=].element[=].target[+].code = #"Bilingual"
* group[=].element[=].target[=].display = "Bilingual"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Bilingual programs are one part of language access."
* group[+].source = "http://successplan.org/fhir/CodeSystem/ssp-need-domain"
* group[=].target = "uri://ed-fi.org/CohortTypeDescriptor"
* group[=].element[0].code = #academic
* group[=].element[=].target[0].code = #"Academic Intervention"
* group[=].element[=].target[=].display = "Academic Intervention"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "Ed-Fi cohorts group students receiving an intervention for the need."
* group[=].element[+].code = #attendance
* group[=].element[=].target[0].code = #"Attendance Intervention"
* group[=].element[=].target[=].display = "Attendance Intervention"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "Ed-Fi cohorts group students receiving an intervention for the need."
* group[=].element[+].code = #behavioral
* group[=].element[=].target[0].code = #"Discipline Intervention"
* group[=].element[=].target[=].display = "Discipline Intervention"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "Ed-Fi cohorts group students receiving an intervention for the need."
* group[=].element[+].code = #enrichment
* group[=].element[=].target[0].code = #"Extracurricular Activity"
* group[=].element[=].target[=].display = "Extracurricular Activity"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "Ed-Fi cohorts group students taking part in the activity."
* group[+].source = "http://successplan.org/fhir/CodeSystem/ssp-need-domain"
* group[=].target = "uri://ed-fi.org/StudentCharacteristicDescriptor"
* group[=].element[0].code = #housing
* group[=].element[=].target[0].code = #"Homeless"
* group[=].element[=].target[=].display = "Homeless"
* group[=].element[=].target[=].equivalence = #narrower
* group[=].element[=].target[=].comment = "Ed-Fi student characteristic for students experiencing homelessness."
* group[=].element[+].code = #financial
* group[=].element[=].target[0].code = #"Economic Disadvantaged"
* group[=].element[=].target[=].display = "Economic Disadvantaged"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "Economic disadvantage is a characteristic, not a need, but signals financial strain."
* group[=].element[+].code = #legal
* group[=].element[=].target[0].code = #"Immigrant"
* group[=].element[=].target[=].display = "Immigrant"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "Immigration status may bring legal needs; label IMMIG."
* group[=].element[+].code = #safety
* group[=].element[=].target[0].code = #"Runaway"
* group[=].element[=].target[=].display = "Runaway"
* group[=].element[=].target[=].equivalence = #relatedto
* group[=].element[=].target[=].comment = "A runaway student has safety (and housing) needs."
