ValueSet: SSPReferralStatusReasonVS
Id: ssp-referral-status-reason
Title: "Referral Status Reason"
Description: "Coded reasons for a ReferralTask status."
* insert CanonicalMetadata
* include codes from system SSPReferralStatusReason
