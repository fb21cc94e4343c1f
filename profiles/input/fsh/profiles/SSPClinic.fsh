Profile: SSPClinic
Parent: Organization
Id: ssp-clinic
Title: "Clinic"
Description: "A health, dental, vision or mental-health clinic, including school-based health centers, that receives referrals and reports services. Clinics are usually HIPAA covered entities; their records are labelled and shared under consent."
* insert ProfileMetadata
* insert OrganizationCommon
* obeys ssp-org-clinic-type
* type from SSPClinicTypeVS (extensible)
* type ^comment = "At least one coding from ssp-organization-type (clinic or school-based-health-center); a core organization-type coding (prov) MAY be added."
* identifier contains
    npi 0..1 MS and
    ein 0..1 MS
* identifier[npi] ^short = "National Provider Identifier (organization NPI)"
* identifier[npi] ^requirements = "Health-care organizations are identified nationally by their NPI; Gravity and US Core use it."
* identifier[npi].system = $npi
* identifier[npi].value 1..1
* identifier[npi].value obeys ssp-npi-format
* identifier[ein] ^short = "Employer Identification Number (EIN)"
* identifier[ein] ^requirements = "Some clinics (e.g. school-based centers run by a non-profit) are known by their EIN."
* identifier[ein].system = $ein
* identifier[ein].value 1..1
* identifier[ein].value obeys ssp-ein-format
* partOf MS
* partOf only Reference(SSPClinic or SSPAgency or SSPSchool)
* partOf ^requirements = "A school-based health center may be run by a health system, an agency or the district."
* identifier[npi].system ^requirements = "The national NPI system: fixed so the slice can be recognised."
* identifier[npi].value ^requirements = "An NPI slice without a value identifies nothing."
* identifier[ein].system ^requirements = "The national EIN system: fixed so the slice can be recognised."
* identifier[ein].value ^requirements = "An EIN slice without a value identifies nothing."
