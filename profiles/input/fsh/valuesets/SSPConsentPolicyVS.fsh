ValueSet: SSPConsentPolicyVS
Id: ssp-consent-policy
Title: "Sharing Consent Policy"
Description: "Legal bases a SharingConsent records: this guide's FERPA/state codes and the HL7 consent policies used for health information."
* insert CanonicalMetadata
* include codes from system SSPConsentPolicy
* $consentpolicycodes#hipaa-auth "HIPAA Authorization"
* $v3-ActCode#42CFRPart2 "42 CFR Part2"
