package org.successplan.server.consent;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The consent state of one request: who asks, for what purpose, and the request-scoped look-ups. Kept in
 * the request's user data (never in an interceptor field) and dropped with the request, so no decision
 * outlives it.
 */
final class RequestConsent {

    private static final String KEY = RequestConsent.class.getName();

    private final String organization;
    private final PurposeOfUse purpose;
    private final boolean emergency;
    private final ConsentLookup lookup;
    private final StudentRecords records;
    private final LocalDate today;
    private Set<String> teams;
    private final java.util.Map<String, String> disclosed = new java.util.concurrent.ConcurrentHashMap<>();

    RequestConsent(
            String organization,
            PurposeOfUse purpose,
            boolean emergency,
            ConsentLookup lookup,
            StudentRecords records,
            Clock clock) {
        this.organization = organization;
        this.purpose = purpose;
        this.emergency = emergency;
        this.lookup = lookup;
        this.records = records;
        this.today = LocalDate.now(clock);
    }

    static Optional<RequestConsent> of(RequestDetails request) {
        return Optional.ofNullable((RequestConsent) request.getUserData().get(KEY));
    }

    void attachTo(RequestDetails request) {
        request.getUserData().put(KEY, this);
    }

    String organization() {
        return organization;
    }

    ConsentLookup lookup() {
        return lookup;
    }

    StudentRecords records() {
        return records;
    }

    /** The decision for a resource, or empty when it is not a student record. */
    Optional<AccessDecision> decide(IBaseResource resource, ConsentAction action) {
        return records.studentOf(resource).map(student -> decide(recordOf(resource, student), action));
    }

    StudentRecord recordOf(IBaseResource resource, String student) {
        String custodian =
                student.equals("Patient") ? null : lookup.custodianOf(student).orElse(null);
        if (resource instanceof org.hl7.fhir.r4.model.Patient patient
                && patient.getManagingOrganization().hasReference()) {
            custodian = patient.getManagingOrganization().getReference();
        }
        StudentRecord record = records.of(resource, student, custodian);
        if (resource instanceof org.hl7.fhir.r4.model.Task task
                && "ServiceRequest".equals(task.getFocus().getReferenceElement().getResourceType())) {
            disclosed.put(
                    record.resource(),
                    task.getFocus()
                            .getReferenceElement()
                            .toUnqualifiedVersionless()
                            .getValue());
        }
        return record;
    }

    AccessDecision decide(StudentRecord record, ConsentAction action) {
        return decideFor(organization, purpose.code(), record, action);
    }

    /** The decision as if another organization asked (e.g. the performer of a referral). */
    AccessDecision decideFor(String requester, String purposeCode, StudentRecord record, ConsentAction action) {
        boolean custodianOrAuthor =
                requester.equals(record.custodian()) || record.authors().contains(requester);
        if (!custodianOrAuthor && disclosed.containsKey(record.resource())) {
            // A referral task discloses its referral: it carries the referral's need domains and labels.
            StudentRecord plain = record;
            record = lookup.read(disclosed.get(record.resource()))
                    .map(referral -> records.withFactsOf(plain, referral))
                    .orElse(record);
        }
        List<SharingConsent> consents = custodianOrAuthor ? List.of() : lookup.consentsOf(record.student());
        boolean teamsMatter = consents.stream()
                .flatMap(c -> c.grants().stream())
                .flatMap(g -> g.actors().stream())
                .anyMatch(actor -> !actor.startsWith("Organization/"));
        Set<String> memberOf = teamsMatter ? teamsOf(requester) : Set.of();
        String emergencyReason = requester.equals(organization) && emergency ? purpose.emergencyReason() : null;
        return ConsentPolicy.decide(
                new Requester(requester, memberOf, purposeCode, emergencyReason), record, consents, action, today);
    }

    private synchronized Set<String> teamsOf(String requester) {
        if (!requester.equals(organization)) {
            return lookup.teamsOf(requester);
        }
        if (teams == null) {
            teams = lookup.teamsOf(organization);
        }
        return teams;
    }
}
