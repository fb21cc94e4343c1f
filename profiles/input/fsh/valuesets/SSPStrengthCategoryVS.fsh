ValueSet: SSPStrengthCategoryVS
Id: ssp-strength-category
Title: "Strength or Interest Category"
Description: "Whether a StudentStrength records a strength or an interest."
* insert CanonicalMetadata
* SSPObservationCategory#strength "Strength"
* SSPObservationCategory#interest "Interest"
