package org.successplan.server.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.successplan.server.consent.AccessDecision;

/** Builders of {@link AuditRecord}s and {@link SeenResource}s for unit tests. */
final class Records {

    static final String SCHOOL = "Organization/school";
    static final String AGENCY = "Organization/agency";
    static final String MAYA = "Patient/maya";
    static final String LEO = "Patient/leo";

    private Records() {}

    static SeenResource patient(String id, String custodian) {
        return new SeenResource(
                id,
                "1",
                "Patient",
                List.of(id),
                custodian,
                Set.of(),
                List.of(),
                custodian == null ? Set.of() : Set.of(custodian));
    }

    static SeenResource need(String id, String student, String... domains) {
        return new SeenResource(
                id,
                "2",
                "Condition",
                List.of(student),
                null,
                Set.of(domains),
                List.of("http://terminology.hl7.org/CodeSystem/v3-Confidentiality|N"),
                Set.of(SCHOOL));
    }

    static SeenResource organization(String id) {
        return new SeenResource(id, "1", "Organization", List.of(), null, Set.of(), List.of(), Set.of());
    }

    static Builder by(String organization) {
        return new Builder(organization);
    }

    static final class Builder {
        private final String organization;
        private String interaction = "read";
        private String action = "R";
        private String purpose = "student-support";
        private String reason;
        private int status = 200;
        private String target;
        private Instant recorded = Instant.parse("2026-03-02T10:15:30.123Z");
        private String requestId = "req-" + UUID.randomUUID();
        private String eventId = UUID.randomUUID().toString();
        private final List<SeenResource> returned = new ArrayList<>();
        private final List<AuditRecord.Written> written = new ArrayList<>();
        private final List<AccessDecision> decisions = new ArrayList<>();

        Builder(String organization) {
            this.organization = organization;
        }

        Builder search() {
            interaction = "search-type";
            action = "E";
            return this;
        }

        Builder returned(SeenResource... resources) {
            returned.addAll(List.of(resources));
            return this;
        }

        Builder wrote(SeenResource resource, String lifecycle) {
            written.add(new AuditRecord.Written(resource, lifecycle));
            return this;
        }

        Builder decision(AccessDecision decision) {
            decisions.add(decision);
            return this;
        }

        Builder purpose(String code) {
            purpose = code;
            return this;
        }

        Builder emergency(String why) {
            purpose = "BTG";
            reason = why;
            return this;
        }

        Builder status(int code) {
            status = code;
            return this;
        }

        Builder target(String id) {
            target = id;
            return this;
        }

        Builder at(Instant when) {
            recorded = when;
            return this;
        }

        Builder requestId(String id) {
            requestId = id;
            return this;
        }

        Builder eventId(String id) {
            eventId = id;
            return this;
        }

        AuditRecord build() {
            return new AuditRecord(
                    eventId,
                    recorded,
                    requestId,
                    AuditRecord.Kind.FHIR,
                    interaction,
                    action,
                    null,
                    target,
                    "GET",
                    "https://ssp.example.org/fhir/Condition?subject=" + MAYA,
                    "https://ssp.example.org/fhir",
                    "10.0.0.7",
                    organization == null ? null : "client-of-" + organization.substring(organization.indexOf('/') + 1),
                    organization,
                    false,
                    purpose,
                    reason,
                    status,
                    status >= 400 ? "SSP-AUTH-002" : null,
                    status >= 400 ? "refused" : null,
                    returned,
                    written,
                    decisions);
        }
    }
}
