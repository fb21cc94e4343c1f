ValueSet: SSPNeedDomainVS
Id: ssp-need-domain
Title: "Student Need Domain"
Description: "All student need domains. Bound (required) to the need-domain slice of `category` on StudentNeed, SuccessGoal, SuccessPlan, Referral, ServiceDelivered, Assessment and Service."
* insert CanonicalMetadata
* include codes from system SSPNeedDomain
