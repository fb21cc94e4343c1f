Profile: SSPReferralTask
Parent: Task
Id: ssp-referral-task
Title: "Referral Task"
Description: """
Tracks a Referral between organizations - the closed loop. Follows the Gravity SDOHCC Task For
Referral Management: code `fulfill`, intent `order`, `focus` = the Referral, statuses = FHIR task
statuses without `ready`/`received`. The requester creates it `requested` with the Referral in one
transaction; the owner (agency/clinic) moves it to `accepted` or `rejected` (with a reason), then
`in-progress` and `completed` with outputs (the ServiceDelivered); the requester may `cancel` it.
"""
* insert ProfileMetadata
* obeys ssp-task-1 and ssp-task-2 and ssp-task-3 and ssp-task-4
* identifier 1..* MS
* identifier ^requirements = "Created together with the Referral by conditional create: the identifier makes retries safe."
* partOf MS
* partOf only Reference(SSPReferralTask)
* partOf ^requirements = "A coordination platform passes a referral on with a sub-task (Gravity pattern)."
* status MS
* status from SSPReferralTaskStatusVS (required)
* status ^requirements = "The state of the referral; the server enforces who may make each transition."
* statusReason MS
* statusReason from SSPReferralStatusReasonVS (extensible)
* statusReason ^requirements = "Why a referral was rejected, failed, cancelled or put on hold (invariant ssp-task-2)."
* statusReason.text 1..1 MS
* statusReason.text ^requirements = "Gravity requires a human-readable reason whenever statusReason is given."
* businessStatus MS
* businessStatus ^requirements = "Finer-grained progress the performer wants to share (e.g. 'first contact made')."
* intent = #order (exactly)
* intent ^requirements = "A request to fulfill a referral is always an order (Gravity)."
* priority MS
* priority ^requirements = "Urgent referrals are worked first."
* code 1..1 MS
* code = $task-code#fulfill
* code ^requirements = "Gravity task code: fulfill the focal request."
* description MS
* focus 1..1 MS
* focus only Reference(SSPReferral)
* focus ^requirements = "The referral being fulfilled."
* for 1..1 MS
* for only Reference(SSPStudent)
* for ^requirements = "The student the referral is for (search Task?patient=...)."
* executionPeriod MS
* executionPeriod ^requirements = "When work started and ended: referral-to-service time is a key measure."
* authoredOn 1..1 MS
* authoredOn ^requirements = "When the referral was sent."
* lastModified MS
* lastModified ^requirements = "Change detection by polling (Task?_lastUpdated / modified)."
* requester 1..1 MS
* requester only Reference(SSPNavigator or SSPSchool or SSPAgency or SSPClinic)
* requester ^requirements = "Only the requester may cancel; outcomes are reported to it."
* owner MS
* owner only Reference(SSPAgency or SSPClinic or SSPSchool or SSPNavigator)
* owner ^requirements = "The organization responsible for fulfilling the referral; only it moves the task forward. May be empty while the task is an open request (Gravity), but not once accepted (invariant ssp-task-4)."
* note MS
* input MS
* input ^requirements = "Additional content for a content-rich referral (Gravity AdditionalContent)."
* output MS
* output ^requirements = "What was done: the ServiceDelivered record(s) (invariant ssp-task-1)."
* output ^slicing.discriminator[0].type = #value
* output ^slicing.discriminator[=].path = "type"
* output ^slicing.discriminator[+].type = #type
* output ^slicing.discriminator[=].path = "value"
* output ^slicing.rules = #open
* output contains
    performedActivityReference 0..* MS and
    performedActivityCode 0..* MS
* output[performedActivityReference].type = $sdohcc#resulting-activity
* output[performedActivityReference].type ^comment = "The Gravity task output type code `resulting-activity` (http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes), so Gravity systems read our outputs unchanged."
* output[performedActivityReference].value[x] only Reference(SSPServiceDelivered)
* output[performedActivityReference].value[x] MS
* output[performedActivityReference] ^requirements = "The service delivered, as a ServiceDelivered (Procedure)."
* output[performedActivityCode].type = $sdohcc#resulting-activity
* output[performedActivityCode].value[x] only CodeableConcept
* output[performedActivityCode].value[x] MS
* output[performedActivityCode] ^requirements = "Performers without a Procedure record can report the activity as a code."
* description ^requirements = "A plain-language summary for the performer's worklist."
* note ^requirements = "Messages between requester and performer about this referral."
* output[performedActivityReference].value[x] ^requirements = "The ServiceDelivered record."
* output[performedActivityCode].value[x] ^requirements = "The activity performed, coded."
