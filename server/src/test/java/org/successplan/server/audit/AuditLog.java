package org.successplan.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.TestClients;

/**
 * Test access to the audit trail over HTTP: requests tagged with their own {@code X-Request-ID}, and
 * the AuditEvent each one produced, read back as an operator (the writer is asynchronous, so it waits).
 */
final class AuditLog {

    static final String FHIR_JSON = "application/fhir+json";

    private final RawHttp operator;

    AuditLog(int port) {
        this.operator = TestClients.operator(port).http();
    }

    static String newRequestId() {
        return "it-" + UUID.randomUUID();
    }

    /** The AuditEvent of the request with this {@code X-Request-ID}, once written (at most 15 s). */
    AuditEvent eventOf(String requestId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            List<AuditEvent> events = search("request-id=" + requestId);
            if (!events.isEmpty()) {
                assertThat(events).as("one AuditEvent per request").hasSize(1);
                return events.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No AuditEvent for request " + requestId);
            }
            sleep();
        }
    }

    /** AuditEvents found by the operator with this query string (one page). */
    List<AuditEvent> search(String query) {
        return searchAs(operator, query);
    }

    static List<AuditEvent> searchAs(RawHttp http, String query) {
        HttpResponse<String> response = http.get("/fhir/AuditEvent?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Bundle bundle = FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, response.body());
        return bundle.getEntry().stream().map(e -> (AuditEvent) e.getResource()).toList();
    }

    Parameters verifyChain() {
        HttpResponse<String> response = operator.get("/fhir/AuditEvent/$verify-chain");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FhirClients.FHIR.newJsonParser().parseResource(Parameters.class, response.body());
    }

    // ---- reading an AuditEvent -----------------------------------------------------------------

    static AuditEventAgentComponent requestor(AuditEvent event) {
        return event.getAgent().stream()
                .filter(AuditEventAgentComponent::getRequestor)
                .findFirst()
                .orElseThrow();
    }

    static String client(AuditEvent event) {
        return AuditIndex.client(event);
    }

    static List<String> students(AuditEvent event) {
        return AuditIndex.studentsOf(event).stream()
                .map(AuditIndex.StudentRow::student)
                .toList();
    }

    /** The record entities (role Domain Resource) with their lifecycle code, as "Type/id lifecycle". */
    static List<AuditEventEntityComponent> records(AuditEvent event) {
        return event.getEntity().stream()
                .filter(e -> AuditIndex.is(e.getRole(), AuditCodes.OBJECT_ROLE, AuditCodes.ROLE_DOMAIN_RESOURCE))
                .toList();
    }

    static AuditEventEntityComponent record(AuditEvent event, String id) {
        return records(event).stream()
                .filter(e -> AuditEventFactory.versionless(e.getWhat().getReference())
                        .equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No entity " + id + " in " + describe(event)));
    }

    static String describe(AuditEvent event) {
        return FhirClients.FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(event);
    }

    static String parameter(Parameters parameters, String name) {
        return parameters.getParameter(name).getValue().primitiveValue();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
