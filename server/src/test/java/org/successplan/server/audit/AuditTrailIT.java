package org.successplan.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.successplan.server.audit.AuditLog.FHIR_JSON;
import static org.successplan.server.audit.AuditLog.newRequestId;
import static org.successplan.server.audit.AuditLog.record;
import static org.successplan.server.audit.AuditLog.requestor;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.Fixtures;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.TestClients;
import org.successplan.server.testing.TestClients.TestClient;

/**
 * Every FHIR interaction over HTTP produces exactly the expected AuditEvent: who (client and
 * organization), why (purpose of use), what (interaction, query, the students and records), and the
 * outcome, including refusals before and inside the FHIR endpoint.
 */
@ServerIT
class AuditTrailIT {

    @LocalServerPort
    int port;

    Fixtures fixtures;
    AuditLog audit;
    TestClient school;
    TestClient narrowAgency;

    @BeforeEach
    void setUp() {
        fixtures = Fixtures.on(port);
        audit = new AuditLog(port);
        school = TestClients.withScopes(port, "Audit Trail School", TestClients.FULL_ACCESS);
        narrowAgency = TestClients.withScopes(port, "Audit Trail Agency", "system/Patient.rs");
    }

    @Test
    void read_recordsClientOrganizationPurposeStudentAndOutcome() {
        String student = createStudent(school, "Reader");
        String requestId = newRequestId();

        HttpResponse<String> response = school.http().get("/fhir/" + student, "X-Request-ID", requestId);

        assertThat(response.statusCode()).isEqualTo(200);
        AuditEvent event = audit.eventOf(requestId);
        assertThat(event.getType().getCode()).isEqualTo("rest");
        assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("read");
        assertThat(event.getAction()).isEqualTo(AuditEventAction.R);
        assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._0);
        assertThat(event.getRecorded()).isNotNull();
        assertThat(requestor(event).getWho().getReference()).isEqualTo(school.organization());
        assertThat(AuditLog.client(event)).isEqualTo(school.clientId());
        assertThat(event.getPurposeOfEventFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("student-support");
        assertThat(AuditLog.students(event)).containsExactly(student);
        assertThat(AuditIndex.studentsOf(event)).singleElement().satisfies(row -> {
            assertThat(row.custodian()).isEqualTo(school.organization());
            assertThat(row.disclosure()).isFalse();
        });
        assertThat(record(event, student).getLifecycle().getCode()).isEqualTo(AuditCodes.ACCESSED);
        assertThat(AuditIndex.detail(record(event, student), AuditCodes.DETAIL_BASIS))
                .isEqualTo("CUSTODIAN");
    }

    @Test
    void eachInteraction_producesItsAuditEvent() {
        RawHttp http = school.http();
        String createId = newRequestId();
        Patient patient = studentOf(school, "Interactions");
        HttpResponse<String> created = http.post(
                "/fhir/Patient",
                FHIR_JSON,
                FhirClients.FHIR.newJsonParser().encodeResourceToString(patient),
                "X-Request-ID",
                createId);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String student = idOf(created);

        List<String[]> calls = new ArrayList<>();
        calls.add(new String[] {"GET", "/fhir/" + student + "/_history/1", "vread", "R"});
        calls.add(new String[] {"GET", "/fhir/" + student + "/_history", "history-instance", "R"});
        calls.add(new String[] {"GET", "/fhir/Patient?_id=" + idPart(student), "search-type", "E"});
        calls.add(new String[] {"GET", "/fhir/" + student + "/$meta", "operation", "E"});
        List<String> ids = new ArrayList<>();
        for (String[] call : calls) {
            String requestId = newRequestId();
            HttpResponse<String> response = http.get(call[1], "X-Request-ID", requestId);
            assertThat(response.statusCode())
                    .as(call[1] + " " + response.body())
                    .isEqualTo(200);
            ids.add(requestId);
        }
        String updateId = newRequestId();
        Patient changed = FhirClients.FHIR
                .newJsonParser()
                .parseResource(Patient.class, http.get("/fhir/" + student).body());
        changed.getNameFirstRep().setFamily("Interactions-Changed");
        HttpResponse<String> updated = http.put(
                "/fhir/" + student,
                FHIR_JSON,
                FhirClients.FHIR.newJsonParser().encodeResourceToString(changed),
                "X-Request-ID",
                updateId);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        String patchId = newRequestId();
        HttpResponse<String> patched = http.send(
                "PATCH",
                "/fhir/" + student,
                java.net.http.HttpRequest.BodyPublishers.ofString(
                        "[{\"op\":\"replace\",\"path\":\"/name/0/family\",\"value\":\"Interactions-Patched\"}]"),
                "Content-Type",
                "application/json-patch+json",
                "X-Request-ID",
                patchId);
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        String deleteId = newRequestId();
        assertThat(http.delete("/fhir/" + student, "X-Request-ID", deleteId).statusCode())
                .isIn(200, 204);

        AuditEvent create = audit.eventOf(createId);
        assertThat(create.getSubtypeFirstRep().getCode()).isEqualTo("create");
        assertThat(create.getAction()).isEqualTo(AuditEventAction.C);
        assertThat(record(create, student).getLifecycle().getCode()).isEqualTo(AuditCodes.CREATED);
        assertThat(AuditLog.students(create)).containsExactly(student);

        for (int i = 0; i < calls.size(); i++) {
            AuditEvent event = audit.eventOf(ids.get(i));
            assertThat(event.getSubtypeFirstRep().getCode()).as(calls.get(i)[1]).isEqualTo(calls.get(i)[2]);
            assertThat(event.getAction().toCode()).as(calls.get(i)[1]).isEqualTo(calls.get(i)[3]);
            assertThat(AuditLog.students(event)).as(calls.get(i)[1]).containsExactly(student);
            assertThat(query(event)).as(calls.get(i)[1]).endsWith(calls.get(i)[1]);
        }
        assertThat(audit.eventOf(ids.get(3)).getSubtypeFirstRep().getDisplay()).isEqualTo("operation $meta");

        AuditEvent update = audit.eventOf(updateId);
        assertThat(update.getAction()).isEqualTo(AuditEventAction.U);
        assertThat(record(update, student).getLifecycle().getCode()).isEqualTo(AuditCodes.AMENDED);
        assertThat(record(update, student).getWhat().getReference()).endsWith("/_history/2");

        AuditEvent patch = audit.eventOf(patchId);
        assertThat(patch.getSubtypeFirstRep().getCode()).isEqualTo("patch");
        assertThat(patch.getAction()).isEqualTo(AuditEventAction.U);
        assertThat(record(patch, student).getWhat().getReference()).endsWith("/_history/3");

        AuditEvent delete = audit.eventOf(deleteId);
        assertThat(delete.getAction()).isEqualTo(AuditEventAction.D);
        assertThat(record(delete, student).getLifecycle().getCode()).isEqualTo(AuditCodes.DELETED);
    }

    @Test
    void searchReturningThreeStudents_recordsAllThree() {
        String family = "Trio" + Long.toHexString(System.nanoTime());
        List<String> students =
                List.of(createStudent(school, family), createStudent(school, family), createStudent(school, family));
        String requestId = newRequestId();

        HttpResponse<String> response = school.http().get("/fhir/Patient?family=" + family, "X-Request-ID", requestId);

        assertThat(response.statusCode()).isEqualTo(200);
        AuditEvent event = audit.eventOf(requestId);
        assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("search-type");
        assertThat(AuditLog.students(event)).containsExactlyInAnyOrderElementsOf(students);
        assertThat(AuditLog.records(event)).hasSize(3);
        assertThat(query(event)).endsWith("/fhir/Patient?family=" + family);
    }

    @Test
    void transaction_recordsEveryStoredRecord() {
        String requestId = newRequestId();
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Patient patient = studentOf(school, "Transaction");
        transaction
                .addEntry()
                .setFullUrl("urn:uuid:0c3b3b4e-7f38-4a39-9b7e-3c1f2e8b9a10")
                .setResource(patient)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Patient");
        Condition need = fixtures.story().copyOf("Condition/ssp-ex-maya-need-food", Condition.class);
        need.setSubject(new Reference("urn:uuid:0c3b3b4e-7f38-4a39-9b7e-3c1f2e8b9a10"));
        transaction
                .addEntry()
                .setResource(need)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Condition");

        HttpResponse<String> response = school.http()
                .post(
                        "/fhir",
                        FHIR_JSON,
                        FhirClients.FHIR.newJsonParser().encodeResourceToString(transaction),
                        "X-Request-ID",
                        requestId);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Bundle result = FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, response.body());
        String student = idOf(result.getEntry().get(0).getResponse().getLocation());
        String condition = idOf(result.getEntry().get(1).getResponse().getLocation());
        AuditEvent event = audit.eventOf(requestId);
        assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("transaction");
        assertThat(record(event, student).getLifecycle().getCode()).isEqualTo(AuditCodes.CREATED);
        assertThat(record(event, condition).getLifecycle().getCode()).isEqualTo(AuditCodes.CREATED);
        assertThat(AuditIndex.details(record(event, condition), AuditCodes.DETAIL_NEED_DOMAIN))
                .containsExactly("food");
        assertThat(AuditLog.students(event)).containsExactly(student);
    }

    // ---- refusals are recorded -----------------------------------------------------------------

    @Test
    void requestWithoutValidToken_isRecordedAsAuthenticationFailure() {
        String requestId = newRequestId();

        HttpResponse<String> response = new RawHttp(port)
                .get("/fhir/Patient?name=x", "X-Request-ID", requestId, "Authorization", "Bearer nope");

        assertThat(response.statusCode()).isEqualTo(401);
        AuditEvent event = audit.eventOf(requestId);
        assertThat(event.getType().getCode()).isEqualTo(AuditCodes.USER_AUTHENTICATION);
        assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._4);
        assertThat(event.getOutcomeDesc()).startsWith("HTTP 401").contains("invalid_token");
        assertThat(requestor(event).getWho().hasReference()).isFalse();
        assertThat(query(event)).endsWith("/fhir/Patient?name=x");
    }

    @Test
    void scopeDenial_isRecordedWithItsErrorCode_andNothingReturned() {
        String student = createStudent(school, "Denied");
        String requestId = newRequestId();

        HttpResponse<String> response =
                narrowAgency.http().get("/fhir/CarePlan?subject=" + student, "X-Request-ID", requestId);

        assertThat(response.statusCode()).isEqualTo(403);
        AuditEvent event = audit.eventOf(requestId);
        assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._4);
        assertThat(event.getOutcomeDesc()).startsWith("HTTP 403 " + ErrorCode.INSUFFICIENT_SCOPE.code());
        assertThat(requestor(event).getWho().getReference()).isEqualTo(narrowAgency.organization());
        assertThat(AuditLog.records(event)).isEmpty();
        assertThat(AuditIndex.studentsOf(event)).noneMatch(AuditIndex.StudentRow::disclosure);
    }

    @Test
    void deniedRead_ofAStudent_isVisibleToItsCustodian() {
        String student = createStudent(school, "Attempted");
        TestClient noPatients = TestClients.withScopes(port, "Audit Trail Agency", "system/Task.rs");
        String requestId = newRequestId();

        assertThat(noPatients
                        .http()
                        .get("/fhir/" + student, "X-Request-ID", requestId)
                        .statusCode())
                .isEqualTo(403);

        AuditEvent event = audit.eventOf(requestId);
        assertThat(AuditLog.students(event)).containsExactly(student);
        List<AuditEvent> seenByCustodian = AuditLog.searchAs(school.http(), "patient=" + student + "&outcome=4");
        assertThat(seenByCustodian)
                .extracting(e -> e.getIdElement().getIdPart())
                .contains(event.getIdElement().getIdPart());
    }

    // ---- helpers -------------------------------------------------------------------------------

    Patient studentOf(TestClient custodian, String family) {
        Patient student = fixtures.student(family);
        student.setManagingOrganization(new Reference(custodian.organization()));
        return student;
    }

    String createStudent(TestClient custodian, String family) {
        return custodian
                .fhir()
                .create()
                .resource(studentOf(custodian, family))
                .execute()
                .getId()
                .toUnqualifiedVersionless()
                .getValue();
    }

    static String query(AuditEvent event) {
        return event.getEntity().stream()
                .filter(e -> AuditIndex.is(e.getRole(), AuditCodes.OBJECT_ROLE, AuditCodes.ROLE_QUERY))
                .map(e -> new String(e.getQuery(), java.nio.charset.StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();
    }

    static String idOf(HttpResponse<String> created) {
        return idOf(created.headers().firstValue("Location").orElseThrow());
    }

    static String idOf(String location) {
        return new org.hl7.fhir.r4.model.IdType(location)
                .toUnqualifiedVersionless()
                .getValue();
    }

    static String idPart(String reference) {
        return reference.substring(reference.indexOf('/') + 1);
    }
}
