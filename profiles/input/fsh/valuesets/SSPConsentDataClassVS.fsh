ValueSet: SSPConsentDataClassVS
Id: ssp-consent-data-class
Title: "Sharing Consent Data Class"
Description: "What a SharingConsent can release (Consent.provision.class): a data class of this guide, or a FHIR resource type directly."
* insert CanonicalMetadata
* include codes from system SSPDataClass
* $resource-types#Patient "Patient"
* $resource-types#RelatedPerson "RelatedPerson"
* $resource-types#CarePlan "CarePlan"
* $resource-types#CareTeam "CareTeam"
* $resource-types#Condition "Condition"
* $resource-types#Observation "Observation"
* $resource-types#QuestionnaireResponse "QuestionnaireResponse"
* $resource-types#Goal "Goal"
* $resource-types#ServiceRequest "ServiceRequest"
* $resource-types#Task "Task"
* $resource-types#Procedure "Procedure"
