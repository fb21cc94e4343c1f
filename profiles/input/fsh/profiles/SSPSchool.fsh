Profile: SSPSchool
Parent: Organization
Id: ssp-school
Title: "School"
Description: "A school, school district (local education agency) or state education agency. Schools and districts are custodians of student records (Student.managingOrganization), make referrals and manage consents. Identified by NCES ids where they exist."
* insert ProfileMetadata
* insert OrganizationCommon
* obeys ssp-org-school-type
* type from SSPSchoolTypeVS (extensible)
* type ^comment = "At least one coding from ssp-organization-type (school, district or state-education-agency); a core organization-type coding (edu) MAY be added."
* identifier contains
    ncesSchoolId 0..1 MS and
    ncesLeaId 0..1 MS
* identifier[ncesSchoolId] ^short = "NCES school id (12 digits)"
* identifier[ncesSchoolId] ^requirements = "The national public-school id from the NCES Common Core of Data; lets every partner name the same school."
* identifier[ncesSchoolId].system = $nces-school-id
* identifier[ncesSchoolId].value 1..1
* identifier[ncesSchoolId].value obeys ssp-nces-school-id-format
* identifier[ncesLeaId] ^short = "NCES district (LEA) id (7 digits)"
* identifier[ncesLeaId] ^requirements = "The national district id from the NCES Common Core of Data."
* identifier[ncesLeaId].system = $nces-lea-id
* identifier[ncesLeaId].value 1..1
* identifier[ncesLeaId].value obeys ssp-nces-lea-id-format
* partOf MS
* partOf only Reference(SSPSchool)
* partOf ^requirements = "A school belongs to its district: district-level custodianship and reporting follow this link."
* identifier[ncesSchoolId].system ^requirements = "Fixed so the slice can be recognised."
* identifier[ncesSchoolId].value ^requirements = "A slice without a value identifies nothing."
* identifier[ncesLeaId].system ^requirements = "Fixed so the slice can be recognised."
* identifier[ncesLeaId].value ^requirements = "A slice without a value identifies nothing."
