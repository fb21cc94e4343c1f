Alias: $ssp-need-domain = http://successplan.org/fhir/CodeSystem/ssp-need-domain
Alias: $ssp-identifier-type = http://successplan.org/fhir/CodeSystem/ssp-identifier-type
Alias: $ssp-support-tier = http://successplan.org/fhir/CodeSystem/ssp-support-tier
Alias: $condition-clinical = http://terminology.hl7.org/CodeSystem/condition-clinical
Alias: $tn-ssid = http://successplan.org/fhir/sid/state-student-id/tn
