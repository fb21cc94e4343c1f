CodeSystem: SSPReferralStatusReason
Id: ssp-referral-status-reason
Title: "Referral Status Reason"
Description: "Why a ReferralTask was rejected, put on hold, failed, cancelled or completed. Complements the free-text `statusReason.text` that the Gravity referral pattern requires."
* insert TerminologyMetadata
* #no-capacity "No capacity" "The service has no capacity (full, waitlist closed)."
* #not-eligible "Not eligible" "The student or family does not meet the service's eligibility criteria."
* #outside-service-area "Outside service area" "The family lives outside the area the service covers."
* #family-declined "Family declined" "The student or family declined the service."
* #unable-to-contact "Unable to contact" "The family could not be reached after repeated attempts."
* #duplicate "Duplicate referral" "The same referral already exists."
* #moved "Student moved" "The student moved or changed school."
* #consent-withdrawn "Consent withdrawn" "The consent that allowed the referral was revoked."
* #need-resolved "Need resolved" "The need was met before the service started."
* #waitlisted "Waitlisted" "The student is on the service's waitlist."
* #service-completed "Service completed" "The service was provided as requested."
* #other "Other" "Another reason, given in statusReason.text."
