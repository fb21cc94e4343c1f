Instance: ssp-ex-maya-strength-art
InstanceOf: SSPStudentStrength
Title: "Maya's strength: drawing and comics"
Description: "A creative strength Maya named herself in her strengths interview; her plan builds on it."
Usage: #example
* status = #final
* category[strengthOrInterest] = SSPObservationCategory#strength "Strength"
* category[needDomain] = SSPNeedDomain#enrichment "Enrichment"
* code = SSPStrengthInterest#creative-arts "Creative and artistic"
* code.text = "Creative - draws and writes her own comics"
* subject = Reference(ssp-ex-maya-student)
* effectiveDateTime = "2025-09-15"
* performer[0] = Reference(ssp-ex-maya-student)
* performer[+] = Reference(ssp-ex-maya-navigator)
* valueString = "I like drawing comics about my cat. I want to make a comic book."

Instance: ssp-ex-maya-assessment-hunger
InstanceOf: SSPAssessment
Title: "Maya's Hunger Vital Sign screening"
Description: "The two-question Hunger Vital Sign, answered by Maya's mother at the fall review: at risk."
Usage: #example
* status = #final
* category[screening] = SSPObservationCategory#screening "Screening or assessment"
* category[needDomain] = SSPNeedDomain#food "Food"
* category[sdoh] = $sdohcc#food-insecurity "Food Insecurity"
* code = $loinc#88124-3 "Food insecurity risk [HVS]"
* code.text = "Hunger Vital Sign (food insecurity risk)"
* subject = Reference(ssp-ex-maya-student)
* effectiveDateTime = "2025-09-15"
* performer = Reference(ssp-ex-maya-navigator)
* valueCodeableConcept = $loinc#LA19952-3 "At risk"
* valueCodeableConcept.text = "At risk"
* note.text = "Answered by Ms. Johnson: food often runs out before the end of the month; weekends are hardest."

Instance: ssp-ex-maya-need-food
InstanceOf: SSPStudentNeed
Title: "Maya's need: food at home on weekends"
Description: "Food insecurity identified from the Hunger Vital Sign and reported by Maya's mother."
Usage: #example
* meta.security[0] = $v3-Confidentiality#N "normal"
* clinicalStatus = $condition-clinical#active "Active"
* verificationStatus = $condition-ver-status#confirmed "Confirmed"
* category[needDomain] = SSPNeedDomain#food "Food"
* category[sdoh] = $sdohcc#food-insecurity "Food Insecurity"
* severity = SSPSupportTier#targeted "Targeted (Tier 2)"
* code = $sct#733423003 "Food insecurity"
* code.text = "Not enough food at home on weekends"
* subject = Reference(ssp-ex-maya-student)
* onsetDateTime = "2025-09-01"
* recordedDate = "2025-09-15"
* recorder = Reference(ssp-ex-maya-navigator)
* asserter = Reference(ssp-ex-maya-guardian)
* evidence.detail = Reference(ssp-ex-maya-assessment-hunger)

Instance: ssp-ex-maya-need-reading
InstanceOf: SSPStudentNeed
Title: "Maya's need: reading below grade level"
Description: "Maya's fall reading benchmark is below grade level; she has trouble seeing the board."
Usage: #example
* meta.security[0] = $v3-Confidentiality#N "normal"
* clinicalStatus = $condition-clinical#active "Active"
* verificationStatus = $condition-ver-status#confirmed "Confirmed"
* category[needDomain] = SSPNeedDomain#academic "Academic"
* severity = SSPSupportTier#targeted "Targeted (Tier 2)"
* code = $icd10cm#Z55.3 "Underachievement in school"
* code.text = "Reading below grade level (fall benchmark)"
* subject = Reference(ssp-ex-maya-student)
* onsetDateTime = "2025-09-10"
* recordedDate = "2025-09-15"
* recorder = Reference(ssp-ex-maya-navigator)
* asserter = Reference(ssp-ex-maya-navigator)
* note.text = "Fall benchmark: below grade level in fluency. Her teacher notices she squints at the board."
