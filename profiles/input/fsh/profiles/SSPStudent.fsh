Profile: SSPStudent
Parent: Patient
Id: ssp-student
Title: "Student"
Description: """
A student whose success plan is exchanged. The custodian school or district
(`managingOrganization`) is the organization that holds the student's record and decides, with
the family, who else may see it. Identifiers are the state and district student ids that rosters
(Ed-Fi, OneRoster) already use; enrollment and grade travel in the `ssp-school-enrollment`
extension.
"""
* insert ProfileMetadata
* identifier obeys ssp-identifier-1

* extension contains SSPSchoolEnrollment named schoolEnrollment 0..* MS
* extension[schoolEnrollment] ^requirements = "A navigator and a partner need the student's school and grade at a glance; Patient has no element for it."

* identifier 1..* MS
* identifier ^requirements = "At least one identifier is required so a partner can match the student without relying on name and birth date alone."
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "type"
* identifier ^slicing.rules = #open
* identifier ^slicing.description = "Slice by identifier type, because every state and district issues ids in its own system."
* identifier contains
    stateStudentId 0..1 MS and
    districtStudentId 0..* MS
* identifier[stateStudentId] ^short = "State student id (SSID/SASID)"
* identifier[stateStudentId] ^requirements = "The most reliable cross-organization key for a student. Optional here because not every state shares it; a state profile derived from Student can make it 1..1 (see the TnStudent example)."
* identifier[stateStudentId].type = SSPIdentifierType#state-student-id
* identifier[stateStudentId].system 1..1 MS
* identifier[stateStudentId].system ^comment = "Use the state's own identifier system URI if it publishes one; otherwise http://successplan.org/fhir/sid/state-student-id/{usps} with the lower-case USPS state code (see NamingSystem ssp-state-student-id)."
* identifier[stateStudentId].value 1..1 MS
* identifier[districtStudentId] ^short = "District (SIS) student id"
* identifier[districtStudentId] ^requirements = "The id the custodian district's student information system uses; repeats when a student has ids in several districts."
* identifier[districtStudentId].type = SSPIdentifierType#district-student-id
* identifier[districtStudentId].system 1..1 MS
* identifier[districtStudentId].system ^comment = "Use the district's own identifier system URI if it publishes one; otherwise http://successplan.org/fhir/sid/district-student-id/{nces-lea-id} (see NamingSystem ssp-district-student-id)."
* identifier[districtStudentId].value 1..1 MS

* active MS
* active ^requirements = "Distinguishes current students from withdrawn or merged records."
* name 1..* MS
* name ^requirements = "People working with the student need a name; identifiers alone are not usable by staff."
* name.family 1..1 MS
* name.family ^requirements = "Needed for matching and display."
* name.given 1..* MS
* name.given ^requirements = "Needed for matching and display."
* birthDate 1..1 MS
* birthDate ^requirements = "Needed for matching and for age-based eligibility (e.g. services for under-18s, FERPA rights passing to the student at 18)."
* gender MS
* gender ^requirements = "Used for matching; systems that do not know it leave it out."
* telecom MS
* telecom ^requirements = "Older students are often contacted directly by programs."
* address MS
* address ^requirements = "Needed for service eligibility by area. Label the resource LOCIS (location sensitivity) when the family's address must be protected (e.g. domestic violence)."
* communication MS
* communication ^requirements = "Language access: the language in which to reach the student and family."
* communication.language MS
* communication.preferred MS
* contact MS
* contact ^comment = "Prefer Guardian (RelatedPerson) resources for parents and guardians: they can be referenced by consents and teams. contact may hold emergency contacts copied from the student information system."
* managingOrganization 1..1 MS
* managingOrganization only Reference(SSPSchool)
* managingOrganization ^short = "Custodian school or district"
* managingOrganization ^requirements = "The custodian of the student's education record: it and the organizations that authored a record may see it; everyone else needs a SharingConsent."
* link MS
* link ^requirements = "Needed when two student records are merged (e.g. after a school move) so references keep working."
* identifier[stateStudentId].type ^requirements = "The type, not the system, recognises a state id: every state has its own system."
* identifier[stateStudentId].value ^requirements = "An identifier without a value identifies nothing."
* identifier[districtStudentId].type ^requirements = "The type, not the system, recognises a district id: every district has its own system."
* identifier[districtStudentId].value ^requirements = "An identifier without a value identifies nothing."
* communication.language ^requirements = "The language to use with the student and family."
* communication.preferred ^requirements = "Which language is preferred when there are several."
