CodeSystem: SSPIdentifierType
Id: ssp-identifier-type
Title: "Student Identifier Type"
Description: "Kinds of student identifier (Identifier.type), aligned with Ed-Fi StudentIdentificationSystemDescriptor values `State` and `District`. They let a profile recognise a state or district id whatever system URI the issuing agency uses."
* insert TerminologyMetadata
* #state-student-id "State student identifier" "Identifier assigned to the student by the state education agency (SSID, SASID)."
* #district-student-id "District student identifier" "Identifier assigned to the student by the school district's student information system."
