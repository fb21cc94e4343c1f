Profile: SSPGuardian
Parent: RelatedPerson
Id: ssp-guardian
Title: "Guardian"
Description: "A parent, guardian or caregiver of a student. Families are part of the student's team and voice in goals; a guardian who holds the student's education-record rights may grant a SharingConsent."
* insert ProfileMetadata
* extension contains SSPEducationRightsHolder named educationRightsHolder 0..1 MS
* extension[educationRightsHolder] ^requirements = "A server must know whether this person may consent to sharing the student's records; the relationship code alone does not say so."
* active MS
* active ^requirements = "Distinguishes current guardians from former ones (e.g. after a custody change)."
* patient only Reference(SSPStudent)
* patient MS
* patient ^requirements = "Every guardian is the guardian of a student."
* relationship 1..* MS
* relationship from SSPGuardianRelationshipVS (extensible)
* relationship ^requirements = "Staff need to know who this person is to the student (mother, grandmother, guardian...)."
* name 1..* MS
* name ^requirements = "Needed to address the family."
* telecom MS
* telecom ^requirements = "How the school or a partner reaches the family about a referral."
* address MS
* address ^requirements = "Needed for home-delivered services; protect with LOCIS when required."
* communication MS
* communication ^requirements = "Language access: family communication in their preferred language."
* communication.language MS
* communication.preferred MS
* period MS
* period ^requirements = "When this relationship applied (custody changes)."
* communication.language ^requirements = "The language to use with the family."
* communication.preferred ^requirements = "Which language the family prefers when there are several."
