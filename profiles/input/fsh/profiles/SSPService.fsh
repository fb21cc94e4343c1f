Profile: SSPService
Parent: HealthcareService
Id: ssp-service
Title: "Service"
Description: "A service-directory entry: a program an agency, clinic or school offers to students and families - what it is, which need domains it serves, who is eligible, where and when, in which languages, and how to refer. Referrals may name a Service as performer. Aligned with the Gravity SDOHCC HealthcareService and Open Referral HSDS."
* insert ProfileMetadata
* obeys ssp-service-1
* identifier MS
* identifier ^requirements = "Directory ids (e.g. the 211 / HSDS service id) for synchronisation."
* active 1..1 MS
* active ^requirements = "Closed services must not receive referrals (Gravity makes active required)."
* providedBy 1..1 MS
* providedBy only Reference(SSPAgency or SSPClinic or SSPSchool)
* providedBy ^requirements = "The organization that receives referrals for this service."
* insert CategorySlicing
* category 1..* MS
* insert NeedDomainCategory(1)
* category[needDomain] ^comment = "The need domains the service addresses; used to match needs to services (HealthcareService?service-category=...)."
* type MS
* type ^requirements = "The specific kind of service (e.g. food pantry, tutoring)."
* name 1..1 MS
* name ^requirements = "Families and staff know services by name."
* comment MS
* comment ^requirements = "A short description shown in service search results."
* extraDetails MS
* telecom MS
* telecom ^requirements = "How to reach the service (invariant ssp-service-1)."
* location MS
* coverageArea MS
* coverageArea ^requirements = "Where the service is available: eligibility is often by area."
* serviceProvisionCode MS
* serviceProvisionCode ^requirements = "Whether the service is free or has fees."
* eligibility MS
* eligibility ^requirements = "Who qualifies (ages, grades, income, residency): avoids referrals that will be rejected."
* eligibility.code MS
* eligibility.comment MS
* program MS
* communication MS
* communication ^requirements = "Languages the service can serve families in (language access)."
* referralMethod MS
* referralMethod ^requirements = "How referrals are accepted (electronic through this exchange, phone, ...)."
* appointmentRequired MS
* availableTime MS
* availableTime ^requirements = "When the service operates (e.g. weekends, after school)."
* endpoint MS
* endpoint ^requirements = "The partner's FHIR endpoint, if it runs its own."
* category ^requirements = "At least one need domain, to match needs to services."
* location ^requirements = "Where the service is provided (invariant ssp-service-1)."
* extraDetails ^requirements = "Longer description (what to bring, what to expect)."
* eligibility.code ^requirements = "Coded eligibility criteria when available."
* eligibility.comment ^requirements = "Eligibility in plain language."
* program ^requirements = "Named programs the service belongs to (e.g. Summer Food Service Program)."
* appointmentRequired ^requirements = "Families need to know whether to book first."
