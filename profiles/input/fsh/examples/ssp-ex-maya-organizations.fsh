// Story "maya": Maya Johnson, a fourth grader at Lakeside Elementary (Riverbend Public Schools),
// her mother Danielle, her navigator Ms. Raman, the Riverbend Community Food Bank and the
// Eastside Family Health Clinic. All names, identifiers and addresses are fictional.

Instance: ssp-ex-maya-district
InstanceOf: SSPSchool
Title: "Riverbend Public Schools (district)"
Description: "The school district: Maya's custodian (Student.managingOrganization)."
Usage: #example
* active = true
* identifier[ncesLeaId].value = "4799999"
* type[0] = SSPOrganizationType#district "School district (LEA)"
* type[+] = $organization-type#edu "Educational Institute"
* name = "Riverbend Public Schools"
* telecom[0].system = #phone
* telecom[=].value = "+1-615-555-0100"
* telecom[=].use = #work
* address.line = "200 River Street"
* address.city = "Riverbend"
* address.state = "TN"
* address.postalCode = "37000"
* address.country = "US"

Instance: ssp-ex-maya-school
InstanceOf: SSPSchool
Title: "Lakeside Elementary School"
Description: "Maya's school, part of Riverbend Public Schools."
Usage: #example
* active = true
* identifier[ncesSchoolId].value = "479999900012"
* type[0] = SSPOrganizationType#school "School"
* type[+] = $organization-type#edu "Educational Institute"
* name = "Lakeside Elementary School"
* telecom[0].system = #phone
* telecom[=].value = "+1-615-555-0142"
* telecom[=].use = #work
* address.line = "45 Lakeside Drive"
* address.city = "Riverbend"
* address.state = "TN"
* address.postalCode = "37001"
* address.country = "US"
* partOf = Reference(ssp-ex-maya-district)

Instance: ssp-ex-maya-foodbank
InstanceOf: SSPAgency
Title: "Riverbend Community Food Bank"
Description: "A community agency that runs the Weekend Backpack Program and receives food referrals."
Usage: #example
* active = true
* identifier[ein].value = "62-1234567"
* type[0] = SSPOrganizationType#community-agency "Community agency"
* type[+] = $organization-type#cg "Community Group"
* name = "Riverbend Community Food Bank"
* telecom[0].system = #phone
* telecom[=].value = "+1-615-555-0177"
* telecom[=].use = #work
* telecom[+].system = #email
* telecom[=].value = "referrals@riverbend-foodbank.example.org"
* address.line = "9 Market Street"
* address.city = "Riverbend"
* address.state = "TN"
* address.postalCode = "37002"
* address.country = "US"

Instance: ssp-ex-maya-clinic
InstanceOf: SSPClinic
Title: "Eastside Family Health Clinic"
Description: "A community health clinic with pediatric vision services."
Usage: #example
* active = true
* identifier[npi].value = "1234567893"
* type[0] = SSPOrganizationType#clinic "Clinic"
* type[+] = $organization-type#prov "Healthcare Provider"
* name = "Eastside Family Health Clinic"
* telecom[0].system = #phone
* telecom[=].value = "+1-615-555-0190"
* telecom[=].use = #work
* address.line = "310 Eastside Avenue"
* address.city = "Riverbend"
* address.state = "TN"
* address.postalCode = "37003"
* address.country = "US"
