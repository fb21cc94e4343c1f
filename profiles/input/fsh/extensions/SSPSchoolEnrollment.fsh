Extension: SSPSchoolEnrollment
Id: ssp-school-enrollment
Title: "School Enrollment"
Description: """
A student's enrollment in a school: which school, in which grade, for which school year and
period. Patient has no element for this (managingOrganization names the custodian, not the
school(s) a student attends, and there is one per student), and an EpisodeOfCare per enrollment
would be heavy for the one fact a navigator needs at a glance. Repeats for concurrent or past
enrollments (e.g. a mid-year move). Mirrors Ed-Fi StudentSchoolAssociation (schoolReference,
entryGradeLevelDescriptor, schoolYear, entryDate/exitWithdrawDate).
"""
* ^context[0].type = #element
* ^context[=].expression = "Patient"
* insert ProfileMetadata
* extension contains
    school 1..1 MS and
    gradeLevel 0..1 MS and
    schoolYear 0..1 MS and
    period 0..1 MS
* extension[school] ^short = "The school the student is enrolled in"
* extension[school] ^requirements = "An enrollment without a school is meaningless."
* extension[school].value[x] only Reference(SSPSchool)
* extension[gradeLevel] ^short = "Grade level (CEDS)"
* extension[gradeLevel] ^requirements = "Grade level drives eligibility for many services and is the first thing a partner asks."
* extension[gradeLevel].value[x] only CodeableConcept
* extension[gradeLevel].value[x] from SSPGradeLevelVS (required)
* extension[schoolYear] ^short = "School year, e.g. 2025-2026"
* extension[schoolYear] ^requirements = "Plans and consents are reviewed per school year; Ed-Fi keys enrollments by school year."
* extension[schoolYear].value[x] only string
* extension[schoolYear].valueString obeys ssp-school-year-format
* extension[period] ^short = "Entry and exit (withdrawal) dates"
* extension[period] ^requirements = "Tells whether the enrollment is current and covers mid-year moves."
* extension[period].value[x] only Period
