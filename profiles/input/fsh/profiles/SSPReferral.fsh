Profile: SSPReferral
Parent: ServiceRequest
Id: ssp-referral
Title: "Referral"
Description: """
A referral of a student to a service run by a community agency, a clinic or a school, made from a
success plan. The consent that lets the student's data be shared with the performer travels with
it (`supportingInfo`), as in the Gravity SDOHCC ServiceRequest. The status of the work is tracked on
the ReferralTask that has this referral as its `focus`; the requester owns `status` here.
"""
* insert ProfileMetadata
* obeys ssp-referral-1
* extension contains $pertainsToGoal named pertainsToGoal 0..* MS
* extension[pertainsToGoal] ^requirements = "Links the referral to the plan goal it serves (Gravity uses the same core extension)."
* extension[pertainsToGoal].valueReference only Reference(SSPSuccessGoal)
* identifier 1..* MS
* identifier ^requirements = "The requester's own id for the referral: a retried create with the same identifier (conditional create) must not duplicate the referral."
* basedOn MS
* basedOn only Reference(SSPSuccessPlan or SSPReferral)
* basedOn ^requirements = "The success plan the referral comes from; or, for a coordination platform, the original referral it re-issues (Gravity pattern)."
* status MS
* status ^requirements = "Owned by the requester: active while the referral stands, completed after the loop closes, revoked to withdraw it."
* intent = #order (exactly)
* intent ^requirements = "A referral asks the performer to act: it is an order, as in the Gravity referral Task."
* insert CategorySlicing
* category 1..* MS
* insert NeedDomainCategory(1)
* priority MS
* priority ^requirements = "Distinguishes urgent referrals (e.g. no food this weekend) from routine ones."
* code 1..1 MS
* code ^short = "The service requested (coded if possible, text always)"
* code ^comment = "A SNOMED CT procedure/regime code when one applies (as Gravity does), else text naming the program."
* code ^requirements = "The performer must know what is asked."
* code.text 1..1 MS
* subject only Reference(SSPStudent)
* subject MS
* subject ^requirements = "A referral is for one student."
* occurrence[x] MS
* occurrence[x] ^requirements = "When the service is needed (e.g. weekends during the school year)."
* authoredOn 1..1 MS
* authoredOn ^requirements = "Referral timeliness is measured from this date."
* requester 1..1 MS
* requester only Reference(SSPNavigator or SSPSchool or SSPAgency or SSPClinic)
* requester ^requirements = "Who to report back to; only the requester may cancel."
* performer 1..* MS
* performer only Reference(SSPAgency or SSPClinic or SSPSchool or SSPService or SSPNavigator)
* performer ^requirements = "A referral in this exchange is always to a named organization or service: the consent check needs the recipient."
* reasonCode MS
* reasonReference MS
* reasonReference only Reference(SSPStudentNeed or SSPAssessment)
* reasonReference ^requirements = "The need the referral addresses: the performer sees why the student is referred."
* supportingInfo 1..* MS
* supportingInfo ^requirements = "The SharingConsent that allows sharing with the performer (invariant ssp-referral-1), plus any other content the performer needs (assessments, plan)."
* note MS
* patientInstruction MS
* patientInstruction ^requirements = "What the family should know or do."
* category ^requirements = "At least one need domain: search, consent and labelling depend on it."
* code.text ^requirements = "Agency staff read the text; not every program has a code."
* reasonCode ^requirements = "A coded reason when no StudentNeed is shared with the performer."
* note ^requirements = "Context for the performer in plain language."
