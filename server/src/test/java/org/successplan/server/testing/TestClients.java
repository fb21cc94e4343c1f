package org.successplan.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Real clients for integration tests: registered through the real admin API with generated keys, and
 * tokens from the real token endpoint with signed assertions. Registrations and tokens are cached per
 * server (port), so a test class pays for them once.
 */
public final class TestClients {

    /** The operator credential of the test profile (application-test.yaml; test-only secret). */
    public static final String ADMIN_USER = "admin";

    public static final String ADMIN_PASSWORD = "test-admin-secret";
    public static final String FULL_ACCESS = "system/*.cruds";
    public static final String ORG_SYSTEM = "http://successplan.org/fhir/test/organization";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, TestClient> CLIENTS = new ConcurrentHashMap<>();
    private static final Map<String, String> ORGANIZATIONS = new ConcurrentHashMap<>();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private TestClients() {}

    /**
     * A client registered with its private key.
     *
     * @param allowedScopes the scopes it is registered for; {@link #token()} asks for all of them
     */
    public record TestClient(int port, String clientId, String organization, JWK key, List<String> allowedScopes) {

        private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();

        private record Cached(String token, Instant refreshAfter) {}

        /** A token for all allowed scopes, reused until shortly before it expires. */
        public String token() {
            return token(String.join(" ", allowedScopes));
        }

        public String token(String scope) {
            String key = port + "|" + clientId + "|" + scope;
            Cached cached = TOKENS.get(key);
            if (cached != null && Instant.now().isBefore(cached.refreshAfter())) {
                return cached.token();
            }
            HttpResponse<String> response = requestToken(scope, assertion());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            String token = json(response).path("access_token").asText();
            TOKENS.put(key, new Cached(token, Instant.now().plusSeconds(180)));
            return token;
        }

        /** A fresh, correct client assertion. */
        public String assertion() {
            return assertion(b -> b);
        }

        /** A client assertion with claims changed by {@code change}, signed by this client's key. */
        public String assertion(UnaryOperator<JWTClaimsSet.Builder> change) {
            return sign(key, change.apply(claims(clientId, tokenUrl(port))).build());
        }

        /** POSTs to the token endpoint. */
        public HttpResponse<String> requestToken(String scope, String assertion) {
            return TestClients.requestToken(port, scope, assertion);
        }

        public IGenericClient fhir() {
            return fhir(token());
        }

        public IGenericClient fhir(String token) {
            IGenericClient client = FhirClients.FHIR.newRestfulGenericClient(FhirClients.baseUrl(port));
            client.registerInterceptor(new BearerTokenAuthInterceptor(token));
            return client;
        }

        /** Raw HTTP with this client's token. */
        public RawHttp http() {
            return new RawHttp(port).withHeaders("Authorization", "Bearer " + token());
        }
    }

    /** The shared school client with full access ({@code system/*.cruds}). */
    public static TestClient school(int port) {
        return CLIENTS.computeIfAbsent(port + "|school", k -> register(port, "it-school", "IT School", FULL_ACCESS));
    }

    /** An operator client ({@code admin: true}, full access) per server, registered through the admin API. */
    public static TestClient operator(int port) {
        return CLIENTS.computeIfAbsent(port + "|operator", k -> {
            ECKey key = newKey();
            String organization = organization(port, "IT Operator");
            String clientId =
                    "it-operator-" + RUN + "-" + UUID.randomUUID().toString().substring(0, 6);
            HttpResponse<String> response = admin(port)
                    .post(
                            "/admin/clients",
                            "application/json",
                            toJson(Map.of(
                                    "clientId",
                                    clientId,
                                    "organization",
                                    organization,
                                    "scopes",
                                    List.of(FULL_ACCESS),
                                    "admin",
                                    true,
                                    "jwks",
                                    new JWKSet(key.toPublicJWK()).toJSONObject(true))));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return new TestClient(port, clientId, organization, key, List.of(FULL_ACCESS));
        });
    }

    /**
     * A client with exactly these allowed scopes, acting for a test organization named {@code orgName};
     * cached by name and scopes.
     */
    public static TestClient withScopes(int port, String orgName, String... scopes) {
        return CLIENTS.computeIfAbsent(
                port + "|" + orgName + "|" + String.join(" ", scopes),
                k -> register(port, "it-" + slug(orgName), orgName, scopes));
    }

    /** Registers a new client (unique id) for a test organization, with a new EC P-384 key. */
    public static TestClient register(int port, String idPrefix, String orgName, String... scopes) {
        String organization = organization(port, orgName);
        ECKey key = newKey();
        String clientId =
                idPrefix + "-" + RUN + "-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> response = admin(port)
                .post(
                        "/admin/clients",
                        "application/json",
                        toJson(Map.of(
                                "clientId",
                                clientId,
                                "organization",
                                organization,
                                "scopes",
                                List.of(scopes),
                                "jwks",
                                new JWKSet(key.toPublicJWK()).toJSONObject(true))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new TestClient(port, clientId, organization, key, List.of(scopes));
    }

    /**
     * The FHIR Organization for a test organization name, created once through the admin API. Its type
     * follows the name: "... Agency" or "... Food Bank" is a community agency, "... Clinic" a clinic,
     * anything else a school.
     */
    public static String organization(int port, String name) {
        return ORGANIZATIONS.computeIfAbsent(port + "|" + name, k -> {
            HttpResponse<String> response = admin(port)
                    .post(
                            "/admin/organizations",
                            "application/json",
                            toJson(Map.of(
                                    "name",
                                    name,
                                    "type",
                                    organizationType(name),
                                    "identifier",
                                    Map.of("system", ORG_SYSTEM, "value", slug(name)))));
            assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
            return json(response).path("organization").asText();
        });
    }

    private static String organizationType(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("agency") || lower.contains("food bank")) {
            return "community-agency";
        }
        return lower.contains("clinic") ? "clinic" : "school";
    }

    /** Raw HTTP with the operator's HTTP Basic credential. */
    public static RawHttp admin(int port) {
        String basic = Base64.getEncoder()
                .encodeToString((ADMIN_USER + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return new RawHttp(port).withHeaders("Authorization", "Basic " + basic);
    }

    public static String tokenUrl(int port) {
        return "http://localhost:" + port + "/auth/token";
    }

    public static HttpResponse<String> requestToken(int port, String scope, String assertion) {
        StringBuilder form = new StringBuilder("grant_type=client_credentials")
                .append("&client_assertion_type=")
                .append(enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
                .append("&client_assertion=")
                .append(enc(assertion));
        if (scope != null) {
            form.append("&scope=").append(enc(scope));
        }
        return new RawHttp(port).post("/auth/token", "application/x-www-form-urlencoded", form.toString());
    }

    /** The claims SMART Backend Services asks for: iss = sub = client, aud = token URL, exp +4 min, new jti. */
    public static JWTClaimsSet.Builder claims(String clientId, String audience) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(4))))
                .jwtID(UUID.randomUUID().toString());
    }

    public static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_384)
                    .keyID(UUID.randomUUID().toString())
                    .algorithm(JWSAlgorithm.ES384)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs with RS384 for RSA keys, ES384 for EC keys. */
    public static String sign(JWK key, JWTClaimsSet claims) {
        try {
            boolean rsa = key instanceof RSAKey;
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(rsa ? JWSAlgorithm.RS384 : JWSAlgorithm.ES384)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(rsa ? new RSASSASigner((RSAKey) key) : new ECDSASigner((ECKey) key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not JSON: " + response.body(), e);
        }
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
