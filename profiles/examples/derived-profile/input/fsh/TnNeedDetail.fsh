// 2. Add need codes: the base need-domain binding is required, so a state cannot add codes to
// it. It adds its own, finer codes in an extra category slice instead - every record still
// carries a base need domain, and base-conformant systems keep working.
CodeSystem: TnNeedDetail
Id: tn-need-detail
Title: "Tennessee Need Detail"
Description: "Finer-grained needs the (fictional) state tracks, each under one base need domain."
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* #chronic-absence "Chronic absence" "Absent 10% or more of enrolled days (base domain: attendance)."
* #summer-meals "Summer meals" "Needs meals during the summer break (base domain: food)."
* #broadband "Home broadband" "No broadband internet at home (base domain: technology-access)."

ValueSet: TnNeedDetailVS
Id: tn-need-detail
Title: "Tennessee Need Detail"
Description: "All Tennessee need detail codes."
* ^experimental = false
* include codes from system TnNeedDetail

Profile: TnStudentNeed
Parent: http://successplan.org/fhir/StructureDefinition/ssp-student-need
Id: tn-student-need
Title: "Tennessee Student Need"
Description: "A StudentNeed (org.successplan.fhir) with an optional Tennessee need detail next to the required base need domain, for a Tennessee student."
* ^experimental = false
* subject only Reference(TnStudent)
* category contains tnNeedDetail 0..1 MS
* category[tnNeedDetail] from TnNeedDetailVS (required)
* category[tnNeedDetail] ^requirements = "State reporting by finer need; the base need domain stays required."
