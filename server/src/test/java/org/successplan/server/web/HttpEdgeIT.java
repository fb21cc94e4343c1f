package org.successplan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.jetty.JettyWebServer;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.TestClients;

/** What every HTTP request gets before FHIR processing: request ids, closed CORS, open health, metrics for the operator. */
@ServerIT
class HttpEdgeIT {

    @LocalServerPort
    int port;

    RawHttp http;

    @BeforeEach
    void setUp() {
        http = new RawHttp(port);
    }

    @Autowired
    WebServerApplicationContext context;

    @Test
    void gracefulShutdown_keepsInFlightConnectionsForTheWholeShutdownPhase() {
        // Jetty's default (1 s) cut responses of requests silent for longer when a shutdown began.
        Server jetty = ((JettyWebServer) context.getWebServer()).getServer();

        assertThat(jetty.getConnectors())
                .isNotEmpty()
                .allSatisfy(connector -> assertThat(((AbstractConnector) connector).getShutdownIdleTimeout())
                        .isEqualTo(Duration.ofSeconds(20).toMillis()));
    }

    @Test
    void requestId_fromCaller_isEchoedOnce() {
        HttpResponse<String> response = http.get("/fhir/metadata", "X-Request-ID", "trace-42.abc");

        assertThat(response.headers().allValues("X-Request-ID")).containsExactly("trace-42.abc");
    }

    @Test
    void requestId_missingOrUnsafe_isReplacedByAGeneratedOne() {
        HttpResponse<String> missing = http.get("/fhir/metadata");
        HttpResponse<String> unsafe = http.get("/fhir/metadata", "X-Request-ID", "<script>alert(1)</script>");
        HttpResponse<String> tooLong = http.get("/fhir/metadata", "X-Request-ID", "a".repeat(65));

        for (HttpResponse<String> response : java.util.List.of(missing, unsafe, tooLong)) {
            assertThat(response.headers().allValues("X-Request-ID"))
                    .singleElement()
                    .satisfies(id -> assertThat(id).matches("[0-9a-f]{24}"));
        }
    }

    @Test
    void cors_isClosedByDefault() {
        HttpResponse<String> preflight = http.send(
                "OPTIONS",
                "/fhir/Patient",
                java.net.http.HttpRequest.BodyPublishers.noBody(),
                "Origin",
                "https://unknown.example",
                "Access-Control-Request-Method",
                "GET");
        HttpResponse<String> simple = http.get("/fhir/metadata", "Origin", "https://unknown.example");

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void health_reportsLivenessAndReadinessIncludingDatabase() {
        HttpResponse<String> liveness = http.get("/actuator/health/liveness");
        HttpResponse<String> readiness = http.get("/actuator/health/readiness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"}");
    }

    @Test
    void prometheus_exposesHttpAndPoolMetrics_toTheOperatorOnly() {
        http.get("/fhir/metadata");

        HttpResponse<String> anonymous = http.get("/actuator/prometheus");
        HttpResponse<String> metrics = TestClients.admin(port).get("/actuator/prometheus");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds").contains("hikaricp_connections");
    }
}
