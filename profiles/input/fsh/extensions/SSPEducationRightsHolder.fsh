Extension: SSPEducationRightsHolder
Id: ssp-education-rights-holder
Title: "Education Rights Holder"
Description: """
Whether this person holds the student's education-record rights under FERPA (34 CFR 99.4, 99.30) -
that is, may consent to disclosure of the student's records. A relationship code (mother,
guardian ...) does not say this: custody orders can remove rights from a parent and give them to a
guardian or surrogate. A SharingConsent performed by a Guardian is only valid if this is `true`.
"""
* ^context[0].type = #element
* ^context[=].expression = "RelatedPerson"
* insert ProfileMetadata
* value[x] only boolean
* value[x] 1..1
