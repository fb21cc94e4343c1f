package org.successplan.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.testing.Fixtures;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.TestClients;
import org.successplan.server.testing.TestClients.TestClient;

/** SMART Backend Services token endpoint over HTTP: the happy paths and every way an assertion can be wrong. */
@ServerIT
class TokenEndpointIT {

    static final String SCOPE = "system/Patient.rs";

    @LocalServerPort
    int port;

    TestClient client;

    @BeforeEach
    void setUp() {
        client = TestClients.withScopes(port, "IT School", "system/Patient.rs", "system/Task.rus");
    }

    @Test
    void es384Assertion_getsAShortLivedBearerToken_thatReadsFhir() throws Exception {
        HttpResponse<String> response = client.requestToken(SCOPE, client.assertion());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        var body = TestClients.json(response);
        assertThat(body.path("token_type").asText()).isEqualTo("bearer");
        assertThat(body.path("expires_in").asInt()).isBetween(1, 300);
        assertThat(body.path("scope").asText()).isEqualTo(SCOPE);
        SignedJWT token = SignedJWT.parse(body.path("access_token").asText());
        assertThat(token.getHeader().getKeyID()).isNotBlank();
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo(client.clientId());
        assertThat(token.getJWTClaimsSet().getStringClaim("organization")).isEqualTo(client.organization());
        assertThat(token.getJWTClaimsSet().getExpirationTime())
                .isBefore(Date.from(Instant.now().plusSeconds(301)));

        String id = TestClients.school(port)
                .fhir()
                .create()
                .resource(Fixtures.on(port).student("Token"))
                .execute()
                .getId()
                .getIdPart();
        Patient read = client.fhir(body.path("access_token").asText())
                .read()
                .resource(Patient.class)
                .withId(id)
                .execute();
        assertThat(read.getIdElement().getIdPart()).isEqualTo(id);
    }

    @Test
    void rs384Assertion_withRsaKey_getsAToken() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048)
                .keyID(UUID.randomUUID().toString())
                .algorithm(JWSAlgorithm.RS384)
                .generate();
        String clientId = registerWithJwks(rsa, null);

        HttpResponse<String> response = TestClients.requestToken(
                port,
                SCOPE,
                TestClients.sign(
                        rsa,
                        TestClients.claims(clientId, TestClients.tokenUrl(port)).build()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void jwksUrlClient_keysFetchedFromItsUrl_getsAToken() throws Exception {
        RSAKey rsa =
                new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        HttpServer jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jwks = new JWKSet(rsa.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwksServer.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        jwksServer.start();
        try {
            String url = "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks.json";
            String clientId = registerWithJwks(null, url);

            HttpResponse<String> response = TestClients.requestToken(
                    port,
                    SCOPE,
                    TestClients.sign(
                            rsa,
                            TestClients.claims(clientId, TestClients.tokenUrl(port))
                                    .build()));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } finally {
            jwksServer.stop(0);
        }
    }

    @Test
    void badSignature_isInvalidClient() {
        var otherKey = TestClients.newKey();
        String forged = TestClients.sign(
                new com.nimbusds.jose.jwk.ECKey.Builder(otherKey)
                        .keyID(client.key().getKeyID())
                        .build(),
                TestClients.claims(client.clientId(), TestClients.tokenUrl(port))
                        .build());

        assertInvalidClient(client.requestToken(SCOPE, forged));
    }

    @Test
    void wrongAudience_isInvalidClient() {
        assertInvalidClient(client.requestToken(SCOPE, client.assertion(c -> c.audience("http://localhost:" + port))));
        assertInvalidClient(
                client.requestToken(SCOPE, client.assertion(c -> c.audience("https://elsewhere.example/auth/token"))));
    }

    @Test
    void expiredAssertion_isInvalidClient() {
        Instant past = Instant.now().minusSeconds(300);
        assertInvalidClient(client.requestToken(
                SCOPE,
                client.assertion(
                        c -> c.issueTime(Date.from(past.minusSeconds(60))).expirationTime(Date.from(past)))));
    }

    @Test
    void assertionValidTooLong_isInvalidClient() {
        assertInvalidClient(client.requestToken(
                SCOPE,
                client.assertion(c -> c.expirationTime(Date.from(Instant.now().plusSeconds(3600))))));
    }

    @Test
    void missingJtiOrIssuerMismatch_isInvalidClient() {
        assertInvalidClient(client.requestToken(SCOPE, client.assertion(c -> c.jwtID(null))));
        assertInvalidClient(client.requestToken(SCOPE, client.assertion(c -> c.subject("someone-else"))));
    }

    @Test
    void replayedAssertion_isRefusedTheSecondTime() {
        String assertion = client.assertion();

        assertThat(client.requestToken(SCOPE, assertion).statusCode()).isEqualTo(200);
        assertInvalidClient(client.requestToken(SCOPE, assertion));
        String sameJti = TestClients.sign(
                client.key(),
                TestClients.claims(client.clientId(), TestClients.tokenUrl(port))
                        .jwtID(readJti(assertion))
                        .build());
        assertInvalidClient(client.requestToken(SCOPE, sameJti));
    }

    @Test
    void concurrentReplay_exactlyOneWins() throws Exception {
        String assertion = client.assertion();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> statuses = pool.invokeAll(java.util.Collections.nCopies(
                    6, () -> client.requestToken(SCOPE, assertion).statusCode()));
            List<Integer> codes = statuses.stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            assertThat(codes).filteredOn(c -> c == 200).hasSize(1);
            assertThat(codes).filteredOn(c -> c == 401).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownClient_isInvalidClient() {
        var key = TestClients.newKey();
        String assertion = TestClients.sign(
                key,
                TestClients.claims("no-such-client", TestClients.tokenUrl(port)).build());

        assertInvalidClient(TestClients.requestToken(port, SCOPE, assertion));
    }

    @Test
    void disabledClient_getsNoToken_andItsTokensStopWorking() {
        TestClient victim = TestClients.register(port, "it-disabled", "Token Test Agency", SCOPE);
        String token = victim.token();
        assertThat(victim.http().get("/fhir/Patient?_count=1").statusCode()).isEqualTo(200);

        HttpResponse<String> disabled = TestClients.admin(port)
                .post("/admin/clients/" + victim.clientId() + "/disable", "application/json", "");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

        assertInvalidClient(victim.requestToken(SCOPE, victim.assertion()));
        HttpResponse<String> withOldToken = new org.successplan.server.testing.RawHttp(port)
                .get("/fhir/Patient?_count=1", "Authorization", "Bearer " + token);
        assertThat(withOldToken.statusCode()).isEqualTo(401);
        assertThat(withOldToken.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));

        TestClients.admin(port).post("/admin/clients/" + victim.clientId() + "/enable", "application/json", "");
        assertThat(victim.requestToken(SCOPE, victim.assertion()).statusCode()).isEqualTo(200);
    }

    @Test
    void scopeNotAllowedForTheClient_isInvalidScope() {
        for (String scope : List.of(
                "system/Task.d",
                "system/*.rs",
                "system/Observation.r",
                "user/Patient.rs",
                "openid",
                "system/Patient.rs?name=x")) {
            HttpResponse<String> response = client.requestToken(scope, client.assertion());

            assertThat(response.statusCode()).as(scope + ": " + response.body()).isEqualTo(400);
            assertThat(TestClients.json(response).path("error").asText()).isEqualTo("invalid_scope");
        }
    }

    @Test
    void narrowerScopesThanRegistered_areGranted_includingV1() {
        assertThat(client.requestToken("system/Patient.r", client.assertion()).statusCode())
                .isEqualTo(200);
        assertThat(client.requestToken("system/Patient.read system/Task.u", client.assertion())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void missingScope_orWrongGrant_orNoAssertion_areRefused() {
        HttpResponse<String> noScope = client.requestToken(null, client.assertion());
        assertThat(noScope.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(noScope).path("error").asText()).isEqualTo("invalid_scope");

        HttpResponse<String> wrongGrant = new org.successplan.server.testing.RawHttp(port)
                .post("/auth/token", "application/x-www-form-urlencoded", "grant_type=password&username=a&password=b");
        assertThat(wrongGrant.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(wrongGrant).path("error").asText()).isEqualTo("unsupported_grant_type");

        HttpResponse<String> noAssertion = new org.successplan.server.testing.RawHttp(port)
                .post(
                        "/auth/token",
                        "application/x-www-form-urlencoded",
                        "grant_type=client_credentials&scope=" + SCOPE);
        assertThat(noAssertion.statusCode()).isEqualTo(400);
        assertThat(TestClients.json(noAssertion).path("error").asText()).isEqualTo("invalid_request");

        assertInvalidClient(client.requestToken(SCOPE, "not-a-jwt"));
    }

    private void assertInvalidClient(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(TestClients.json(response).path("error").asText()).isEqualTo("invalid_client");
        assertThat(response.body()).doesNotContain("unknown").doesNotContain("disabled");
    }

    private String registerWithJwks(RSAKey key, String jwksUrl) {
        String clientId = "it-jwks-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "clientId", clientId,
                "organization", TestClients.organization(port, "Token Test Agency"),
                "scopes", List.of(SCOPE)));
        if (key != null) {
            body.put("jwks", new JWKSet(key.toPublicJWK()).toJSONObject(true));
        } else {
            body.put("jwksUrl", jwksUrl);
        }
        HttpResponse<String> response =
                TestClients.admin(port).post("/admin/clients", "application/json", TestClients.toJson(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return clientId;
    }

    private static String readJti(String assertion) {
        try {
            return SignedJWT.parse(assertion).getJWTClaimsSet().getJWTID();
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
