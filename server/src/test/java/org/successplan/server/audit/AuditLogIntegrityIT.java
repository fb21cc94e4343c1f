package org.successplan.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.successplan.server.audit.AuditLog.FHIR_JSON;
import static org.successplan.server.audit.AuditLog.newRequestId;
import static org.successplan.server.audit.AuditLog.parameter;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import javax.sql.DataSource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.Fixtures;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.TestClients;
import org.successplan.server.testing.TestClients.TestClient;

/**
 * The audit log is append-only through the API, tamper-evident in the database, and readable only by
 * the custodian of the students concerned and by auditors.
 */
@ServerIT
class AuditLogIntegrityIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    Fixtures fixtures;
    AuditLog audit;
    TestClient school;
    TestClient secondSchool;
    TestClient agency;
    TestClient auditor;

    @BeforeEach
    void setUp() {
        fixtures = Fixtures.on(port);
        audit = new AuditLog(port);
        school = TestClients.withScopes(port, "Integrity School", TestClients.FULL_ACCESS);
        secondSchool = TestClients.withScopes(port, "Integrity Second School", TestClients.FULL_ACCESS);
        agency = TestClients.withScopes(port, "Integrity Agency", "system/*.rs");
        auditor = TestClients.withScopes(port, "Integrity Audit Office", "system/AuditEvent.rs");
    }

    // ---- append-only -----------------------------------------------------------------------------

    @Test
    void auditEvents_cannotBeCreatedUpdatedPatchedOrDeleted_byAnyClient() {
        AuditEvent existing = eventOfARead();
        String id = "AuditEvent/" + existing.getIdElement().getIdPart();
        String body = FhirClients.FHIR.newJsonParser().encodeResourceToString(existing);
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        transaction
                .addEntry()
                .setResource(existing.copy().setId((String) null))
                .getRequest()
                .setMethod(Bundle.HTTPVerb.POST)
                .setUrl("AuditEvent");
        String bundle = FhirClients.FHIR.newJsonParser().encodeResourceToString(transaction);

        for (RawHttp http : List.of(TestClients.operator(port).http(), school.http())) {
            List<HttpResponse<String>> attempts = List.of(
                    http.post("/fhir/AuditEvent", FHIR_JSON, body),
                    http.put("/fhir/" + id, FHIR_JSON, body),
                    http.send(
                            "PATCH",
                            "/fhir/" + id,
                            HttpRequest.BodyPublishers.ofString(
                                    "[{\"op\":\"replace\",\"path\":\"/outcome\",\"value\":\"8\"}]"),
                            "Content-Type",
                            "application/json-patch+json"),
                    http.delete("/fhir/" + id),
                    http.delete("/fhir/AuditEvent?outcome=0"),
                    http.post("/fhir", FHIR_JSON, bundle));
            for (HttpResponse<String> attempt : attempts) {
                assertThat(attempt.statusCode())
                        .as(attempt.request().method() + " " + attempt.uri() + " " + attempt.body())
                        .isEqualTo(403);
                assertThat(DisclosureReportIT.code(attempt)).isEqualTo(ErrorCode.AUDIT_LOG_READ_ONLY.code());
            }
        }

        HttpResponse<String> reread = TestClients.operator(port).http().get("/fhir/" + id);
        assertThat(reread.statusCode()).isEqualTo(200);
        AuditEvent after = FhirClients.FHIR.newJsonParser().parseResource(AuditEvent.class, reread.body());
        assertThat(after.getIdElement().getIdPart())
                .isEqualTo(existing.getIdElement().getIdPart());
        assertThat(after.setIdElement(null).equalsDeep(existing.copy().setIdElement(null)))
                .as(AuditLog.describe(after))
                .isTrue();
    }

    // ---- tamper evidence -------------------------------------------------------------------------

    @Test
    void changedRecord_isDetectedByVerifyChain_atItsPosition() {
        AuditEvent event = eventOfARead();
        String eventId = event.getIdElement().getIdPart();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long seq = jdbc.queryForObject("SELECT seq FROM ssp_audit_event WHERE event_id = ?", Long.class, eventId);
        String original =
                jdbc.queryForObject("SELECT event_json FROM ssp_audit_event WHERE seq = ?", String.class, seq);

        assertThat(parameter(audit.verifyChain(), "intact")).isEqualTo("true");
        try {
            jdbc.update(
                    "UPDATE ssp_audit_event SET event_json = ? WHERE seq = ?",
                    original.replace(school.organization(), "Organization/someone-else"),
                    seq);

            Parameters result = audit.verifyChain();

            assertThat(parameter(result, "intact")).isEqualTo("false");
            Parameters.ParametersParameterComponent broken = result.getParameter("brokenLink");
            assertThat(broken.getPart()).anySatisfy(p -> {
                assertThat(p.getName()).isEqualTo("seq");
                assertThat(p.getValue().primitiveValue()).isEqualTo(Long.toString(seq));
            });
            assertThat(broken.getPart()).anySatisfy(p -> {
                assertThat(p.getName()).isEqualTo("auditEvent");
                assertThat(((Reference) p.getValue()).getReference()).isEqualTo("AuditEvent/" + eventId);
            });
            assertThat(parameter(result, "message")).contains("was changed");
        } finally {
            jdbc.update("UPDATE ssp_audit_event SET event_json = ? WHERE seq = ?", original, seq);
        }
        assertThat(parameter(audit.verifyChain(), "intact")).isEqualTo("true");
    }

    @Test
    void changedStudentIndex_isDetectedByVerifyChain() {
        AuditEvent event = eventOfARead();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long seq = jdbc.queryForObject(
                "SELECT seq FROM ssp_audit_event WHERE event_id = ?",
                Long.class,
                event.getIdElement().getIdPart());
        try {
            jdbc.update("UPDATE ssp_audit_student SET custodian = 'Organization/forged' WHERE seq = ?", seq);

            Parameters result = audit.verifyChain();

            assertThat(parameter(result, "intact")).isEqualTo("false");
            assertThat(parameter(result, "message")).contains("student index of record " + seq);
        } finally {
            jdbc.update("UPDATE ssp_audit_student SET custodian = ? WHERE seq = ?", school.organization(), seq);
        }
        assertThat(parameter(audit.verifyChain(), "intact")).isEqualTo("true");
    }

    @Test
    void verifyChain_isForAuditors() {
        assertThat(parameter(verifyAs(auditor), "intact")).isEqualTo("true");

        for (TestClient notAnAuditor : List.of(school, agency)) {
            HttpResponse<String> refused = notAnAuditor.http().get("/fhir/AuditEvent/$verify-chain");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        }
        assertThat(DisclosureReportIT.code(school.http().get("/fhir/AuditEvent/$verify-chain")))
                .isEqualTo(ErrorCode.AUDIT_ACCESS_DENIED.code());
    }

    // ---- who may read ----------------------------------------------------------------------------

    @Test
    void custodianSeesItsStudentsRecords_othersSeeNothing() {
        String student = createStudent(school, "Private");
        String requestId = newRequestId();
        assertThat(school.http()
                        .get("/fhir/" + student, "X-Request-ID", requestId)
                        .statusCode())
                .isEqualTo(200);
        AuditEvent event = audit.eventOf(requestId);
        String id = "AuditEvent/" + event.getIdElement().getIdPart();

        assertThat(AuditLog.searchAs(school.http(), "patient=" + student))
                .extracting(e -> e.getIdElement().getIdPart())
                .contains(event.getIdElement().getIdPart());
        assertThat(school.http().get("/fhir/" + id).statusCode()).isEqualTo(200);

        assertThat(AuditLog.searchAs(agency.http(), "patient=" + student)).isEmpty();
        assertThat(AuditLog.searchAs(agency.http(), "request-id=" + requestId)).isEmpty();
        assertThat(AuditLog.searchAs(secondSchool.http(), "patient=" + student)).isEmpty();
        HttpResponse<String> hidden = agency.http().get("/fhir/" + id);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(agency.http().get("/fhir/AuditEvent/no-such-event").statusCode())
                .isEqualTo(404);

        assertThat(AuditLog.searchAs(auditor.http(), "request-id=" + requestId)).hasSize(1);
        assertThat(auditor.http().get("/fhir/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void recordAboutStudentsOfTwoCustodians_isMaskedForEach() {
        String family = "Shared" + Long.toHexString(System.nanoTime());
        String mine = createStudent(school, family);
        String theirs = createStudent(secondSchool, family);
        String requestId = newRequestId();
        assertThat(TestClients.operator(port)
                        .http()
                        .get("/fhir/Patient?family=" + family, "X-Request-ID", requestId)
                        .statusCode())
                .isEqualTo(200);
        assertThat(AuditLog.students(audit.eventOf(requestId))).containsExactlyInAnyOrder(mine, theirs);

        List<AuditEvent> seen = AuditLog.searchAs(school.http(), "request-id=" + requestId);

        assertThat(seen).singleElement().satisfies(masked -> {
            assertThat(AuditLog.students(masked)).containsExactly(mine);
            assertThat(AuditLog.records(masked))
                    .extracting(e -> AuditEventFactory.versionless(e.getWhat().getReference()))
                    .containsExactly(mine);
            assertThat(AuditLog.describe(masked)).doesNotContain(theirs + "\"").doesNotContain(family);
            assertThat(masked.getMeta().getSecurity())
                    .anySatisfy(label -> assertThat(label.getCode()).isEqualTo("REDACTED"));
        });
    }

    @Test
    void auditEventSearch_pagesWithOffset() {
        String student = createStudent(school, "Paged");
        for (int i = 0; i < 3; i++) {
            assertThat(school.http().get("/fhir/" + student).statusCode()).isEqualTo(200);
        }
        String last = newRequestId();
        school.http().get("/fhir/" + student, "X-Request-ID", last);
        audit.eventOf(last);

        HttpResponse<String> first = auditor.http().get("/fhir/AuditEvent?patient=" + student + "&_count=2");
        Bundle page = FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, first.body());

        assertThat(page.getEntry()).hasSize(2);
        assertThat(page.getLink("next").getUrl()).contains("_offset=2");
        Bundle next = FhirClients.FHIR
                .newJsonParser()
                .parseResource(
                        Bundle.class,
                        auditor.http()
                                .get(relative(page.getLink("next").getUrl()))
                                .body());
        assertThat(next.getEntry()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(next.getEntry().get(0).getResource().getIdElement().getIdPart())
                .isNotEqualTo(
                        page.getEntry().get(0).getResource().getIdElement().getIdPart());
    }

    @Test
    void capabilityStatement_describesTheAuditEndpointAsItIs() {
        org.hl7.fhir.r4.model.CapabilityStatement metadata = FhirClients.FHIR
                .newJsonParser()
                .parseResource(
                        org.hl7.fhir.r4.model.CapabilityStatement.class,
                        new RawHttp(port).get("/fhir/metadata").body());

        var auditEvent = metadata.getRestFirstRep().getResource().stream()
                .filter(r -> r.getType().equals("AuditEvent"))
                .findFirst()
                .orElseThrow();
        assertThat(auditEvent.getInteraction())
                .extracting(i -> i.getCode().toCode())
                .containsExactlyInAnyOrder("read", "vread", "search-type");
        assertThat(auditEvent.getSearchParam())
                .extracting(p -> p.getName())
                .contains("patient", "date", "agent", "request-id")
                .doesNotContain("entity");
        assertThat(auditEvent.getOperation()).extracting(o -> o.getName()).contains("verify-chain");
        var patient = metadata.getRestFirstRep().getResource().stream()
                .filter(r -> r.getType().equals("Patient"))
                .findFirst()
                .orElseThrow();
        assertThat(patient.getOperation()).extracting(o -> o.getName()).contains("disclosures");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    AuditEvent eventOfARead() {
        String student = createStudent(school, "Integrity");
        String requestId = newRequestId();
        assertThat(school.http()
                        .get("/fhir/" + student, "X-Request-ID", requestId)
                        .statusCode())
                .isEqualTo(200);
        return audit.eventOf(requestId);
    }

    String createStudent(TestClient custodian, String family) {
        Patient student = fixtures.student(family);
        student.setManagingOrganization(new Reference(custodian.organization()));
        return DisclosureReportIT.create(custodian, student);
    }

    Parameters verifyAs(TestClient client) {
        HttpResponse<String> response = client.http().get("/fhir/AuditEvent/$verify-chain");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FhirClients.FHIR.newJsonParser().parseResource(Parameters.class, response.body());
    }

    String relative(String url) {
        return url.substring(url.indexOf("/fhir"));
    }
}
