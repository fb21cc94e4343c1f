Instance: ssp-ex-maya-goal-food
InstanceOf: SSPSuccessGoal
Title: "Goal: food on weekends"
Description: "Maya's family has enough food on weekends; re-screen in the spring shows no risk."
Usage: #example
* lifecycleStatus = #active
* achievementStatus = $goal-achievement#improving "Improving"
* category[needDomain] = SSPNeedDomain#food "Food"
* category[sdoh] = $sdohcc#food-insecurity "Food Insecurity"
* priority = http://terminology.hl7.org/CodeSystem/goal-priority#high-priority "High Priority"
* description.text = "Maya has enough food at home every weekend."
* subject = Reference(ssp-ex-maya-student)
* startDate = "2025-09-22"
* target.measure = $loinc#88124-3 "Food insecurity risk [HVS]"
* target.detailCodeableConcept = $loinc#LA19983-8 "No risk"
* target.dueDate = "2026-05-15"
* statusDate = "2025-10-20"
* expressedBy = Reference(ssp-ex-maya-guardian)
* addresses = Reference(ssp-ex-maya-need-food)

Instance: ssp-ex-maya-goal-reading
InstanceOf: SSPSuccessGoal
Title: "Goal: read at grade level"
Description: "Maya reads at grade level by the spring benchmark - her own goal, so she can write a comic book."
Usage: #example
* lifecycleStatus = #active
* achievementStatus = $goal-achievement#in-progress "In Progress"
* category[needDomain] = SSPNeedDomain#academic "Academic"
* priority = http://terminology.hl7.org/CodeSystem/goal-priority#high-priority "High Priority"
* description.text = "Read at grade level by the spring benchmark, so I can write my own comic book."
* subject = Reference(ssp-ex-maya-student)
* startDate = "2025-09-22"
* target.measure.text = "Spring reading benchmark level"
* target.detailString = "At or above the grade 4 benchmark"
* target.dueDate = "2026-05-29"
* statusDate = "2025-09-22"
* expressedBy = Reference(ssp-ex-maya-student)
* addresses = Reference(ssp-ex-maya-need-reading)

Instance: ssp-ex-maya-plan
InstanceOf: SSPSuccessPlan
Title: "Maya's success plan 2025-2026"
Description: "A targeted-tier plan that builds on Maya's love of drawing, addresses weekend food and reading, with a food bank referral, an eye exam referral and in-school reading support."
Usage: #example
* extension[strengthsBasis].valueReference = Reference(ssp-ex-maya-strength-art)
* text.status = #generated
* text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Maya's 2025-2026 success plan (targeted support). Builds on her love of drawing comics. Needs: weekend food (referred to the Riverbend Community Food Bank's Weekend Backpack Program) and reading below grade level (small-group reading intervention at school and an eye exam at Eastside Family Health Clinic). Goals: food every weekend; reading at grade level by spring.</p></div>"
* identifier.system = "http://riverbend-schools.example.org/success-plans"
* identifier.value = "SP-2025-204518"
* status = #active
* intent = #plan
* category[successPlan] = SSPPlanCategory#success-plan "Success plan"
* category[supportTier] = SSPSupportTier#targeted "Targeted (Tier 2)"
* category[needDomain][0] = SSPNeedDomain#food "Food"
* category[needDomain][+] = SSPNeedDomain#academic "Academic"
* title = "Maya Johnson - success plan 2025-2026"
* description = "Build on Maya's creativity; make sure she has food every weekend; get her reading at grade level."
* subject = Reference(ssp-ex-maya-student)
* period.start = "2025-09-22"
* period.end = "2026-06-30"
* created = "2025-09-22"
* author = Reference(ssp-ex-maya-navigator)
* contributor[0] = Reference(ssp-ex-maya-navigator)
* contributor[+] = Reference(ssp-ex-maya-guardian)
* contributor[+] = Reference(ssp-ex-maya-student)
* careTeam = Reference(ssp-ex-maya-team)
* addresses[0] = Reference(ssp-ex-maya-need-food)
* addresses[+] = Reference(ssp-ex-maya-need-reading)
* supportingInfo = Reference(ssp-ex-maya-assessment-hunger)
* goal[0] = Reference(ssp-ex-maya-goal-food)
* goal[+] = Reference(ssp-ex-maya-goal-reading)
* activity[0].reference = Reference(ssp-ex-maya-referral-food)
* activity[+].reference = Reference(ssp-ex-maya-referral-clinic)
* activity[+].detail.code.text = "Small-group reading intervention, 3 x 30 min per week"
* activity[=].detail.status = #in-progress
* activity[=].detail.description = "Reading interventionist works with Maya's group; uses comics and graphic novels she chooses."
* activity[=].detail.performer = Reference(ssp-ex-maya-school)
* activity[=].detail.goal = Reference(ssp-ex-maya-goal-reading)
* note.text = "Plan agreed with Maya and Ms. Johnson at the fall review on 2025-09-22. Next review in January."
