ValueSet: SSPAgencyTypeVS
Id: ssp-agency-type
Title: "Community Agency Type"
Description: "Organization types an Agency profile instance may have."
* insert CanonicalMetadata
* SSPOrganizationType#community-agency "Community agency"
* SSPOrganizationType#out-of-school-time-provider "Out-of-school-time provider"
* SSPOrganizationType#coordination-platform "Coordination platform"
