Profile: SSPAssessment
Parent: Observation
Id: ssp-assessment
Title: "Assessment"
Description: """
The result of a screening or assessment used to understand a student's needs: academic benchmark
screeners, social-emotional (SEL) surveys, SDOH screeners such as the Hunger Vital Sign. Not for
accountability. The answers themselves may be a QuestionnaireResponse (`derivedFrom`). Aligned with
Gravity's SDOHCC Observation Screening Response / Assessment.
"""
* insert ProfileMetadata
* obeys ssp-assessment-1
* status MS
* status ^requirements = "Preliminary screening results are distinguished from final ones."
* insert CategorySlicing
* category 1..* MS
* category contains screening 1..1 MS
* category[screening] = SSPObservationCategory#screening
* category[screening] ^requirements = "Distinguishes assessments from strengths and other observations (Observation?category=...|screening)."
* insert NeedDomainCategory(0)
* category[needDomain] ^comment = "The domain(s) the instrument screens (academic, social-emotional, food ...)."
* code 1..1 MS
* code ^short = "What was assessed (LOINC when available)"
* code ^comment = "Use the LOINC code of the instrument or question when there is one (e.g. 88124-3 Food insecurity risk [HVS]); otherwise the local instrument name as text."
* code ^requirements = "A result without its instrument cannot be interpreted."
* subject 1..1 MS
* subject only Reference(SSPStudent)
* subject ^requirements = "An assessment result is about one student."
* effective[x] 1..1 MS
* effective[x] ^requirements = "Screening results age quickly; the date is needed to judge relevance."
* performer MS
* performer ^requirements = "Who administered or scored the assessment."
* value[x] MS
* value[x] ^requirements = "The result (score, risk level, answer)."
* interpretation MS
* interpretation ^requirements = "At risk / not at risk, below / at / above benchmark."
* dataAbsentReason MS
* dataAbsentReason ^requirements = "Students and families may decline a screener."
* hasMember MS
* hasMember ^requirements = "Multi-question instruments group their item observations."
* derivedFrom MS
* derivedFrom ^requirements = "The QuestionnaireResponse holding the answers."
* note MS
* category ^requirements = "At least the screening category, so assessments are found and told apart from other observations."
* note ^requirements = "Context from the person who administered it (e.g. who answered)."
