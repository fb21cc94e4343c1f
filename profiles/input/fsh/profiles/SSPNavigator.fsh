Profile: SSPNavigator
Parent: PractitionerRole
Id: ssp-navigator
Title: "Navigator"
Description: "A success navigator or coordinator - or another staff member supporting students - in their role at one organization. Navigators see 'my students' through the SuccessTeams they belong to."
* insert ProfileMetadata
* active MS
* active ^requirements = "Navigator assignments change every year; inactive roles must not be used for new plans or referrals."
* period MS
* period ^requirements = "The period of the assignment, usually a school year."
* practitioner MS
* practitioner ^requirements = "The person; optional because some systems only know the role (e.g. 'the school counselor')."
* organization 1..1 MS
* organization only Reference(SSPSchool or SSPAgency or SSPClinic)
* organization ^requirements = "Access rules are per organization: the role's organization decides what the navigator may see."
* code 1..* MS
* code from SSPStaffRoleVS (extensible)
* code ^requirements = "What the person does for students (navigator, counselor, case manager ...)."
* telecom MS
* telecom ^requirements = "Partners reply to the navigator about referrals."
