// Elements every participating organization carries (School, Agency, Clinic).
RuleSet: OrganizationCommon
* active MS
* active ^requirements = "Referrals must not be sent to organizations that closed or left the exchange."
* name 1..1 MS
* name ^requirements = "Staff and families recognise organizations by name."
* telecom MS
* telecom ^requirements = "How to reach the organization about a student or referral."
* address MS
* address ^requirements = "Service areas, eligibility and families' travel depend on where the organization is."
* identifier 1..* MS
* identifier ^requirements = "An organization must be identifiable across systems by a public identifier (NCES, EIN, NPI) so clients can be bound to it and referrals routed to it."
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier ^slicing.description = "Slice by identifier system: NCES, EIN and NPI systems are national."
* type 1..* MS
* type ^requirements = "The kind of organization decides what it may do in the exchange (e.g. custodian of student records, referral recipient)."
