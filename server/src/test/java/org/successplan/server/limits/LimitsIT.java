package org.successplan.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
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
 * The configurable limits over HTTP: the per-client rate limit (the test profile gives client
 * {@code it-rate-limited} a bucket of 3 requests refilled every 5 s), the {@code _count} maximum, and
 * includes within the limits. Refusals of single bad requests are in the bad-input suite.
 */
@ServerIT
class LimitsIT {

    private static final String RATE_LIMITED_CLIENT = "it-rate-limited";

    @LocalServerPort
    int port;

    @Test
    void aClientOverItsRate_gets429WithRetryAfter_otherClientsDoNot_andItMayRetryAfterThatTime()
            throws InterruptedException {
        RawHttp limited = rateLimitedClient().http(); // the token request is not the client's own bucket
        RawHttp other = RawHttp.authenticated(port);

        // Burst 3, then one request per 5 s: on a slow machine a token may come back during the burst,
        // so send until refused and allow one extra success per 5 s that passed.
        long started = System.nanoTime();
        List<HttpResponse<String>> burst = new ArrayList<>();
        do {
            burst.add(limited.get("/fhir/Patient?_count=1"));
        } while (burst.get(burst.size() - 1).statusCode() == 200 && burst.size() < 12);
        long refills = java.time.Duration.ofNanos(System.nanoTime() - started).toSeconds() / 5;
        HttpResponse<String> otherMeanwhile = other.get("/fhir/Patient?_count=1");

        List<HttpResponse<String>> accepted = burst.subList(0, burst.size() - 1);
        assertThat(accepted).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(accepted.size()).isBetween(3, 3 + (int) refills);
        HttpResponse<String> refused = burst.get(burst.size() - 1);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        OperationOutcome outcome = RawHttp.outcome(refused);
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
                .isEqualTo(ErrorCode.RATE_LIMITED.code());
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("retry after 5 s");
        assertThat(otherMeanwhile.statusCode()).isEqualTo(200);

        Thread.sleep(5_100);
        assertThat(limited.get("/fhir/Patient?_count=1").statusCode()).isEqualTo(200);
    }

    @Test
    void healthProbes_areNeverRateLimited() {
        RawHttp anonymous = new RawHttp(port);
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void countAboveTheMaximum_isCappedAtMaxPageSize_withANextPage() {
        String code = "limits-" + UUID.randomUUID();
        Bundle transaction = new Bundle().setType(BundleType.TRANSACTION);
        for (int i = 0; i < 201; i++) {
            Basic basic = new Basic()
                    .setCode(new CodeableConcept()
                            .addCoding(new org.hl7.fhir.r4.model.Coding(
                                    "http://successplan.org/fhir/test/limits", code, null)));
            transaction
                    .addEntry()
                    .setResource(basic)
                    .getRequest()
                    .setMethod(HTTPVerb.POST)
                    .setUrl("Basic");
        }
        FhirClients.client(port).transaction().withBundle(transaction).execute();

        HttpResponse<String> page = RawHttp.authenticated(port)
                .get("/fhir/Basic?code=http://successplan.org/fhir/test/limits%7C" + code + "&_count=100000");

        assertThat(page.statusCode()).isEqualTo(200);
        Bundle bundle = FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, page.body());
        assertThat(bundle.getEntry()).hasSize(200); // ssp.fhir.max-page-size
        assertThat(bundle.getLink("next")).isNotNull();
    }

    @Test
    void includesWithinTheLimits_areAnswered() {
        Fixtures fixtures = Fixtures.on(port);
        String task = fixtures.story().id(Fixtures.REFERRAL_TASK);

        HttpResponse<String> response = RawHttp.authenticated(port)
                .get("/fhir/Task?_id=" + task.split("/")[1]
                        + "&_include=Task:focus&_include:iterate=ServiceRequest:subject");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Bundle bundle = FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, response.body());
        assertThat(bundle.getEntry())
                .extracting(e -> e.getResource().fhirType())
                .contains("Task", "ServiceRequest", "Patient");
    }

    /** The client the test profile limits to 3 requests per 5 s; registered (or re-keyed) under its fixed id. */
    private TestClient rateLimitedClient() {
        String organization = TestClients.organization(port, "IT Rate Limited School");
        ECKey key = TestClients.newKey();
        Map<String, Object> registration = Map.of(
                "clientId",
                RATE_LIMITED_CLIENT,
                "organization",
                organization,
                "scopes",
                List.of("system/Patient.rs"),
                "jwks",
                new JWKSet(key.toPublicJWK()).toJSONObject(true));
        RawHttp admin = TestClients.admin(port);
        HttpResponse<String> created =
                admin.post("/admin/clients", "application/json", TestClients.toJson(registration));
        if (created.statusCode() == 409) { // a database kept from an earlier run: replace its key
            created = admin.put(
                    "/admin/clients/" + RATE_LIMITED_CLIENT, "application/json", TestClients.toJson(registration));
        }
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        return new TestClient(port, RATE_LIMITED_CLIENT, organization, key, List.of("system/Patient.rs"));
    }
}
