ValueSet: SSPStrengthInterestVS
Id: ssp-strength-interest
Title: "Student Strength and Interest"
Description: "Strength and interest codes for StudentStrength.code (the two grouping concepts are abstract and excluded)."
* insert CanonicalMetadata
* include codes from system SSPStrengthInterest where concept descendent-of #strength
* include codes from system SSPStrengthInterest where concept descendent-of #interest
