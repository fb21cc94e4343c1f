Profile: SSPServiceDelivered
Parent: Procedure
Id: ssp-service-delivered
Title: "Service Delivered"
Description: "What was actually provided to a student in answer to a referral - the closing half of the loop, returned as ReferralTask.output. Aligned with the Gravity SDOHCC Procedure (basedOn the referral, category, code, pertainsToGoal)."
* insert ProfileMetadata
* extension contains $pertainsToGoal named pertainsToGoal 0..* MS
* extension[pertainsToGoal] ^requirements = "The goal this service served."
* extension[pertainsToGoal].valueReference only Reference(SSPSuccessGoal)
* identifier MS
* identifier ^requirements = "The performer's own record id; makes retried reports safe."
* basedOn 1..* MS
* basedOn only Reference(SSPReferral)
* basedOn ^requirements = "The referral this service answers: it is what closes the loop."
* partOf MS
* status MS
* status ^requirements = "completed, in-progress (for ongoing programs), not-done (with statusReason)."
* statusReason MS
* statusReason ^requirements = "Why a service was not done."
* category 1..1 MS
* category ^requirements = "The need domain of the service, for search, consent and reporting."
* category.coding 1..* MS
* category.coding ^slicing.discriminator.type = #value
* category.coding ^slicing.discriminator.path = "$this"
* category.coding ^slicing.rules = #open
* category.coding contains needDomain 1..1 MS and sdoh 0..1 MS
* category.coding[needDomain] from SSPNeedDomainVS (required)
* category.coding[needDomain] ^requirements = "Procedure.category holds one concept: the need domain coding is required, the Gravity SDOH coding optional."
* category.coding[sdoh] from SSPGravitySDOHCategoryVS (required)
* category.coding[sdoh] ^requirements = "Gravity interoperability."
* code 1..1 MS
* code ^requirements = "What was done."
* code.text 1..1 MS
* subject only Reference(SSPStudent)
* subject MS
* subject ^requirements = "The student who received the service."
* performed[x] 1..1 MS
* performed[x] ^requirements = "When the service was provided (a period for programs)."
* performer MS
* performer.actor only Reference(SSPAgency or SSPClinic or SSPSchool or SSPNavigator or Practitioner or PractitionerRole)
* performer ^requirements = "Who provided it."
* location MS
* reasonReference MS
* reasonReference only Reference(SSPStudentNeed or SSPAssessment)
* reasonReference ^requirements = "The need the service addressed."
* outcome MS
* outcome ^requirements = "What changed for the student (e.g. enrolled, received weekly food bags)."
* note MS
* partOf ^requirements = "A service that is part of a larger program or procedure."
* category.coding ^requirements = "The need-domain coding is required; a Gravity coding may be added."
* code.text ^requirements = "Requesters and families read the text."
* location ^requirements = "Where the service was provided."
* note ^requirements = "Context from the performer."
