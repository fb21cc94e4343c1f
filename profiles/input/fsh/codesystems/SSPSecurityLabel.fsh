CodeSystem: SSPSecurityLabel
Id: ssp-security-label
Title: "Success Plan Security Label"
Description: """
Sensitivity labels for student information that HL7's v3-ActCode has no code for (there is no
education-record, child-welfare or immigration sensitivity code). Used in `meta.security`
alongside v3-Confidentiality and v3-ActCode labels, and in `Consent.provision.securityLabel` /
nested deny provisions.
"""
* insert TerminologyMetadata
* #EDREC "education record" "Part of a student's education record under FERPA (34 CFR 99.3); redisclosure is limited (34 CFR 99.33)."
* #SPED "special education information sensitivity" "Information from or about an IEP, special education eligibility or a Section 504 plan."
* #CWS "child welfare information sensitivity" "Information about child welfare (child protective services, foster care) involvement."
* #JJ "juvenile justice information sensitivity" "Information about juvenile justice involvement of the student."
* #IMMIG "immigration information sensitivity" "Information about the immigration status of the student or family."
* #SOCSVC "social services information sensitivity" "Information about eligibility for or receipt of social services and benefits."
