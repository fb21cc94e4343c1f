Profile: SSPAgency
Parent: Organization
Id: ssp-agency
Title: "Agency"
Description: "A community agency (food bank, housing or family-support organization, out-of-school-time provider, coordination platform) that receives referrals, accepts or rejects them and reports the services it delivered."
* insert ProfileMetadata
* insert OrganizationCommon
* obeys ssp-org-agency-type
* type from SSPAgencyTypeVS (extensible)
* type ^comment = "At least one coding from ssp-organization-type (community-agency, out-of-school-time-provider or coordination-platform); a core organization-type coding (cg, govt, reli ...) MAY be added."
* identifier contains ein 0..1 MS
* identifier[ein] ^short = "Employer Identification Number (EIN)"
* identifier[ein] ^requirements = "Most community agencies are non-profits identified nationally by their EIN."
* identifier[ein].system = $ein
* identifier[ein].value 1..1
* identifier[ein].value obeys ssp-ein-format
* partOf MS
* partOf only Reference(SSPAgency)
* partOf ^requirements = "Program sites belong to a parent agency."
* identifier[ein].system ^requirements = "The national EIN system: fixed so the slice can be recognised."
* identifier[ein].value ^requirements = "An EIN slice without a value identifies nothing."
