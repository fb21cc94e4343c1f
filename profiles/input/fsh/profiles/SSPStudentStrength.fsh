Profile: SSPStudentStrength
Parent: Observation
Id: ssp-student-strength
Title: "Student Strength"
Description: "A strength the student shows or an interest the student has, ideally in the student's own words. Success plans start from these (SuccessPlan extension ssp-strengths-basis)."
* insert ProfileMetadata
* status MS
* status ^requirements = "Strengths can be amended or entered in error like any observation."
* insert CategorySlicing
* category 1..* MS
* category contains strengthOrInterest 1..1 MS
* category[strengthOrInterest] from SSPStrengthCategoryVS (required)
* category[strengthOrInterest] ^short = "strength | interest"
* category[strengthOrInterest] ^requirements = "Strengths and interests are searched and displayed separately (Observation?category=...|strength)."
* insert NeedDomainCategory(0)
* category[needDomain] ^comment = "Optional: the domain the strength relates to (e.g. enrichment for an interest in art)."
* code MS
* code from SSPStrengthInterestVS (extensible)
* code ^requirements = "A coded strength/interest makes matching to enrichment services possible; text carries the student's words."
* code.text MS
* subject 1..1 MS
* subject only Reference(SSPStudent)
* subject ^requirements = "A strength belongs to one student."
* effective[x] MS
* effective[x] ^requirements = "Strengths and interests change as children grow."
* performer MS
* performer only Reference(SSPNavigator or Practitioner or PractitionerRole or SSPGuardian or SSPStudent)
* performer ^requirements = "Who named the strength: the student, the family or staff - student voice matters."
* value[x] MS
* value[x] only string or CodeableConcept
* value[x] ^short = "The strength or interest in the student's or family's own words"
* value[x] ^requirements = "Student voice."
* derivedFrom MS
* derivedFrom ^requirements = "A strengths survey or interview the observation came from."
* note MS
* category ^requirements = "At least strength or interest (slice strengthOrInterest)."
* code.text ^requirements = "The strength as the student or family describes it."
* note ^requirements = "Context (where it was observed, who named it)."
