ValueSet: SSPClinicTypeVS
Id: ssp-clinic-type
Title: "Clinic Type"
Description: "Organization types a Clinic profile instance may have."
* insert CanonicalMetadata
* SSPOrganizationType#clinic "Clinic"
* SSPOrganizationType#school-based-health-center "School-based health center"
