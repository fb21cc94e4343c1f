RuleSet: MayaConsentHeader(date)
* status = #active
* scope = $consentscope#patient-privacy "Privacy Consent"
* category[idscl] = $v3-ActCode#IDSCL "information disclosure"
* patient = Reference(ssp-ex-maya-student)
* dateTime = {date}
* performer = Reference(ssp-ex-maya-guardian)
* organization = Reference(ssp-ex-maya-district)
* policy.uri = "https://www.ecfr.gov/current/title-34/subtitle-A/part-99/subpart-D/section-99.30"
* policyRule = SSPConsentPolicy#ferpa-99-30 "FERPA written consent"
* verification.verified = true
* verification.verifiedWith = Reference(ssp-ex-maya-guardian)
* provision.type = #deny

Instance: ssp-ex-maya-consent-foodbank
InstanceOf: SSPSharingConsent
Title: "Consent: share Maya's food-related records with the food bank"
Description: "Ms. Johnson lets the Riverbend Community Food Bank see Maya's contact details, her food need and goal and the referral, and report on the referral and the service it delivered, for the 2025-2026 school year, to fulfil the referral - but never mental-health, abuse or special-education records."
Usage: #example
* meta.security = $v3-Confidentiality#R "restricted"
* identifier.system = "http://riverbend-schools.example.org/consents"
* identifier.value = "C-2025-204518-01"
* insert MayaConsentHeader("2025-09-22")
* sourceAttachment.contentType = #application/pdf
* sourceAttachment.title = "Signed release of information - Riverbend Community Food Bank"
* sourceAttachment.creation = "2025-09-22"
* provision.provision[0].type = #permit
* provision.provision[=].period.start = "2025-09-22"
* provision.provision[=].period.end = "2026-06-30"
* provision.provision[=].actor.role = $v3-ParticipationType#IRCP "information recipient"
* provision.provision[=].actor.reference = Reference(ssp-ex-maya-foodbank)
* provision.provision[=].action[0] = $consentaction#access "Access"
// collect: the food bank updates the referral task and records the service it delivered
* provision.provision[=].action[+] = $consentaction#collect "Collect"
* provision.provision[=].securityLabel = $v3-Confidentiality#N "normal"
* provision.provision[=].purpose[0] = SSPConsentPurpose#referral-fulfillment "Referral fulfillment"
* provision.provision[=].purpose[+] = SSPConsentPurpose#student-support "Student support"
* provision.provision[=].class[0] = SSPDataClass#demographics "Demographics and contacts"
* provision.provision[=].class[+] = SSPDataClass#needs "Needs"
* provision.provision[=].class[+] = SSPDataClass#goals "Goals"
* provision.provision[=].class[+] = SSPDataClass#referrals "Referrals"
* provision.provision[=].class[+] = SSPDataClass#services "Services delivered"
* provision.provision[=].code = SSPNeedDomain#food "Food"
* provision.provision[=].provision[0].type = #deny
* provision.provision[=].provision[=].securityLabel[0] = $v3-ActCode#MH "mental health information sensitivity"
* provision.provision[=].provision[=].securityLabel[+] = $v3-ActCode#SDV "sexual assault, abuse, or domestic violence information sensitivity"
* provision.provision[=].provision[=].securityLabel[+] = SSPSecurityLabel#SPED "special education information sensitivity"

Instance: ssp-ex-maya-consent-clinic
InstanceOf: SSPSharingConsent
Title: "Consent: share Maya's reading need with the clinic"
Description: "Ms. Johnson lets the Eastside Family Health Clinic see Maya's contact details, her reading need and the eye-exam referral (restricted health information included), and report the exam it performed, to coordinate care."
Usage: #example
* meta.security = $v3-Confidentiality#R "restricted"
* identifier.system = "http://riverbend-schools.example.org/consents"
* identifier.value = "C-2025-204518-02"
* insert MayaConsentHeader("2025-10-06")
* sourceAttachment.contentType = #application/pdf
* sourceAttachment.title = "Signed release of information - Eastside Family Health Clinic"
* sourceAttachment.creation = "2025-10-06"
* provision.provision[0].type = #permit
* provision.provision[=].period.start = "2025-10-06"
* provision.provision[=].period.end = "2026-06-30"
* provision.provision[=].actor.role = $v3-ParticipationType#IRCP "information recipient"
* provision.provision[=].actor.reference = Reference(ssp-ex-maya-clinic)
* provision.provision[=].action[0] = $consentaction#access "Access"
// collect: the clinic updates the referral task and records the exam it performed
* provision.provision[=].action[+] = $consentaction#collect "Collect"
// R: physical-health records are restricted by default (ssp-need-domain property confidentiality)
* provision.provision[=].securityLabel = $v3-Confidentiality#R "restricted"
* provision.provision[=].purpose[0] = $v3-ActReason#COC "coordination of care"
* provision.provision[=].purpose[+] = SSPConsentPurpose#referral-fulfillment "Referral fulfillment"
* provision.provision[=].class[0] = SSPDataClass#demographics "Demographics and contacts"
* provision.provision[=].class[+] = SSPDataClass#needs "Needs"
* provision.provision[=].class[+] = SSPDataClass#referrals "Referrals"
* provision.provision[=].class[+] = SSPDataClass#services "Services delivered"
* provision.provision[=].code[0] = SSPNeedDomain#academic "Academic"
* provision.provision[=].code[+] = SSPNeedDomain#physical-health "Physical health"
