ValueSet: SSPPlanCategoryVS
Id: ssp-plan-category
Title: "Plan Category"
Description: "Kinds of student plan."
* insert CanonicalMetadata
* include codes from system SSPPlanCategory
