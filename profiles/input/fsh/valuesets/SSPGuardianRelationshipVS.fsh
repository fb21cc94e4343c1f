ValueSet: SSPGuardianRelationshipVS
Id: ssp-guardian-relationship
Title: "Guardian Relationship"
Description: "How a Guardian is related to the student (HL7 v3 RoleCode personal relationships used for parents and caregivers)."
* insert CanonicalMetadata
* $v3-RoleCode#PRN "parent"
* $v3-RoleCode#MTH "mother"
* $v3-RoleCode#FTH "father"
* $v3-RoleCode#STPPRN "step parent"
* $v3-RoleCode#GRPRN "grandparent"
* $v3-RoleCode#GRMTH "grandmother"
* $v3-RoleCode#GRFTH "grandfather"
* $v3-RoleCode#AUNT "aunt"
* $v3-RoleCode#UNCLE "uncle"
* $v3-RoleCode#SIB "sibling"
* $v3-RoleCode#EXT "extended family member"
* $v3-RoleCode#GUARD "guardian"
