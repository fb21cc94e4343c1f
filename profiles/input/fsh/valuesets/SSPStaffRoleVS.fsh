ValueSet: SSPStaffRoleVS
Id: ssp-staff-role
Title: "Student Support Staff Role"
Description: "Roles a Navigator (PractitionerRole) can hold: every team role except the student and family roles."
* insert CanonicalMetadata
* include codes from system SSPTeamRole
* exclude SSPTeamRole#student
* exclude SSPTeamRole#parent-guardian
