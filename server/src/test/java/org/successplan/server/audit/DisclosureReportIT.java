package org.successplan.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.successplan.server.audit.AuditLog.FHIR_JSON;
import static org.successplan.server.audit.AuditLog.newRequestId;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
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
 * {@code Patient/{id}/$disclosures}: exactly the cross-organization disclosures made, with recipient,
 * what, purpose and basis; as FHIR and as CSV; only for the custodian and auditors.
 *
 * <p>The agency reads under a SharingConsent made for the test, so the scenario means the same whether
 * or not the consent feature enforces it; the basis is then {@code CONSENT} (consent enforced) or
 * {@code UNRECORDED} (not yet).
 */
@ServerIT
class DisclosureReportIT {

    @LocalServerPort
    int port;

    Fixtures fixtures;
    AuditLog audit;
    TestClient school;
    TestClient foodBank;
    TestClient otherAgency;
    TestClient auditor;

    @BeforeEach
    void setUp() {
        fixtures = Fixtures.on(port);
        audit = new AuditLog(port);
        school = TestClients.withScopes(port, "Disclosure School", TestClients.FULL_ACCESS);
        foodBank = TestClients.withScopes(
                port,
                "Disclosure Food Bank",
                "system/Patient.rs",
                "system/Condition.rs",
                "system/CarePlan.r",
                "ssp/emergency-access");
        otherAgency = TestClients.withScopes(port, "Disclosure Other Agency", "system/*.rs");
        auditor = TestClients.withScopes(port, "Disclosure Audit Office", "system/AuditEvent.rs");
    }

    @Test
    void report_listsExactlyTheCrossOrganizationDisclosures() {
        Scenario s = scenario();

        HttpResponse<String> response = school.http().get("/fhir/" + s.student + "/$disclosures");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Parameters report = FhirClients.FHIR.newJsonParser().parseResource(Parameters.class, response.body());
        assertThat(((Reference) report.getParameter("student").getValue()).getReference())
                .isEqualTo(s.student);
        List<ParametersParameterComponent> lines = disclosures(report);
        assertThat(lines).hasSize(3);
        assertThat(lines).allSatisfy(line -> {
            assertThat(reference(line, "recipient")).isEqualTo(foodBank.organization());
            assertThat(((Reference) part(line, "recipient")).getDisplay()).isEqualTo("Disclosure Food Bank");
            assertThat(part(line, "client").primitiveValue()).isEqualTo(foodBank.clientId());
        });

        ParametersParameterComponent patientRead = lines.get(0);
        assertThat(codes(patientRead, "resourceType")).containsExactly("Patient");
        assertThat(part(patientRead, "purpose").primitiveValue()).isEqualTo("referral-fulfillment");
        assertThat(codes(patientRead, "basis")).isSubsetOf("CONSENT", DisclosureReport.UNRECORDED);
        assertThat(part(patientRead, "emergency").primitiveValue()).isEqualTo("false");

        ParametersParameterComponent needSearch = lines.get(1);
        assertThat(codes(needSearch, "resourceType")).containsExactly("Condition");
        assertThat(needSearch.getPart().stream()
                        .filter(p -> p.getName().equals("needDomain"))
                        .map(p -> ((Coding) p.getValue()).getCode()))
                .containsExactly("food");
        assertThat(references(needSearch, "resource")).containsExactly(s.foodNeed);

        ParametersParameterComponent emergency = lines.get(2);
        assertThat(codes(emergency, "resourceType")).containsExactly("Condition");
        assertThat(references(emergency, "resource")).containsExactly(s.readingNeed);
        assertThat(codes(emergency, "basis")).containsExactly("EMERGENCY");
        assertThat(part(emergency, "purpose").primitiveValue()).isEqualTo("BTG");
        assertThat(part(emergency, "emergencyReason").primitiveValue()).contains("Student collapsed at practice");
        assertThat(references(emergency, "auditEvent"))
                .containsExactly("AuditEvent/"
                        + audit.eventOf(s.emergencyRequest).getIdElement().getIdPart());
    }

    @Test
    void report_asCsv_forAFamily() {
        Scenario s = scenario();

        HttpResponse<String> byFormat = school.http().get("/fhir/" + s.student + "/$disclosures?_format=csv");
        HttpResponse<String> byAccept = school.http().get("/fhir/" + s.student + "/$disclosures", "Accept", "text/csv");

        for (HttpResponse<String> response : List.of(byFormat, byAccept)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(
                            v -> assertThat(v).contains("attachment").contains(".csv"));
            List<String> rows = Arrays.asList(response.body().split("\r\n"));
            assertThat(rows.get(0)).isEqualTo(String.join(",", DisclosureReport.CSV_COLUMNS));
            assertThat(rows).hasSize(4);
            assertThat(rows.subList(1, 4))
                    .allSatisfy(row ->
                            assertThat(row).contains(foodBank.organization()).contains("Disclosure Food Bank"));
            assertThat(rows.get(2)).contains(",food,");
            assertThat(rows.get(3)).contains("EMERGENCY").contains("Student collapsed at practice");
        }
    }

    @Test
    void report_respectsSinceAndUntil() {
        Scenario s = scenario();
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();

        assertThat(disclosures(report(school.http(), s.student, "?_since=" + tomorrow)))
                .isEmpty();
        assertThat(disclosures(report(school.http(), s.student, "?_until=2000-01-01")))
                .isEmpty();
        assertThat(disclosures(report(school.http(), s.student, "?_since=" + today + "&_until=" + today)))
                .hasSize(3);
        Parameters bounded = report(school.http(), s.student, "?_since=2000-01-01T00:00:00Z");
        assertThat(((DateTimeType) bounded.getParameter("since").getValue()).getValueAsString())
                .startsWith("2000-01-01");
    }

    @Test
    void report_isForTheCustodianAndAuditorsOnly() {
        Scenario s = scenario();

        for (TestClient stranger : List.of(foodBank, otherAgency)) {
            HttpResponse<String> refused = stranger.http().get("/fhir/" + s.student + "/$disclosures");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(code(refused)).isEqualTo(ErrorCode.AUDIT_ACCESS_DENIED.code());
        }
        HttpResponse<String> unknown = otherAgency.http().get("/fhir/Patient/no-such-student/$disclosures");
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(code(unknown)).isEqualTo(ErrorCode.AUDIT_ACCESS_DENIED.code());

        assertThat(disclosures(report(auditor.http(), s.student, ""))).hasSize(3);
        assertThat(disclosures(report(TestClients.operator(port).http(), s.student, "")))
                .hasSize(3);
        assertThat(auditor.http()
                        .get("/fhir/Patient/no-such-student/$disclosures")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void report_rejectsMalformedBounds() {
        Scenario s = scenario();

        for (String query :
                List.of("?_since=yesterday", "?_until=2026-13-45", "?_since=2026-02-01&_until=2026-01-01")) {
            HttpResponse<String> response = school.http().get("/fhir/" + s.student + "/$disclosures" + query);
            assertThat(response.statusCode()).as(query + " " + response.body()).isEqualTo(400);
            assertThat(code(response)).as(query).isEqualTo(ErrorCode.AUDIT_INVALID_PARAMETER.code());
        }
    }

    // ---- the scenario --------------------------------------------------------------------------

    /** A student of the school, two needs, a consent for the food bank, and a mix of accesses. */
    record Scenario(String student, String foodNeed, String readingNeed, String emergencyRequest) {}

    Scenario scenario() {
        Patient patient = fixtures.student("Disclosed");
        patient.setManagingOrganization(new Reference(school.organization()));
        String student = create(school, patient);
        String foodNeed = create(school, need("Condition/ssp-ex-maya-need-food", student));
        String readingNeed = create(school, need("Condition/ssp-ex-maya-need-reading", student));
        create(school, consentFor(student));

        // Not disclosures: the custodian's own reads, a refused read, the audit log.
        ok(school.http().get("/fhir/" + student));
        ok(school.http().get("/fhir/Condition?subject=" + student));
        assertThat(foodBank.http().get("/fhir/CarePlan?subject=" + student).statusCode())
                .isEqualTo(403);
        ok(auditor.http().get("/fhir/AuditEvent?patient=" + student));

        // Disclosures to the food bank: the student, the food need, and the reading need in an emergency.
        RawHttp bank = foodBank.http().withHeaders("X-Purpose-Of-Use", "referral-fulfillment");
        ok(bank.get("/fhir/" + student));
        ok(bank.get("/fhir/Condition?subject=" + student + "&category=food"));
        String emergency = newRequestId();
        ok(foodBank.http()
                .get(
                        "/fhir/" + readingNeed,
                        "X-Purpose-Of-Use",
                        "BTG",
                        "X-Emergency-Reason",
                        "Student collapsed at practice; checking known needs",
                        "X-Request-ID",
                        emergency));
        audit.eventOf(emergency); // written in order: the report now has everything
        return new Scenario(student, foodNeed, readingNeed, emergency);
    }

    Condition need(String example, String student) {
        Condition need = fixtures.story().copyOf(example, Condition.class);
        need.setSubject(new Reference(student));
        need.setAsserter(null);
        need.getEvidence().clear();
        return need;
    }

    Consent consentFor(String student) {
        Consent consent = fixtures.story().copyOf("Consent/ssp-ex-maya-consent-foodbank", Consent.class);
        consent.setPatient(new Reference(student));
        consent.getOrganization().clear();
        consent.addOrganization(new Reference(school.organization()));
        consent.getPerformer().clear();
        consent.addPerformer(new Reference(student));
        consent.getVerification().clear();
        Consent.ProvisionComponent grant = consent.getProvision().getProvisionFirstRep();
        grant.getActorFirstRep().setReference(new Reference(foodBank.organization()));
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        grant.setPeriod(new Period()
                .setStartElement(new DateTimeType(today.minusDays(7).toString()))
                .setEndElement(new DateTimeType(today.plusDays(30).toString())));
        return consent;
    }

    static String create(TestClient client, org.hl7.fhir.r4.model.Resource resource) {
        HttpResponse<String> created = client.http()
                .post(
                        "/fhir/" + resource.fhirType(),
                        FHIR_JSON,
                        FhirClients.FHIR.newJsonParser().encodeResourceToString(resource));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return AuditTrailIT.idOf(created);
    }

    static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as(response.uri() + " " + response.body())
                .isEqualTo(200);
    }

    static Parameters report(RawHttp http, String student, String query) {
        HttpResponse<String> response = http.get("/fhir/" + student + "/$disclosures" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FhirClients.FHIR.newJsonParser().parseResource(Parameters.class, response.body());
    }

    static List<ParametersParameterComponent> disclosures(Parameters report) {
        return report.getParameter().stream()
                .filter(p -> p.getName().equals("disclosure"))
                .toList();
    }

    static org.hl7.fhir.r4.model.Type part(ParametersParameterComponent line, String name) {
        return line.getPart().stream()
                .filter(p -> p.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no part " + name))
                .getValue();
    }

    static String reference(ParametersParameterComponent line, String name) {
        return ((Reference) part(line, name)).getReference();
    }

    static List<String> references(ParametersParameterComponent line, String name) {
        return line.getPart().stream()
                .filter(p -> p.getName().equals(name))
                .map(p -> ((Reference) p.getValue()).getReference())
                .toList();
    }

    static List<String> codes(ParametersParameterComponent line, String name) {
        return line.getPart().stream()
                .filter(p -> p.getName().equals(name))
                .map(p -> ((CodeType) p.getValue()).getCode())
                .toList();
    }

    static String code(HttpResponse<String> response) {
        OperationOutcome outcome = RawHttp.outcome(response);
        return outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode();
    }
}
