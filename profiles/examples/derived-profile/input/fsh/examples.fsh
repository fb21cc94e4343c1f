Instance: tn-ex-student
InstanceOf: TnStudent
Title: "A Tennessee student"
Description: "Maya from the base package's story, as a Tennessee student."
Usage: #example
* identifier[stateStudentId].type = $ssp-identifier-type#state-student-id "State student identifier"
* identifier[stateStudentId].system = $tn-ssid
* identifier[stateStudentId].value = "0912345678"
* active = true
* name.family = "Johnson"
* name.given = "Maya"
* birthDate = "2016-03-14"
* managingOrganization.reference = "Organization/ssp-ex-maya-district"

Instance: tn-ex-need-summer-meals
InstanceOf: TnStudentNeed
Title: "A Tennessee need with a state need detail"
Description: "Food need (base domain) detailed as summer meals (state code)."
Usage: #example
* clinicalStatus = $condition-clinical#active "Active"
* category[needDomain] = $ssp-need-domain#food "Food"
* category[tnNeedDetail] = TnNeedDetail#summer-meals "Summer meals"
* severity = $ssp-support-tier#targeted "Targeted (Tier 2)"
* code.text = "No reliable meals during the summer break"
* subject = Reference(tn-ex-student)
