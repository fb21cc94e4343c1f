Instance: ssp-ex-maya-student
InstanceOf: SSPStudent
Title: "Maya Johnson (student)"
Description: "Maya, 9, in fourth grade at Lakeside Elementary; custodian: Riverbend Public Schools."
Usage: #example
* extension[schoolEnrollment].extension[school].valueReference = Reference(ssp-ex-maya-school)
* extension[schoolEnrollment].extension[gradeLevel].valueCodeableConcept = SSPGradeLevel#04 "Fourth grade"
* extension[schoolEnrollment].extension[schoolYear].valueString = "2025-2026"
* extension[schoolEnrollment].extension[period].valuePeriod.start = "2025-08-11"
* identifier[stateStudentId].type = SSPIdentifierType#state-student-id "State student identifier"
* identifier[stateStudentId].system = "http://successplan.org/fhir/sid/state-student-id/tn"
* identifier[stateStudentId].value = "0912345678"
* identifier[districtStudentId].type = SSPIdentifierType#district-student-id "District student identifier"
* identifier[districtStudentId].system = "http://successplan.org/fhir/sid/district-student-id/4799999"
* identifier[districtStudentId].value = "204518"
* active = true
* name.family = "Johnson"
* name.given = "Maya"
* name.use = #official
* gender = #female
* birthDate = "2016-03-14"
* address.line = "17 Willow Court"
* address.city = "Riverbend"
* address.state = "TN"
* address.postalCode = "37001"
* address.country = "US"
* communication.language = $bcp47#en "English"
* communication.preferred = true
* managingOrganization = Reference(ssp-ex-maya-district)

Instance: ssp-ex-maya-guardian
InstanceOf: SSPGuardian
Title: "Danielle Johnson (Maya's mother)"
Description: "Maya's mother, who holds Maya's education-record rights and signs her consents."
Usage: #example
* extension[educationRightsHolder].valueBoolean = true
* active = true
* patient = Reference(ssp-ex-maya-student)
* relationship = $v3-RoleCode#MTH "mother"
* name.family = "Johnson"
* name.given = "Danielle"
* telecom[0].system = #phone
* telecom[=].value = "+1-615-555-0123"
* telecom[=].use = #mobile
* address.line = "17 Willow Court"
* address.city = "Riverbend"
* address.state = "TN"
* address.postalCode = "37001"
* address.country = "US"
* communication.language = $bcp47#en "English"
* communication.preferred = true

Instance: ssp-ex-maya-navigator-person
InstanceOf: Practitioner
Title: "Priya Raman"
Description: "The person behind the navigator role (core Practitioner; this guide does not profile it)."
Usage: #example
* active = true
* name.family = "Raman"
* name.given = "Priya"
* name.prefix = "Ms."
* telecom[0].system = #email
* telecom[=].value = "priya.raman@riverbend-schools.example.org"
* telecom[=].use = #work

Instance: ssp-ex-maya-navigator
InstanceOf: SSPNavigator
Title: "Ms. Raman, success navigator at Lakeside Elementary"
Description: "Priya Raman's navigator role at Lakeside Elementary for the 2025-2026 school year."
Usage: #example
* active = true
* period.start = "2025-08-01"
* period.end = "2026-06-30"
* practitioner = Reference(ssp-ex-maya-navigator-person)
* organization = Reference(ssp-ex-maya-school)
* code = SSPTeamRole#navigator "Success navigator"
* telecom[0].system = #phone
* telecom[=].value = "+1-615-555-0145"
* telecom[=].use = #work

Instance: ssp-ex-maya-team
InstanceOf: SSPSuccessTeam
Title: "Maya's success team"
Description: "Maya, her mother, her navigator and the food bank's case worker."
Usage: #example
* status = #active
* name = "Maya Johnson - success team 2025-2026"
* subject = Reference(ssp-ex-maya-student)
* period.start = "2025-09-15"
* period.end = "2026-06-30"
* participant[0].role = SSPTeamRole#navigator "Success navigator"
* participant[=].member = Reference(ssp-ex-maya-navigator)
* participant[+].role = SSPTeamRole#parent-guardian "Parent or guardian"
* participant[=].member = Reference(ssp-ex-maya-guardian)
* participant[+].role = SSPTeamRole#student "Student"
* participant[=].member = Reference(ssp-ex-maya-student)
* participant[+].role = SSPTeamRole#agency-staff "Agency program staff"
* participant[=].member = Reference(ssp-ex-maya-foodbank)
* participant[=].period.start = "2025-09-23"
* managingOrganization = Reference(ssp-ex-maya-school)
* note.text = "Ms. Raman checks in with Maya every Monday; Ms. Johnson prefers text messages after 5 pm."
