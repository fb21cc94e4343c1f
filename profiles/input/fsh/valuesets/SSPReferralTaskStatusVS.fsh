ValueSet: SSPReferralTaskStatusVS
Id: ssp-referral-task-status
Title: "Referral Task Status"
Description: """
Statuses of a ReferralTask: every FHIR TaskStatus except `ready` and `received`, exactly as the
Gravity SDOH Clinical Care referral pattern (ValueSet
http://hl7.org/fhir/us/sdoh-clinicalcare/ValueSet/SDOHCC-ValueSetReferralTaskStatus, STU 2.2 and
later) so systems that speak Gravity interoperate.
"""
* insert CanonicalMetadata
* $task-status#draft "Draft"
* $task-status#requested "Requested"
* $task-status#accepted "Accepted"
* $task-status#rejected "Rejected"
* $task-status#cancelled "Cancelled"
* $task-status#in-progress "In Progress"
* $task-status#on-hold "On Hold"
* $task-status#failed "Failed"
* $task-status#completed "Completed"
* $task-status#entered-in-error "Entered in Error"
