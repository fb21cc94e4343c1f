CodeSystem: SSPConsentPurpose
Id: ssp-consent-purpose
Title: "Success Plan Purpose of Use"
Description: """
Education-side purposes for which a student's records may be shared, complementing the HL7
purpose-of-use codes (v3-ActReason COC, TREAT, ETREAT ...) that health partners use. Used in
`Consent.provision.purpose` (what the family agreed to) and in access tokens (why a client asks).
"""
* insert TerminologyMetadata
* #student-support "Student support" "Planning, coordinating and following up supports for the student's success (legitimate educational interest of the team, or a service the family agreed to)."
* #referral-fulfillment "Referral fulfillment" "Receiving, evaluating and carrying out a referral for a service, and reporting back what was provided."
* #program-evaluation "Program evaluation" "Evaluating or improving a program, with data disclosed only as needed (FERPA 34 CFR 99.31(a)(6) studies or audit/evaluation)."
