Extension: SSPStrengthsBasis
Id: ssp-strengths-basis
Title: "Strengths Basis"
Description: """
A strength or interest of the student that the success plan builds on. A success plan starts from
strengths, not only deficits: CarePlan.addresses only takes Conditions (needs), and
CarePlan.supportingInfo is Reference(Any) with no way to say "this is the strength the plan builds
on" - so this extension states that role explicitly and lets the SuccessPlan invariant
(`ssp-plan-1`: a plan addresses a need or builds on a strength) be checked.
"""
* ^context[0].type = #element
* ^context[=].expression = "CarePlan"
* insert ProfileMetadata
* value[x] only Reference(SSPStudentStrength)
* value[x] 1..1
