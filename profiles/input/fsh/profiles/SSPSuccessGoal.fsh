Profile: SSPSuccessGoal
Parent: Goal
Id: ssp-success-goal
Title: "Success Goal"
Description: "A measurable goal in a student's success plan, set with the student and family (`expressedBy`), linked to the needs it addresses. Aligned with the Gravity SDOHCC Goal (category, addresses, achievementStatus, outcomeReference)."
* insert ProfileMetadata
* obeys ssp-goal-1
* lifecycleStatus MS
* lifecycleStatus ^requirements = "Whether the goal is being pursued."
* achievementStatus MS
* achievementStatus ^requirements = "Accountability is on each student's progress toward their own goals."
* insert CategorySlicing
* category 1..* MS
* insert NeedDomainCategory(1)
* priority MS
* priority ^requirements = "Which goals the team works on first."
* description MS
* description ^requirements = "The goal in words the student and family use."
* description.text 1..1 MS
* subject MS
* subject only Reference(SSPStudent)
* subject ^requirements = "A goal belongs to one student."
* start[x] MS
* start[x] ^requirements = "When work on the goal starts."
* target 1..* MS
* target ^requirements = "Goals must be measurable: each target has a measure or a due date (invariant ssp-goal-1)."
* target.measure MS
* target.detail[x] MS
* target.due[x] MS
* statusDate MS
* statusDate ^comment = "Keep synchronised with achievementStatus (Gravity guidance)."
* expressedBy MS
* expressedBy only Reference(SSPStudent or SSPGuardian or SSPNavigator or Practitioner or PractitionerRole)
* expressedBy ^requirements = "Families and students have a voice in goals: record whose goal it is."
* addresses MS
* addresses only Reference(SSPStudentNeed or SSPAssessment)
* addresses ^requirements = "Goals are linked to the needs they address."
* outcomeReference MS
* outcomeReference ^requirements = "The observation or service that shows the goal was met."
* note MS
* category ^requirements = "At least one need domain: goals are reported by domain."
* description.text ^requirements = "Goals are written for the student and family to read."
* target.measure ^requirements = "What is measured (e.g. a screener score, attendance rate)."
* target.detail[x] ^requirements = "The value to reach."
* target.due[x] ^requirements = "When it should be reached."
* note ^requirements = "Progress notes from plan reviews."
