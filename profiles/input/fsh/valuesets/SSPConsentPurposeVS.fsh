ValueSet: SSPConsentPurposeVS
Id: ssp-consent-purpose
Title: "Sharing Consent Purpose"
Description: "Purposes a SharingConsent can permit, and that a client may assert when it asks for a student's records: the education-side purposes of this guide plus the HL7 purposes of use health and social-care partners already use."
* insert CanonicalMetadata
* include codes from system SSPConsentPurpose
* $v3-ActReason#COC "coordination of care"
* $v3-ActReason#CAREMGT "care management"
* $v3-ActReason#TREAT "treatment"
* $v3-ActReason#ETREAT "Emergency Treatment"
* $v3-ActReason#PUBHLTH "public health"
* $v3-ActReason#HRESCH "healthcare research"
