ValueSet: SSPSchoolTypeVS
Id: ssp-school-type
Title: "Education Organization Type"
Description: "Organization types a School profile instance may have."
* insert CanonicalMetadata
* SSPOrganizationType#school "School"
* SSPOrganizationType#district "School district (LEA)"
* SSPOrganizationType#state-education-agency "State education agency"
