// Code systems and canonical URLs used across the FSH sources.
// Our own artifacts are referenced by name (SUSHI resolves them); aliases are for external ones.

// HL7 terminology (all present in FHIR R4 core 4.0.1)
Alias: $v3-ActCode = http://terminology.hl7.org/CodeSystem/v3-ActCode
Alias: $v3-ActReason = http://terminology.hl7.org/CodeSystem/v3-ActReason
Alias: $v3-Confidentiality = http://terminology.hl7.org/CodeSystem/v3-Confidentiality
Alias: $v3-ParticipationType = http://terminology.hl7.org/CodeSystem/v3-ParticipationType
Alias: $v3-RoleCode = http://terminology.hl7.org/CodeSystem/v3-RoleCode
Alias: $consentscope = http://terminology.hl7.org/CodeSystem/consentscope
Alias: $consentaction = http://terminology.hl7.org/CodeSystem/consentaction
Alias: $consentpolicycodes = http://terminology.hl7.org/CodeSystem/consentpolicycodes
Alias: $condition-clinical = http://terminology.hl7.org/CodeSystem/condition-clinical
Alias: $condition-ver-status = http://terminology.hl7.org/CodeSystem/condition-ver-status
Alias: $condition-category = http://terminology.hl7.org/CodeSystem/condition-category
Alias: $observation-category = http://terminology.hl7.org/CodeSystem/observation-category
Alias: $goal-achievement = http://terminology.hl7.org/CodeSystem/goal-achievement
Alias: $organization-type = http://terminology.hl7.org/CodeSystem/organization-type
Alias: $task-code = http://hl7.org/fhir/CodeSystem/task-code
Alias: $task-status = http://hl7.org/fhir/task-status
Alias: $resource-types = http://hl7.org/fhir/resource-types
Alias: $iso3166 = urn:iso:std:iso:3166
Alias: $bcp47 = urn:ietf:bcp:47

// Core extensions reused (Gravity uses the same one on ServiceRequest and Procedure)
Alias: $pertainsToGoal = http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal

// External terminologies used in examples only (not loaded: validators report them as unknown, not wrong)
Alias: $sct = http://snomed.info/sct
Alias: $loinc = http://loinc.org
Alias: $icd10cm = http://hl7.org/fhir/sid/icd-10-cm

// HL7 Gravity SDOH Clinical Care IG (not a dependency; codes reproduced in SSPGravitySDOHCategory)
Alias: $sdohcc = http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes

// Ed-Fi descriptor namespaces (ConceptMap targets; Ed-Fi publishes them as uri://ed-fi.org/<Descriptor>)
Alias: $edfi-program-type = uri://ed-fi.org/ProgramTypeDescriptor
Alias: $edfi-cohort-type = uri://ed-fi.org/CohortTypeDescriptor
Alias: $edfi-student-characteristic = uri://ed-fi.org/StudentCharacteristicDescriptor

// Identifier systems
Alias: $ein = urn:oid:2.16.840.1.113883.4.4
Alias: $npi = http://hl7.org/fhir/sid/us-npi
Alias: $nces-lea-id = http://successplan.org/fhir/sid/nces-lea-id
Alias: $nces-school-id = http://successplan.org/fhir/sid/nces-school-id
Alias: $state-student-id = http://successplan.org/fhir/sid/state-student-id
Alias: $district-student-id = http://successplan.org/fhir/sid/district-student-id
