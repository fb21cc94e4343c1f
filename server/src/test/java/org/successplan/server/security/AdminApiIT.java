package org.successplan.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.TestClients;

/** The operator API: only the operator credential opens it; registrations are checked; keys rotate safely. */
@ServerIT
class AdminApiIT {

    static final String JSON = "application/json";

    @LocalServerPort
    int port;

    RawHttp admin;
    String organization;

    @BeforeEach
    void setUp() {
        admin = TestClients.admin(port);
        organization = TestClients.organization(port, "Admin Test Agency");
    }

    @Test
    void adminApi_refusesAnyoneButTheOperator() {
        String wrongPassword = java.util.Base64.getEncoder().encodeToString("admin:guess".getBytes());
        List<HttpResponse<String>> refused = List.of(
                new RawHttp(port).get("/admin/clients"),
                new RawHttp(port).get("/admin/clients", "Authorization", "Basic " + wrongPassword),
                new RawHttp(port)
                        .get(
                                "/admin/clients",
                                "Authorization",
                                "Bearer " + TestClients.school(port).token()),
                TestClients.operator(port).http().get("/admin/clients"),
                new RawHttp(port).post("/admin/clients", JSON, "{}"),
                new RawHttp(port).post("/admin/signing-keys/rotate", JSON, ""));

        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        }
    }

    @Test
    void client_registeredListedUpdatedDisabledEnabled() {
        String clientId = "it-admin-" + UUID.randomUUID().toString().substring(0, 8);
        var key = TestClients.newKey();
        Map<String, Object> registration = new HashMap<>(Map.of(
                "clientId",
                clientId,
                "organization",
                organization,
                "scopes",
                List.of("system/Patient.rs"),
                "jwks",
                new JWKSet(key.toPublicJWK()).toJSONObject(true),
                "description",
                "test agency"));

        HttpResponse<String> created = admin.post("/admin/clients", JSON, TestClients.toJson(registration));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/admin/clients/" + clientId);
        JsonNode body = TestClients.json(created);
        assertThat(body.path("enabled").asBoolean()).isTrue();
        assertThat(body.path("admin").asBoolean()).isFalse();
        assertThat(body.path("jwks").path("keys").get(0).has("d")).isFalse();

        assertThat(admin.get("/admin/clients").body()).contains(clientId);
        assertThat(admin.get("/admin/clients/" + clientId).statusCode()).isEqualTo(200);

        registration.put("scopes", List.of("system/Patient.rs", "system/Task.rus"));
        HttpResponse<String> updated = admin.put("/admin/clients/" + clientId, JSON, TestClients.toJson(registration));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(TestClients.json(updated).path("scopes").toString()).contains("system/Task.rus");

        assertThat(TestClients.json(admin.post("/admin/clients/" + clientId + "/disable", JSON, ""))
                        .path("enabled")
                        .asBoolean())
                .isFalse();
        assertThat(TestClients.json(admin.post("/admin/clients/" + clientId + "/enable", JSON, ""))
                        .path("enabled")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void invalidRegistrations_are400_duplicates409_unknown404() {
        var key = TestClients.newKey();
        Map<String, Object> publicJwks = new JWKSet(key.toPublicJWK()).toJSONObject(true);
        Map<String, Object> privateJwks = new JWKSet(key).toJSONObject(false);

        assertProblem(
                register("it-bad-1", organization, List.of("system/Patient.rs"), privateJwks), 400, "private key");
        assertProblem(
                register("it-bad-2", "Organization/does-not-exist", List.of("system/Patient.rs"), publicJwks),
                400,
                "No Organization");
        assertProblem(
                register("it-bad-3", "Patient/1", List.of("system/Patient.rs"), publicJwks), 400, "Organization/123");
        assertProblem(
                register("it-bad-4", organization, List.of("system/Patient.sr"), publicJwks), 400, "system/Patient.sr");
        assertProblem(
                register("it-bad-5", organization, List.of("user/Patient.rs"), publicJwks), 400, "user/Patient.rs");
        assertProblem(register("it-bad-6", organization, List.of(), publicJwks), 400, "scope");
        assertProblem(register("x", organization, List.of("system/Patient.rs"), publicJwks), 400, "clientId");
        assertProblem(register("it-bad-7", organization, List.of("system/Patient.rs"), null), 400, "jwks");
        assertProblem(admin.post("/admin/clients", JSON, "{not json"), 400, "JSON");

        String id = "it-dup-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(register(id, organization, List.of("system/Patient.rs"), publicJwks)
                        .statusCode())
                .isEqualTo(201);
        assertProblem(register(id, organization, List.of("system/Patient.rs"), publicJwks), 409, "already");

        assertProblem(admin.get("/admin/clients/no-such-client"), 404, "No such client");
        assertProblem(admin.post("/admin/clients/no-such-client/disable", JSON, ""), 404, "No such client");
    }

    @Test
    void organizations_areCreatedOnce_byIdentifier() {
        String value = "org-" + UUID.randomUUID();
        String body = TestClients.toJson(Map.of(
                "name",
                "Once Agency",
                "type",
                "community-agency",
                "identifier",
                Map.of("system", TestClients.ORG_SYSTEM, "value", value)));

        HttpResponse<String> first = admin.post("/admin/organizations", JSON, body);
        HttpResponse<String> second = admin.post("/admin/organizations", JSON, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(TestClients.json(second).path("organization").asText())
                .isEqualTo(TestClients.json(first).path("organization").asText())
                .startsWith("Organization/");
    }

    @Test
    void organizations_conformToTheirProfile() {
        HttpResponse<String> school = admin.post(
                "/admin/organizations",
                JSON,
                TestClients.toJson(Map.of(
                        "name",
                        "Profiled School",
                        "type",
                        "school",
                        "identifier",
                        Map.of("system", "http://successplan.org/fhir/sid/nces-school-id", "value", ncesSchoolId()))));
        assertThat(school.statusCode()).as(school.body()).isEqualTo(201);
        Organization stored = FhirClients.client(port)
                .read()
                .resource(Organization.class)
                .withUrl(TestClients.json(school).path("organization").asText())
                .execute();
        assertThat(stored.getMeta().getProfile())
                .extracting(p -> p.getValue())
                .containsExactly("http://successplan.org/fhir/StructureDefinition/ssp-school");

        assertProblem(
                admin.post(
                        "/admin/organizations",
                        JSON,
                        TestClients.toJson(Map.of(
                                "name",
                                "Bad NCES School",
                                "type",
                                "school",
                                "identifier",
                                Map.of("system", "http://successplan.org/fhir/sid/nces-school-id", "value", "12")))),
                422,
                "ssp-nces-school-id-format");
        assertProblem(
                admin.post(
                        "/admin/organizations",
                        JSON,
                        TestClients.toJson(Map.of(
                                "name",
                                "No Type",
                                "identifier",
                                Map.of("system", TestClients.ORG_SYSTEM, "value", "x")))),
                400,
                "type is required");
        assertProblem(
                admin.post(
                        "/admin/organizations",
                        JSON,
                        TestClients.toJson(Map.of(
                                "name",
                                "Odd Type",
                                "type",
                                "bakery",
                                "identifier",
                                Map.of("system", TestClients.ORG_SYSTEM, "value", "y")))),
                400,
                "Unknown organization type");
    }

    private static String ncesSchoolId() {
        return String.valueOf(100_000_000_000L
                + java.util.concurrent.ThreadLocalRandom.current().nextLong(800_000_000_000L));
    }

    @Test
    void signingKeyRotation_keepsEarlierTokensValid_andPublishesBothKeys() throws Exception {
        var client = TestClients.register(port, "it-rotation", "Admin Test Agency", "system/Patient.rs");
        String before = client.token();
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

        HttpResponse<String> rotated = admin.post("/admin/signing-keys/rotate", JSON, "");
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(201);
        String newKid = TestClients.json(rotated).path("kid").asText();

        HttpResponse<String> after = client.requestToken("system/Patient.rs", client.assertion());
        String afterToken = TestClients.json(after).path("access_token").asText();
        assertThat(SignedJWT.parse(afterToken).getHeader().getKeyID())
                .isEqualTo(newKid)
                .isNotEqualTo(oldKid);
        assertThat(new RawHttp(port)
                        .get("/fhir/Patient?_count=1", "Authorization", "Bearer " + before)
                        .statusCode())
                .isEqualTo(200);
        assertThat(new RawHttp(port)
                        .get("/fhir/Patient?_count=1", "Authorization", "Bearer " + afterToken)
                        .statusCode())
                .isEqualTo(200);

        JWKSet published = JWKSet.parse(new RawHttp(port).get("/auth/jwks").body());
        assertThat(published.getKeys()).extracting(k -> k.getKeyID()).contains(oldKid, newKid);
        assertThat(published.getKeys())
                .allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
        assertThat(admin.get("/admin/signing-keys").body()).contains(oldKid, newKid);
    }

    private HttpResponse<String> register(
            String clientId, String organization, List<String> scopes, Map<String, Object> jwks) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", clientId);
        body.put("organization", organization);
        body.put("scopes", scopes);
        if (jwks != null) {
            body.put("jwks", jwks);
        }
        return admin.post("/admin/clients", JSON, TestClients.toJson(body));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String fragment) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(TestClients.json(response).path("detail").asText()).contains(fragment);
    }
}
