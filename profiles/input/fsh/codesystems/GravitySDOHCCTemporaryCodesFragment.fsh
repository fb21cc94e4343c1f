CodeSystem: GravitySDOHCCTemporaryCodesFragment
Id: ssp-sdohcc-temporary-codes-fragment
Title: "Gravity SDOHCC Temporary Codes (fragment)"
Description: """
A fragment of the HL7 Gravity SDOH Clinical Care IG code system
http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes, reproduced
with its canonical URL, codes and displays so that validators can check the Gravity codings this
guide uses (SDOH categories next to our need domains; the referral Task output type
`resulting-activity`) without loading the Gravity package, which is not a dependency. `content` is
`fragment`: the original is authoritative. A server that also loads the Gravity package SHOULD
prefer the complete original.
"""
* ^url = "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes"
* ^version = "3.0.0"
* ^experimental = false
* ^caseSensitive = true
* ^content = #fragment
* ^publisher = "HL7 International / Patient Care"
* ^copyright = "(c) 2020+ HL7.org. Reproduced by the Success Plan Exchange project for validation only."
* #sdoh-category-unspecified "SDOH Category Unspecified" "Category for Social Determinant of Health artifacts that are not further specified with respect to category."
* #food-insecurity "Food Insecurity" "Category for SDOH artifacts that pertain to Food Insecurity."
* #housing-instability "Housing Instability" "Category for SDOH artifacts that pertain to Housing Instability."
* #homelessness "Homelessness" "Category for SDOH artifacts that pertain to Homelessness."
* #inadequate-housing "Inadequate Housing" "Category for SDOH artifacts that pertain to Inadequate Housing."
* #transportation-insecurity "Transportation Insecurity" "Category for SDOH artifacts that pertain to Transportation Insecurity."
* #financial-insecurity "Financial Insecurity" "Category for SDOH artifacts that pertain to Financial Insecurity."
* #material-hardship "Material Hardship" "Category for SDOH artifacts that pertain to Material Hardship."
* #educational-attainment "Educational Attainment" "Category for SDOH artifacts that pertain to the level of education attained (high school diploma or equivalent)."
* #employment-status "Employment Status" "Category for SDOH artifacts that pertain to the status of one's employment."
* #stress "Stress" "Category for SDOH artifacts that pertain to Stress."
* #social-connection "Social Connection" "Category for SDOH artifacts that pertain to Social Connection."
* #intimate-partner-violence "Intimate Partner Violence" "Category for SDOH artifacts that pertain to Intimate Partner Violence."
* #personal-health-literacy "Personal Health Literacy" "Category for SDOH artifacts that pertain to Personal Health Literacy."
* #health-insurance-coverage-status "Health Insurance Coverage Status" "Category for SDOH artifacts that pertain to health insurance coverage."
* #medical-cost-burden "Medical Cost Burden" "Category for SDOH artifacts that pertain to medical cost burden."
* #digital-literacy "Digital Literacy" "Category for SDOH artifacts that pertain to Digital Literacy."
* #digital-access "Digital Access" "Category for SDOH artifacts that pertain to Digital Access (lacking adequate internet or a suitable device)."
* #utility-insecurity "Utility Insecurity" "Category for SDOH artifacts that pertain to Utility Insecurity."
* #incarceration-status "Incarceration Status" "Category for SDOH artifacts that pertain to Incarceration Status."
* #language-access "Language Status" "Category for SDOH artifacts that pertain to Language Access."
* #resulting-activity "Resulting Activity" "Code used for Task.output.type to represent the activity/action that is the result of a fulfilled task."
