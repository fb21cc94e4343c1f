// Identifier systems used by this guide. NCES and student-id systems have no HL7-registered URI,
// so this guide publishes them under its canonical base.

Instance: ssp-nces-lea-id
InstanceOf: NamingSystem
Usage: #definition
Title: "NCES district (LEA) id"
Description: "Identifier system for NCES Local Education Agency ids from the Common Core of Data: 7 digits = 2-digit state FIPS code + 5-digit district number (e.g. 4703180)."
* insert ConformanceMetadata
* name = "NCESLEAId"
* kind = #identifier
* date = "2026-01-01"
* responsible = "National Center for Education Statistics (NCES), U.S. Department of Education"
* type.text = "NCES LEA ID"
* usage = "Organization.identifier of a School (district) resource. Value = the 7-digit NCES LEA id, with leading zeros."
* uniqueId[0].type = #uri
* uniqueId[=].value = "http://successplan.org/fhir/sid/nces-lea-id"
* uniqueId[=].preferred = true

Instance: ssp-nces-school-id
InstanceOf: NamingSystem
Usage: #definition
Title: "NCES school id"
Description: "Identifier system for NCES public school ids from the Common Core of Data: 12 digits = the 7-digit NCES LEA id + a 5-digit school number."
* insert ConformanceMetadata
* name = "NCESSchoolId"
* kind = #identifier
* date = "2026-01-01"
* responsible = "National Center for Education Statistics (NCES), U.S. Department of Education"
* type.text = "NCES School ID"
* usage = "Organization.identifier of a School resource. Value = the 12-digit NCES school id, with leading zeros."
* uniqueId[0].type = #uri
* uniqueId[=].value = "http://successplan.org/fhir/sid/nces-school-id"
* uniqueId[=].preferred = true

Instance: ssp-state-student-id
InstanceOf: NamingSystem
Usage: #definition
Title: "State student id (default systems)"
Description: """
Default identifier systems for state-assigned student ids (SSID, SASID), for states that publish no
identifier system URI of their own. A state student id is unique only within its state, so the
system is this root + "/" + the lower-case USPS state code: e.g.
http://successplan.org/fhir/sid/state-student-id/tn for Tennessee. A state that publishes its own
system URI uses that instead; either way Student.identifier.type is
ssp-identifier-type#state-student-id.
"""
* insert ConformanceMetadata
* name = "StateStudentId"
* kind = #identifier
* date = "2026-01-01"
* responsible = "The state education agency of each state"
* type = SSPIdentifierType#state-student-id "State student identifier"
* usage = "Student.identifier[stateStudentId].system = http://successplan.org/fhir/sid/state-student-id/{usps-code}"
* uniqueId[0].type = #uri
* uniqueId[=].value = "http://successplan.org/fhir/sid/state-student-id"
* uniqueId[=].preferred = true
* uniqueId[=].comment = "Root only: append '/' and the lower-case USPS state code."

Instance: ssp-district-student-id
InstanceOf: NamingSystem
Usage: #definition
Title: "District student id (default systems)"
Description: """
Default identifier systems for district-assigned (student information system) student ids, for
districts that publish no identifier system URI of their own. A district student id is unique only
within its district, so the system is this root + "/" + the district's 7-digit NCES LEA id: e.g.
http://successplan.org/fhir/sid/district-student-id/4799999. Student.identifier.type is
ssp-identifier-type#district-student-id.
"""
* insert ConformanceMetadata
* name = "DistrictStudentId"
* kind = #identifier
* date = "2026-01-01"
* responsible = "Each school district (local education agency)"
* type = SSPIdentifierType#district-student-id "District student identifier"
* usage = "Student.identifier[districtStudentId].system = http://successplan.org/fhir/sid/district-student-id/{nces-lea-id}"
* uniqueId[0].type = #uri
* uniqueId[=].value = "http://successplan.org/fhir/sid/district-student-id"
* uniqueId[=].preferred = true
* uniqueId[=].comment = "Root only: append '/' and the district's 7-digit NCES LEA id."
