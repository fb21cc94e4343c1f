CodeSystem: SSPNeedDomain
Id: ssp-need-domain
Title: "Student Need Domain"
Description: """
Domains in which a student may have a need, a challenge or a strength to build on, in school and
out of school. Used as `category` on needs (Condition), goals, plans, referrals, services delivered,
assessments and service directory entries, and as `provision.code` in sharing consents, so a single
code answers "which part of the child's life is this about?" for search, consent and reporting.

The domains follow whole-child review practice (City Connects: academic, social-emotional, health,
family) and the HL7 Gravity SDOH categories. Gravity has no child or school domains (academic,
attendance, social-emotional, enrichment, child care), so they are defined here; where a Gravity
category exists, the ConceptMap `ssp-need-domain-to-gravity-sdoh` gives the counterpart and a
record MAY carry both codings.

Property `confidentiality` is the default HL7 confidentiality (v3-Confidentiality N or R) a server
SHOULD label records of that domain with; property `sensitivity` an HL7 sensitivity label
(v3-ActCode) that SHOULD be added. Individual records may be labelled higher.
"""
* insert TerminologyMetadata
* ^hierarchyMeaning = #is-a
* ^property[0].code = #confidentiality
* ^property[=].uri = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
* ^property[=].description = "Default confidentiality code (v3-Confidentiality) for records in this domain."
* ^property[=].type = #code
* ^property[+].code = #sensitivity
* ^property[=].description = "Sensitivity security label (v3-ActCode) a server should add to records in this domain."
* ^property[=].type = #Coding

* #academic "Academic" "Learning and achievement: reading, mathematics, course performance, credit recovery, learning support outside special education."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #N
* #attendance "Attendance" "Getting to school and staying engaged: chronic absence, tardiness, school engagement and stability (e.g. frequent school moves)."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #N
* #social-emotional "Social-emotional" "Social and emotional learning: self-regulation, relationships with peers and adults, belonging, stress and coping (not a diagnosis)."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #N
* #behavioral "Behavioral" "Behavior at school and in the community: discipline incidents, conduct, behavior support plans."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #R
  * ^property[+].code = #sensitivity
  * ^property[=].valueCoding = $v3-ActCode#BH "behavioral health information sensitivity"
* #physical-health "Physical health" "Physical health and access to care: chronic conditions, vision, hearing, dental, nutrition, immunizations, health insurance coverage."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #R
* #mental-health "Mental health" "Mental and behavioral health conditions and services: counseling, therapy, psychiatric care, substance use."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #R
  * ^property[+].code = #sensitivity
  * ^property[=].valueCoding = $v3-ActCode#MH "mental health information sensitivity"
* #family "Family" "Family circumstances and caregiver support: caregiver health or employment, family conflict, parenting support, family engagement with school."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #N
* #food "Food" "Food security: enough nutritious food at home, on weekends and in school holidays; school meal eligibility."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #N
* #housing "Housing" "Housing stability and quality: homelessness (McKinney-Vento), doubled-up or temporary housing, risk of eviction, inadequate housing, utilities."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #N
* #technology-access "Technology access" "Access to a suitable device and reliable internet at home for learning (digital access) and the skills to use them."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #N
* #transportation "Transportation" "Safe, reliable transportation to school, services and activities."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #N
* #enrichment "Enrichment" "Out-of-school-time and enrichment opportunities that build on strengths and interests: arts, music, athletics, STEM, mentoring, leadership, summer and after-school programs."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #N
* #safety "Safety" "Physical and emotional safety at school, at home and in the community: bullying, violence exposure, abuse or neglect concerns."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #R
* #financial "Financial" "Household financial strain: income, benefits enrollment, material hardship (clothing, school supplies), utility costs, medical cost burden."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #N
* #legal "Legal" "Legal matters affecting the student or family: immigration, custody, juvenile justice involvement, family member incarceration."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #R
* #child-care "Child care" "Care for the student or younger siblings outside school hours that lets the family work and the student attend school."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #N
* #language-access "Language access" "Language access for the student and family: English learner services, interpretation and translation for family communication."
  * ^property[0].code = #confidentiality
  * ^property[=].valueCode = #N
