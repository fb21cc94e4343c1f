ValueSet: SSPGradeLevelVS
Id: ssp-grade-level
Title: "Grade Level"
Description: "CEDS grade levels."
* insert CanonicalMetadata
* include codes from system SSPGradeLevel
