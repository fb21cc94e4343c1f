package org.successplan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.testing.Fixtures;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.ServerIT;

/** Security headers on every kind of response, including early refusals and Jetty's own errors. */
@ServerIT
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void fhirResponsesWithPersonalData_areNotStored_norSniffed_norFramed() {
        String student = Fixtures.on(port).story().id(Fixtures.STUDENT);

        HttpResponse<String> read = RawHttp.authenticated(port).get("/fhir/" + student);

        assertThat(read.statusCode()).isEqualTo(200);
        assertSecurityHeaders(read);
        assertThat(read.headers().firstValue("Pragma")).hasValue("no-cache");
    }

    @Test
    void refusalsBeforeFhirProcessing_carryTheHeadersToo() {
        HttpResponse<String> unauthenticated = new RawHttp(port).get("/fhir/Patient");
        HttpResponse<String> tooLarge = RawHttp.authenticated(port)
                .post("/fhir/Patient", "application/fhir+json", "{\"x\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}");
        HttpResponse<String> publicMetadata = new RawHttp(port).get("/fhir/metadata");
        HttpResponse<String> admin = new RawHttp(port).get("/admin/clients");

        for (HttpResponse<String> response : List.of(unauthenticated, tooLarge, publicMetadata, admin)) {
            assertSecurityHeaders(response);
        }
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
    }

    @Test
    void jettysOwnErrors_areOperationOutcomes_withoutCachingOrSniffing() {
        HttpResponse<String> badUri = new RawHttp(port).get("/fhir/..%2F..%2Fetc%2Fpasswd");

        assertThat(badUri.statusCode()).isEqualTo(400);
        assertThat(badUri.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/fhir+json"));
        assertThat(RawHttp.outcome(badUri).getIssueFirstRep().getDiagnostics())
                .contains("refused before FHIR processing");
        assertThat(badUri.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(badUri.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theHtmlViewForBrowsers_isConfinedByAContentSecurityPolicy() {
        String student = Fixtures.on(port).story().id(Fixtures.STUDENT);

        HttpResponse<String> html = RawHttp.authenticated(port).get("/fhir/" + student, "Accept", "text/html");

        assertThat(html.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(html.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'none'")
                        .contains("frame-ancestors 'none'")
                        .contains("form-action 'none'"));
        assertSecurityHeaders(html);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Cache-Control"))
                .as("Cache-Control")
                .containsExactly("no-store");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    }
}
