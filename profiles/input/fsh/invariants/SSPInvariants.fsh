// Invariants shared by the profiles. Each one says in words what it checks and why.

Invariant: ssp-plan-1
Description: "A success plan addresses at least one need (addresses) or builds on at least one strength (extension ssp-strengths-basis): a plan that does neither says nothing about the student."
Expression: "addresses.exists() or extension('http://successplan.org/fhir/StructureDefinition/ssp-strengths-basis').exists()"
Severity: #error

Invariant: ssp-task-1
Description: "A completed referral task reports what was done (at least one output): the closed loop is only closed when the requester learns the outcome."
Expression: "status = 'completed' implies output.exists()"
Severity: #error

Invariant: ssp-task-2
Description: "A rejected, failed or cancelled referral task says why (statusReason), so the requester can act on it (Gravity: statusReason.text is expected for these statuses)."
Expression: "(status = 'rejected' or status = 'failed' or status = 'cancelled') implies statusReason.exists()"
Severity: #error

Invariant: ssp-task-3
Description: "A referral task on hold should say why (statusReason)."
Expression: "status = 'on-hold' implies statusReason.exists()"
Severity: #warning

Invariant: ssp-task-4
Description: "An accepted, in-progress, on-hold, completed or failed referral task has an owner: someone has taken responsibility for it."
Expression: "(status = 'accepted' or status = 'in-progress' or status = 'on-hold' or status = 'completed' or status = 'failed') implies owner.exists()"
Severity: #error

Invariant: ssp-consent-1
Description: "A sharing consent denies by default (root provision type = deny) and grants access only through nested permit provisions."
Expression: "provision.type = 'deny'"
Severity: #error

Invariant: ssp-consent-2
Description: "A sharing consent has at least one nested permit provision that names the recipient (actor), the purpose and the period - the three things FERPA written consent must state (34 CFR 99.30) plus an end date."
Expression: "provision.provision.where(type = 'permit' and actor.exists() and purpose.exists() and period.start.exists() and period.end.exists()).exists()"
Severity: #error

Invariant: ssp-consent-3
Description: "Each permit provision says which records it releases: a data class (class) or a need domain (code)."
Expression: "provision.provision.where(type = 'permit').all(class.exists() or code.exists())"
Severity: #error

Invariant: ssp-need-1
Description: "A need that is no longer active (resolved, inactive, remission) has an abatement date or a note, so the running record explains when it ended."
Expression: "(clinicalStatus.coding.where(code = 'resolved' or code = 'inactive' or code = 'remission').exists()) implies (abatement.exists() or note.exists())"
Severity: #warning

Invariant: ssp-goal-1
Description: "A goal has something measurable: a target (measure with a detail or due date) or a due date."
Expression: "target.all(measure.exists() or due.exists())"
Severity: #error

Invariant: ssp-nces-lea-id-format
Description: "An NCES district (LEA) id is 7 digits: 2-digit state FIPS code + 5-digit district number."
Expression: "matches('^[0-9]{7}$')"
Severity: #error

Invariant: ssp-nces-school-id-format
Description: "An NCES school id is 12 digits: the 7-digit LEA id + a 5-digit school number."
Expression: "matches('^[0-9]{12}$')"
Severity: #error

Invariant: ssp-ein-format
Description: "An EIN is 9 digits, optionally written NN-NNNNNNN."
Expression: "matches('^[0-9]{2}-?[0-9]{7}$')"
Severity: #error

Invariant: ssp-npi-format
Description: "An NPI is 10 digits."
Expression: "matches('^[0-9]{10}$')"
Severity: #error

Invariant: ssp-school-year-format
Description: "A school year is written YYYY-YYYY with consecutive years, e.g. 2025-2026."
Expression: "matches('^[0-9]{4}-[0-9]{4}$') and (substring(5, 4).toInteger() - substring(0, 4).toInteger()) = 1"
Severity: #error

Invariant: ssp-identifier-1
Description: "A student identifier has both a system and a value."
Expression: "system.exists() and value.exists()"
Severity: #error

Invariant: ssp-service-1
Description: "A directory entry says how to reach the service: a telecom, a location or an endpoint."
Expression: "telecom.exists() or location.exists() or endpoint.exists()"
Severity: #error

Invariant: ssp-org-school-type
Description: "A School has a type coding from ssp-organization-type that is school, district or state-education-agency."
Expression: "type.coding.where(system = 'http://successplan.org/fhir/CodeSystem/ssp-organization-type' and (code = 'school' or code = 'district' or code = 'state-education-agency')).exists()"
Severity: #error

Invariant: ssp-org-agency-type
Description: "An Agency has a type coding from ssp-organization-type that is community-agency, out-of-school-time-provider or coordination-platform."
Expression: "type.coding.where(system = 'http://successplan.org/fhir/CodeSystem/ssp-organization-type' and (code = 'community-agency' or code = 'out-of-school-time-provider' or code = 'coordination-platform')).exists()"
Severity: #error

Invariant: ssp-org-clinic-type
Description: "A Clinic has a type coding from ssp-organization-type that is clinic or school-based-health-center."
Expression: "type.coding.where(system = 'http://successplan.org/fhir/CodeSystem/ssp-organization-type' and (code = 'clinic' or code = 'school-based-health-center')).exists()"
Severity: #error

Invariant: ssp-referral-1
Description: "A referral carries the consent that lets the student's data be shared with the performer (supportingInfo references a Consent, as in the Gravity referral pattern). Inside a transaction the reference may still be the Consent entry's urn:uuid, which the server resolves; a server also checks on its own that a permitting consent exists."
Expression: "supportingInfo.reference.where($this.startsWith('Consent/') or $this.contains('/Consent/') or $this.startsWith('urn:uuid:')).exists()"
Severity: #error

Invariant: ssp-team-1
Description: "A success team should include a navigator (participant role navigator or student-support-coordinator), the adult who coordinates the plan."
Expression: "participant.role.coding.where(system = 'http://successplan.org/fhir/CodeSystem/ssp-team-role' and (code = 'navigator' or code = 'student-support-coordinator')).exists()"
Severity: #warning

Invariant: ssp-assessment-1
Description: "An assessment reports a result: a value, component results, member observations, or a reason the value is absent."
Expression: "value.exists() or component.exists() or hasMember.exists() or dataAbsentReason.exists()"
Severity: #error
