Profile: SSPStudentNeed
Parent: Condition
Id: ssp-student-need
Title: "Student Need"
Description: """
A need or challenge identified for a student - academic, attendance, social-emotional, health,
family, food, housing, technology access and so on - with its need domain (`category`), the tier
of support it calls for (`severity`), who identified it and the evidence (assessments). Aligned
with the Gravity SDOHCC Condition: same use of category, code, clinicalStatus, asserter and
evidence, so a Gravity system reads SDOH needs unchanged.
"""
* insert ProfileMetadata
* obeys ssp-need-1
* clinicalStatus 1..1 MS
* clinicalStatus ^requirements = "Needs are a running record: active needs drive the plan; resolved ones show progress."
* verificationStatus MS
* verificationStatus ^requirements = "Distinguishes needs reported by the family (provisional/unconfirmed) from needs confirmed by an assessment."
* insert CategorySlicing
* category 1..* MS
* insert NeedDomainCategory(1)
* category[needDomain] ^comment = "Exactly the domain(s) this need belongs to; usually one."
* severity MS
* severity from SSPSupportTierVS (extensible)
* severity ^short = "Tier of support the need calls for"
* severity ^requirements = "Tiered support (MTSS) allocates capacity by the intensity a need calls for; City Connects tiers are risk levels."
* code 1..1 MS
* code ^short = "The need, coded if possible (text always)"
* code ^comment = "Use a SNOMED CT or ICD-10-CM Z-code (Z55-Z65, problems related to education, employment, housing, economic and psychosocial circumstances) when one applies, as the Gravity IG does; always give `text` in plain language."
* code ^requirements = "A need is only actionable if it says what the need is."
* code.text 1..1 MS
* code.text ^requirements = "Families, teachers and agency staff read the text; codes are for systems."
* subject only Reference(SSPStudent)
* subject MS
* subject ^requirements = "A need belongs to one student."
* onset[x] MS
* onset[x] ^requirements = "When the need started or was first noticed."
* abatement[x] MS
* abatement[x] ^requirements = "When the need was resolved: shows progress over time."
* recordedDate MS
* recordedDate ^requirements = "When it was recorded, for the running record."
* recorder MS
* recorder ^requirements = "Who recorded it."
* asserter MS
* asserter only Reference(SSPNavigator or Practitioner or PractitionerRole or SSPGuardian or SSPStudent)
* asserter ^requirements = "Whether the need was reported by the family, the student or identified by staff changes how it is handled."
* evidence MS
* evidence ^requirements = "Needs are diagnosed with assessments (academic, SEL, SDOH screening), not for accountability."
* evidence.detail MS
* evidence.detail only Reference(SSPAssessment or Observation or QuestionnaireResponse or DocumentReference)
* note MS
* note ^requirements = "Context in plain language."
* category ^requirements = "At least the need domain (slice needDomain)."
* evidence.detail ^requirements = "The assessment or observation that shows the need."
