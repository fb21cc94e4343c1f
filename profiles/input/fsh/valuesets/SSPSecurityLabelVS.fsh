ValueSet: SSPSecurityLabelVS
Id: ssp-security-label
Title: "Student Record Security Label"
Description: "Security labels a server applies to student records (meta.security) and that a SharingConsent can permit or deny: HL7 confidentiality codes, the HL7 sensitivity codes relevant to children's records, and this guide's own education/social-service labels."
* insert CanonicalMetadata
* $v3-Confidentiality#N "normal"
* $v3-Confidentiality#R "restricted"
* $v3-Confidentiality#V "very restricted"
* $v3-ActCode#MH "mental health information sensitivity"
* $v3-ActCode#BH "behavioral health information sensitivity"
* $v3-ActCode#PSY "psychiatry disorder information sensitivity"
* $v3-ActCode#SUD "substance use disorder information sensitivity"
* $v3-ActCode#ETH "substance abuse information sensitivity"
* $v3-ActCode#SDV "sexual assault, abuse, or domestic violence information sensitivity"
* $v3-ActCode#VIO "violence information sensitivity"
* $v3-ActCode#SEX "sexuality and reproductive health information sensitivity"
* $v3-ActCode#HIV "HIV/AIDS information sensitivity"
* $v3-ActCode#ADOL "adolescent information sensitivity"
* $v3-ActCode#DVD "developmental disability information sensitivity"
* $v3-ActCode#EMOTDIS "emotional disturbance information sensitivity"
* $v3-ActCode#LOCIS "location information sensitivity"
* $v3-ActCode#NORDSCLCD "no redisclosure without consent directive"
* include codes from system SSPSecurityLabel
