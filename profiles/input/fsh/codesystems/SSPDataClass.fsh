CodeSystem: SSPDataClass
Id: ssp-data-class
Title: "Student Record Data Class"
Description: """
Classes of a student's record that a family can agree to share, as used in
`Consent.provision.class` of a SharingConsent. Each class names the FHIR resource types
(property `resource-type`) it covers; the server decides with them. A consent MAY instead name
FHIR resource types directly (system http://hl7.org/fhir/resource-types).
"""
* insert TerminologyMetadata
* ^property[0].code = #resource-type
* ^property[=].uri = "http://hl7.org/fhir/resource-types"
* ^property[=].description = "A FHIR resource type whose instances belong to this class."
* ^property[=].type = #code
* #demographics "Demographics and contacts" "Who the student and their guardians are and how to reach them."
  * ^property[0].code = #resource-type
  * ^property[=].valueCode = #Patient
  * ^property[+].code = #resource-type
  * ^property[=].valueCode = #RelatedPerson
* #plan "Success plan and team" "The success plan itself and the team supporting the student."
  * ^property[0].code = #resource-type
  * ^property[=].valueCode = #CarePlan
  * ^property[+].code = #resource-type
  * ^property[=].valueCode = #CareTeam
* #needs "Needs" "Needs and challenges identified for the student."
  * ^property[0].code = #resource-type
  * ^property[=].valueCode = #Condition
* #strengths-assessments "Strengths and assessments" "Strengths, interests and screening or assessment results."
  * ^property[0].code = #resource-type
  * ^property[=].valueCode = #Observation
  * ^property[+].code = #resource-type
  * ^property[=].valueCode = #QuestionnaireResponse
* #goals "Goals" "Goals set with the student and family."
  * ^property[0].code = #resource-type
  * ^property[=].valueCode = #Goal
* #referrals "Referrals" "Referrals and the tasks that track them."
  * ^property[0].code = #resource-type
  * ^property[=].valueCode = #ServiceRequest
  * ^property[+].code = #resource-type
  * ^property[=].valueCode = #Task
* #services "Services delivered" "Services that were provided to the student."
  * ^property[0].code = #resource-type
  * ^property[=].valueCode = #Procedure
