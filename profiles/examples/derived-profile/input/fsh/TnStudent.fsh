// 1. Derive a state profile: every Tennessee student carries the state student id.
Profile: TnStudent
Parent: http://successplan.org/fhir/StructureDefinition/ssp-student
Id: tn-student
Title: "Tennessee Student"
Description: "A Student (org.successplan.fhir) as exchanged in Tennessee: the state student id is required, in the Tennessee system, and has 10 digits. Everything the base Student requires still applies."
* ^experimental = false
* ^publisher = "Example state education agency (fictional)"
* identifier[stateStudentId] 1..1
* identifier[stateStudentId] ^requirements = "The state uses the state student id to match records across districts."
* identifier[stateStudentId].system = "http://successplan.org/fhir/sid/state-student-id/tn"
* identifier[stateStudentId].value obeys tn-ssid-format

Invariant: tn-ssid-format
Description: "A Tennessee state student id (in this example) has 10 digits."
Expression: "matches('^[0-9]{10}$')"
Severity: #error
