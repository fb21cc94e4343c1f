CodeSystem: SSPGradeLevel
Id: ssp-grade-level
Title: "Grade Level"
Description: """
Grade levels of a student's enrollment. The codes reproduce the option set of the Common Education
Data Standards (CEDS) element "Grade Level" (https://ceds.ed.gov), which Ed-Fi GradeLevelDescriptor
and OneRoster `grades` map to, so rosters convert without translation tables.
"""
* insert TerminologyMetadata
* #IT "Infant/toddler" "Infant/toddler"
* #PR "Preschool" "Preschool"
* #PK "Prekindergarten" "Prekindergarten"
* #TK "Transitional Kindergarten" "Transitional Kindergarten"
* #KG "Kindergarten" "Kindergarten"
* #01 "First grade" "First grade"
* #02 "Second grade" "Second grade"
* #03 "Third grade" "Third grade"
* #04 "Fourth grade" "Fourth grade"
* #05 "Fifth grade" "Fifth grade"
* #06 "Sixth grade" "Sixth grade"
* #07 "Seventh grade" "Seventh grade"
* #08 "Eighth grade" "Eighth grade"
* #09 "Ninth grade" "Ninth grade"
* #10 "Tenth grade" "Tenth grade"
* #11 "Eleventh grade" "Eleventh grade"
* #12 "Twelfth grade" "Twelfth grade"
* #13 "Grade 13" "Grade 13"
* #PS "Postsecondary" "Postsecondary"
* #UG "Ungraded" "Ungraded"
* #Other "Other" "Other"
