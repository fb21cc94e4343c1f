CodeSystem: SSPConsentPolicy
Id: ssp-consent-policy
Title: "Success Plan Consent Policy"
Description: "The legal basis a SharingConsent records (Consent.policyRule). Health-side authorizations reuse HL7 consentpolicycodes (e.g. hipaa-auth)."
* insert TerminologyMetadata
* #ferpa-99-30 "FERPA written consent" "Signed and dated written consent of a parent or eligible student to disclose education records (34 CFR 99.30): names the records, the purpose and the recipients."
* #ferpa-99-31-school-official "FERPA school official" "Disclosure without consent to school officials with a legitimate educational interest (34 CFR 99.31(a)(1)); recorded for completeness, never needed for custodian access."
* #ferpa-99-36-emergency "FERPA health or safety emergency" "Disclosure without consent in a health or safety emergency (34 CFR 99.36)."
* #state-minor-consent "State minor consent" "A minor's own consent where state law allows the minor to consent (e.g. to mental-health services)."
