ValueSet: SSPGravitySDOHCategoryVS
Id: ssp-gravity-sdoh-category
Title: "Gravity SDOH Category (subset used by this guide)"
Description: """
The HL7 Gravity SDOH Clinical Care categories that this guide's need domains map to
(see ConceptMap `ssp-need-domain-to-gravity-sdoh`). The codes are reproduced here, with their
Gravity displays, because the Gravity package is not a dependency; the original value set is
http://hl7.org/fhir/us/sdoh-clinicalcare/ValueSet/SDOHCC-ValueSetSDOHCategory and the code system
http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes.
Records MAY carry one of these codings next to the need-domain coding so Gravity-speaking systems
understand them unchanged.
"""
* insert CanonicalMetadata
* $sdohcc#food-insecurity "Food Insecurity"
* $sdohcc#housing-instability "Housing Instability"
* $sdohcc#homelessness "Homelessness"
* $sdohcc#inadequate-housing "Inadequate Housing"
* $sdohcc#transportation-insecurity "Transportation Insecurity"
* $sdohcc#financial-insecurity "Financial Insecurity"
* $sdohcc#material-hardship "Material Hardship"
* $sdohcc#educational-attainment "Educational Attainment"
* $sdohcc#employment-status "Employment Status"
* $sdohcc#stress "Stress"
* $sdohcc#social-connection "Social Connection"
* $sdohcc#intimate-partner-violence "Intimate Partner Violence"
* $sdohcc#personal-health-literacy "Personal Health Literacy"
* $sdohcc#health-insurance-coverage-status "Health Insurance Coverage Status"
* $sdohcc#medical-cost-burden "Medical Cost Burden"
* $sdohcc#digital-literacy "Digital Literacy"
* $sdohcc#digital-access "Digital Access"
* $sdohcc#utility-insecurity "Utility Insecurity"
* $sdohcc#incarceration-status "Incarceration Status"
* $sdohcc#language-access "Language Status"
* $sdohcc#sdoh-category-unspecified "SDOH Category Unspecified"
