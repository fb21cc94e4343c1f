CodeSystem: SSPObservationCategory
Id: ssp-observation-category
Title: "Student Observation Category"
Description: "Categories of Observation used by this guide, in addition to the core observation categories."
* insert TerminologyMetadata
* #strength "Strength" "A strength the student shows (StudentStrength)."
* #interest "Interest" "An interest of the student (StudentStrength)."
* #screening "Screening or assessment" "The result of a screening or assessment instrument (academic, social-emotional, SDOH) used to understand a student's needs - not for accountability (Assessment)."
