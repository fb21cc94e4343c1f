Profile: SSPSuccessTeam
Parent: CareTeam
Id: ssp-success-team
Title: "Success Team"
Description: "The people and organizations supporting one student: the navigator, teachers, agency and clinic staff, the family and the student. Answers 'who is responsible for what' and drives a navigator's 'my students' list (CareTeam?participant=...)."
* insert ProfileMetadata
* obeys ssp-team-1
* status 1..1 MS
* status ^requirements = "Only active teams grant their members a view of the student's plan."
* name MS
* name ^requirements = "Teams are displayed by name in navigator worklists."
* subject 1..1 MS
* subject only Reference(SSPStudent)
* subject ^requirements = "A success team exists for exactly one student."
* period MS
* period ^requirements = "Team membership is reviewed every school year."
* participant 1..* MS
* participant ^requirements = "A team without members answers nothing about capacity and responsibility."
* participant.role 1..* MS
* participant.role from SSPTeamRoleVS (extensible)
* participant.role ^requirements = "Who does what (navigator, teacher, case manager, parent, student)."
* participant.member 1..1 MS
* participant.member only Reference(SSPNavigator or Practitioner or SSPGuardian or SSPStudent or SSPSchool or SSPAgency or SSPClinic)
* participant.member ^requirements = "A role without a member is not a team member."
* participant.onBehalfOf MS
* participant.onBehalfOf only Reference(SSPSchool or SSPAgency or SSPClinic)
* participant.onBehalfOf ^requirements = "The organization a practitioner acts for decides what they may see."
* participant.period MS
* participant.period ^requirements = "Members join and leave during the year."
* managingOrganization 1..* MS
* managingOrganization only Reference(SSPSchool or SSPAgency or SSPClinic)
* managingOrganization ^requirements = "The organization that convenes the team (usually the custodian school) is responsible for it."
* note MS
* note ^requirements = "Team agreements (meeting cadence, who calls the family) are free text today."
