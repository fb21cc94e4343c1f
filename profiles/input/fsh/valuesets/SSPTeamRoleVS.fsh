ValueSet: SSPTeamRoleVS
Id: ssp-team-role
Title: "Student Support Team Role"
Description: "Roles of SuccessTeam participants: staff roles, the student and family members."
* insert CanonicalMetadata
* include codes from system SSPTeamRole
