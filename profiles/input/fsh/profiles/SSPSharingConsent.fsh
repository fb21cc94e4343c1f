Profile: SSPSharingConsent
Parent: Consent
Id: ssp-sharing-consent
Title: "Sharing Consent"
Description: """
A family's (or eligible student's) computable agreement about who may see which parts of a
student's record, for what purpose, until when. The root provision denies by default; each nested
`permit` provision names the recipient organization(s) (`actor` with role IRCP), the purpose(s),
the period, and the records - data classes (`class`) and/or need domains (`code`) - with an
optional `securityLabel` ceiling; nested `deny` provisions inside a permit exclude sensitive labels
(e.g. mental health). Revoking = setting `status` to `inactive`. This records the three elements
FERPA written consent requires (34 CFR 99.30: records, purpose, recipients) plus signature/date,
and follows the Gravity SDOHCC Consent (scope patient-privacy, category IDSCL) so a Gravity
system recognises it; unlike Gravity it is computable, so a server can enforce it.
"""
* insert ProfileMetadata
* obeys ssp-consent-1 and ssp-consent-2 and ssp-consent-3
* identifier MS
* identifier ^requirements = "The id of the signed form in the school's records."
* status MS
* status ^requirements = "Only active consents grant access; revocation sets inactive and takes effect on the next request."
* scope = $consentscope#patient-privacy
* scope ^requirements = "A sharing consent is a privacy consent (Gravity)."
* category ^slicing.discriminator.type = #value
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category contains idscl 1..1 MS
* category[idscl] = $v3-ActCode#IDSCL
* category[idscl] ^requirements = "Information disclosure consent, as in the Gravity SDOHCC Consent."
* patient 1..1 MS
* patient only Reference(SSPStudent)
* patient ^requirements = "The student whose records the consent covers."
* dateTime 1..1 MS
* dateTime ^requirements = "FERPA consent must be dated; orders multiple consents."
* performer 1..* MS
* performer only Reference(SSPGuardian or SSPStudent)
* performer ^requirements = "Who gave consent: a guardian who holds the student's education rights (extension ssp-education-rights-holder), or the student when eligible (18+) or allowed by state law."
* organization 1..* MS
* organization only Reference(SSPSchool or SSPAgency or SSPClinic)
* organization ^requirements = "The custodian organization that manages this consent and the records it releases."
* source[x] MS
* source[x] ^requirements = "The signed form (attachment) or the e-signed QuestionnaireResponse: evidence of consent."
* policy MS
* policy ^requirements = "The regulation text the consent relies on (e.g. https://www.ecfr.gov/current/title-34/section-99.30)."
* policyRule 1..1 MS
* policyRule from SSPConsentPolicyVS (extensible)
* policyRule ^requirements = "The legal basis decides redisclosure rules (FERPA 99.33, HIPAA, 42 CFR Part 2)."
* verification MS
* verification ^requirements = "Whether and how the consent was verified with the family."
* provision 1..1 MS
* provision ^requirements = "The computable rules: deny by default, permit what the family agreed to."
* provision.type 1..1 MS
* provision.type = #deny (exactly)
* provision.type ^requirements = "Default deny: nothing is shared unless a nested permit allows it."
* provision.provision 1..* MS
* provision.provision ^short = "What the family permits (one provision per recipient/purpose grant)"
* provision.provision.type 1..1 MS
* provision.provision.type = #permit (exactly)
* provision.provision.period 1..1 MS
* provision.provision.period ^requirements = "Consent for a school year: access ends by itself."
* provision.provision.actor 1..* MS
* provision.provision.actor ^requirements = "The recipients (FERPA 99.30(b)(3))."
* provision.provision.actor.role = $v3-ParticipationType#IRCP
* provision.provision.actor.reference only Reference(SSPAgency or SSPClinic or SSPSchool or CareTeam or Group)
* provision.provision.action MS
* provision.provision.purpose 1..* MS
* provision.provision.purpose from SSPConsentPurposeVS (extensible)
* provision.provision.purpose ^requirements = "The purpose of the disclosure (FERPA 99.30(b)(2)); a request for another purpose is refused."
* provision.provision.securityLabel MS
* provision.provision.securityLabel from SSPSecurityLabelVS (extensible)
* provision.provision.securityLabel ^requirements = "The highest confidentiality the recipient may see (N < R < V)."
* provision.provision.class MS
* provision.provision.class from SSPConsentDataClassVS (extensible)
* provision.provision.class ^requirements = "Which records (FERPA 99.30(b)(1)): data classes or resource types."
* provision.provision.code MS
* provision.provision.code from SSPNeedDomainVS (extensible)
* provision.provision.code ^requirements = "Which need domains the family agreed to share (e.g. food only)."
* provision.provision.provision MS
* provision.provision.provision ^short = "Exceptions: sensitive records that stay hidden"
* provision.provision.provision.type 1..1 MS
* provision.provision.provision.type = #deny (exactly)
* provision.provision.provision.securityLabel MS
* provision.provision.provision.securityLabel from SSPSecurityLabelVS (extensible)
* provision.provision.provision.securityLabel ^requirements = "Deny wins: records with these labels are withheld even inside a permitted class."
* provision.provision ^requirements = "One permit per grant: each says who, why, which records, until when."
* provision.provision.type ^requirements = "Nested provisions at this level grant access; exceptions go one level deeper."
* provision.provision.action ^requirements = "What the recipient may do (access, use, disclose); access when absent."
* provision.provision.provision ^requirements = "Sensitive records the family does not release even within a permitted class or domain."
* provision.provision.provision.type ^requirements = "Exceptions only deny."
