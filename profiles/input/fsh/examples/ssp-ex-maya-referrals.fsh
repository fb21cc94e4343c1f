Instance: ssp-ex-maya-service-backpack
InstanceOf: SSPService
Title: "Weekend Backpack Program (service directory entry)"
Description: "The food bank's weekend food program for students, as listed in the service directory."
Usage: #example
* identifier.system = "http://riverbend-foodbank.example.org/services"
* identifier.value = "weekend-backpack"
* active = true
* providedBy = Reference(ssp-ex-maya-foodbank)
* category[needDomain] = SSPNeedDomain#food "Food"
* category[sdoh] = $sdohcc#food-insecurity "Food Insecurity"
* type.text = "School-based weekend food program"
* name = "Weekend Backpack Program"
* comment = "A bag of kid-friendly food for the weekend, handed to the student discreetly every Friday during the school year."
* telecom[0].system = #phone
* telecom[=].value = "+1-615-555-0177"
* telecom[=].use = #work
* serviceProvisionCode = http://terminology.hl7.org/CodeSystem/service-provision-conditions#free "Free"
* eligibility.code.text = "Students in grades K-8 at Riverbend Public Schools"
* eligibility.comment = "No income documentation required; a referral from school staff is enough."
* communication[0] = $bcp47#en "English"
* communication[+] = $bcp47#es "Spanish"
* referralMethod[0] = http://terminology.hl7.org/CodeSystem/service-referral-method#elec "Secure Messaging"
* referralMethod[+] = http://terminology.hl7.org/CodeSystem/service-referral-method#phone "Phone"
* appointmentRequired = false
* availableTime.daysOfWeek = #fri
* availableTime.availableStartTime = "13:00:00"
* availableTime.availableEndTime = "15:30:00"

Instance: ssp-ex-maya-referral-food
InstanceOf: SSPReferral
Title: "Referral to the Weekend Backpack Program"
Description: "Ms. Raman refers Maya to the food bank's Weekend Backpack Program; the loop is closed (completed)."
Usage: #example
* extension[pertainsToGoal].valueReference = Reference(ssp-ex-maya-goal-food)
* identifier.system = "http://riverbend-schools.example.org/referrals"
* identifier.value = "REF-2025-0917"
* basedOn = Reference(ssp-ex-maya-plan)
* status = #completed
* intent = #order
* category[needDomain] = SSPNeedDomain#food "Food"
* category[sdoh] = $sdohcc#food-insecurity "Food Insecurity"
* priority = #urgent
* code.text = "Enrollment in the Weekend Backpack Program"
* subject = Reference(ssp-ex-maya-student)
* occurrencePeriod.start = "2025-09-26"
* occurrencePeriod.end = "2026-06-05"
* authoredOn = "2025-09-22T15:30:00-05:00"
* requester = Reference(ssp-ex-maya-navigator)
* performer[0] = Reference(ssp-ex-maya-foodbank)
* performer[+] = Reference(ssp-ex-maya-service-backpack)
* reasonReference = Reference(ssp-ex-maya-need-food)
* supportingInfo[0] = Reference(ssp-ex-maya-consent-foodbank)
* supportingInfo[+] = Reference(ssp-ex-maya-assessment-hunger)
* patientInstruction = "Maya picks up her bag from Ms. Raman's office on Fridays after lunch."

Instance: ssp-ex-maya-task-food
InstanceOf: SSPReferralTask
Title: "Referral task: Weekend Backpack Program (completed)"
Description: "The food bank accepted the referral, enrolled Maya and reported the service delivered: requested -> accepted -> in-progress -> completed."
Usage: #example
* identifier.system = "http://riverbend-schools.example.org/referral-tasks"
* identifier.value = "REF-2025-0917-T1"
* status = #completed
* statusReason = SSPReferralStatusReason#service-completed "Service completed"
* statusReason.text = "Maya is enrolled; first weekend bag handed over on 3 October."
* businessStatus.text = "Enrolled for the 2025-2026 school year"
* intent = #order
* priority = #urgent
* code = $task-code#fulfill "Fulfill the focal request"
* focus = Reference(ssp-ex-maya-referral-food)
* for = Reference(ssp-ex-maya-student)
* executionPeriod.start = "2025-09-23T09:10:00-05:00"
* executionPeriod.end = "2025-10-03T14:00:00-05:00"
* authoredOn = "2025-09-22T15:30:00-05:00"
* lastModified = "2025-10-03T14:05:00-05:00"
* requester = Reference(ssp-ex-maya-navigator)
* owner = Reference(ssp-ex-maya-foodbank)
* output[performedActivityReference].type = $sdohcc#resulting-activity "Resulting Activity"
* output[performedActivityReference].valueReference = Reference(ssp-ex-maya-service-food)

Instance: ssp-ex-maya-service-food
InstanceOf: SSPServiceDelivered
Title: "Service delivered: enrolled in the Weekend Backpack Program"
Description: "What the food bank did: enrolled Maya and handed over the first weekend bag."
Usage: #example
* extension[pertainsToGoal].valueReference = Reference(ssp-ex-maya-goal-food)
* identifier.system = "http://riverbend-foodbank.example.org/services-delivered"
* identifier.value = "WB-2025-3311"
* basedOn = Reference(ssp-ex-maya-referral-food)
* status = #completed
* category.coding[needDomain] = SSPNeedDomain#food "Food"
* category.coding[sdoh] = $sdohcc#food-insecurity "Food Insecurity"
* code.text = "Enrollment in the Weekend Backpack Program and first weekend food bag"
* subject = Reference(ssp-ex-maya-student)
* performedDateTime = "2025-10-03T13:30:00-05:00"
* performer.actor = Reference(ssp-ex-maya-foodbank)
* reasonReference = Reference(ssp-ex-maya-need-food)
* outcome.text = "Enrolled; receives a food bag every Friday during the school year."

Instance: ssp-ex-maya-referral-clinic
InstanceOf: SSPReferral
Title: "Referral for an eye exam"
Description: "Maya squints at the board and reads below grade level: Ms. Raman refers her to the clinic for an eye exam (in progress)."
Usage: #example
* extension[pertainsToGoal].valueReference = Reference(ssp-ex-maya-goal-reading)
* identifier.system = "http://riverbend-schools.example.org/referrals"
* identifier.value = "REF-2025-1006"
* basedOn = Reference(ssp-ex-maya-plan)
* status = #active
* intent = #order
* category[needDomain] = SSPNeedDomain#physical-health "Physical health"
* priority = #routine
* code.text = "Comprehensive pediatric eye exam (and glasses if needed)"
* subject = Reference(ssp-ex-maya-student)
* authoredOn = "2025-10-06T10:00:00-05:00"
* requester = Reference(ssp-ex-maya-navigator)
* performer = Reference(ssp-ex-maya-clinic)
* reasonReference = Reference(ssp-ex-maya-need-reading)
* supportingInfo = Reference(ssp-ex-maya-consent-clinic)
* patientInstruction = "The clinic will call Ms. Johnson to schedule; bring Maya's insurance card."

Instance: ssp-ex-maya-task-clinic
InstanceOf: SSPReferralTask
Title: "Referral task: eye exam (accepted)"
Description: "The clinic accepted the referral and scheduled an appointment."
Usage: #example
* identifier.system = "http://riverbend-schools.example.org/referral-tasks"
* identifier.value = "REF-2025-1006-T1"
* status = #accepted
* businessStatus.text = "Appointment scheduled for 20 October"
* intent = #order
* priority = #routine
* code = $task-code#fulfill "Fulfill the focal request"
* focus = Reference(ssp-ex-maya-referral-clinic)
* for = Reference(ssp-ex-maya-student)
* authoredOn = "2025-10-06T10:00:00-05:00"
* lastModified = "2025-10-07T11:20:00-05:00"
* requester = Reference(ssp-ex-maya-navigator)
* owner = Reference(ssp-ex-maya-clinic)
