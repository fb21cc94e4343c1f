package org.successplan.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.Story;

/**
 * Broken requests get a 4xx with an OperationOutcome that names the problem, and nothing is stored.
 * (The full bad-input suite grows in its own data-driven test; these are the foundation's cases.)
 */
@ServerIT
class BadInputIT {

    private static final String FHIR_JSON = "application/fhir+json";

    @LocalServerPort
    int port;

    RawHttp http;
    String marker;

    @BeforeEach
    void setUp() {
        http = RawHttp.authenticated(port);
        marker = "bad-" + java.util.UUID.randomUUID();
    }

    @Test
    void malformedJson_is400_andNothingStored() {
        long before = patientCount();

        HttpResponse<String> response = http.post(
                "/fhir/Patient", FHIR_JSON, "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"" + marker + "\"}");

        assertRejected(response, 400, "Failed to parse");
        assertThat(patientCount()).isEqualTo(before);
        assertThat(patientsNamed(marker)).isZero();
    }

    @Test
    void resourceTypeNotMatchingUrl_is400() {
        long before = patientCount();

        HttpResponse<String> response = http.post(
                "/fhir/Patient",
                FHIR_JSON,
                "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"" + marker + "\"}}");

        assertRejected(response, 400, "Incorrect resource type");
        assertThat(patientCount()).isEqualTo(before);
    }

    @Test
    void unknownResourceType_is404_withOutcome() {
        HttpResponse<String> response =
                http.post("/fhir/StudentRecord", FHIR_JSON, "{\"resourceType\":\"StudentRecord\"}");

        assertRejected(response, 404, "Unknown resource type 'StudentRecord'");
    }

    @Test
    void bodyOverTheLimit_is413_withErrorCode_andNothingStored() {
        long before = patientCount();
        String hugeName = "x".repeat(3 * 1024 * 1024); // the test limit is 2MB
        String body = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"" + marker + hugeName + "\"}]}";

        HttpResponse<String> declared = http.post("/fhir/Patient", FHIR_JSON, body);
        HttpResponse<String> chunked = http.send(
                "POST",
                "/fhir/Patient",
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(body)),
                "Content-Type",
                FHIR_JSON);

        for (HttpResponse<String> response : java.util.List.of(declared, chunked)) {
            OperationOutcome outcome = assertRejected(response, 413, "larger than the limit");
            assertThat(outcome.getIssueFirstRep()
                            .getDetails()
                            .getCodingFirstRep()
                            .getCode())
                    .isEqualTo(ErrorCode.REQUEST_TOO_LARGE.code());
        }
        assertThat(patientCount()).isEqualTo(before);
    }

    @Test
    void bodyJustUnderTheLimit_isAccepted() {
        Patient student = Story.forSchool(port)
                .post(FhirClients.client(port))
                .copyOf("Patient/ssp-ex-maya-student", Patient.class);
        student.getNameFirstRep().setFamily(marker + "y".repeat(900 * 1024)); // FHIR strings stay under 1 MB
        String body = FhirClients.FHIR.newJsonParser().encodeResourceToString(student);

        HttpResponse<String> chunked = http.send(
                "POST",
                "/fhir/Patient",
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(body)),
                "Content-Type",
                FHIR_JSON);

        assertThat(chunked.statusCode()).isEqualTo(201);
    }

    @Test
    void invalidSearchParameterValue_is400() {
        HttpResponse<String> response = http.get("/fhir/Patient?birthdate=someday");

        assertRejected(response, 400, "Invalid date/time/quantity format: \"someday\"");
    }

    @Test
    void unknownSearchParameter_is400() {
        HttpResponse<String> response = http.get("/fhir/Patient?favourite-colour=blue");

        assertRejected(response, 400, "favourite-colour");
    }

    private OperationOutcome assertRejected(HttpResponse<String> response, int status, String messageFragment) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(FHIR_JSON));
        OperationOutcome outcome = RawHttp.outcome(response);
        assertThat(outcome.getIssue()).isNotEmpty();
        assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains(messageFragment);
        return outcome;
    }

    private long patientCount() {
        return FhirClients.client(port)
                .search()
                .forResource(Patient.class)
                .elementsSubset("id")
                .count(1000)
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .size();
    }

    private long patientsNamed(String family) {
        return FhirClients.client(port)
                .search()
                .forResource(Patient.class)
                .where(Patient.FAMILY.matches().value(family))
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .size();
    }
}
