package org.successplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * One organization's system, as a SMART Backend Services client: a private key (signs an ES384 or RS384
 * client assertion, posted to {@code {server}/auth/token} for a token), or a fixed bearer token. Tokens
 * are cached per client and refreshed well before they expire, so the token endpoint is not part of
 * what a scenario measures.
 */
final class SmartClient {

    private final String clientId;
    private final String organization;
    private final JWK key;
    private final String scope;
    private final String fixedToken;
    private String token;
    private Instant refreshAfter = Instant.EPOCH;
    private String tokenFor;

    private SmartClient(String clientId, String organization, JWK key, String scope, String fixedToken) {
        this.clientId = clientId;
        this.organization = organization;
        this.key = key;
        this.scope = scope;
        this.fixedToken = fixedToken;
    }

    static SmartClient withKey(String clientId, String organization, JWK key, String scope) {
        return new SmartClient(clientId, organization, key, scope, null);
    }

    static SmartClient withToken(String token, String organization) {
        return new SmartClient("token", organization, null, null, token);
    }

    /** A client file as the server's demo mode writes it (client_id, organization, scope, private key). */
    static SmartClient fromFile(JsonNode file) {
        try {
            return withKey(
                    file.path("client_id").asText(),
                    file.path("organization").asText(null),
                    JWK.parse(file.path("key").toString()),
                    file.path("scope").asText());
        } catch (ParseException e) {
            throw new IllegalArgumentException("Client file has no valid private key: " + e.getMessage(), e);
        }
    }

    static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_384)
                    .keyID(UUID.randomUUID().toString())
                    .algorithm(JWSAlgorithm.ES384)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String clientId() {
        return clientId;
    }

    String organization() {
        return organization;
    }

    JWK key() {
        return key;
    }

    String scope() {
        return scope;
    }

    /** The bearer token to send to the server whose token endpoint is {@code tokenUrl}. */
    synchronized String token(Http http, String tokenUrl) {
        if (fixedToken != null) {
            return fixedToken;
        }
        if (token != null && tokenUrl.equals(tokenFor) && Instant.now().isBefore(refreshAfter)) {
            return token;
        }
        String form = "grant_type=client_credentials"
                + "&client_assertion_type=" + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + enc(assertion(tokenUrl))
                + "&scope=" + enc(scope);
        HttpResponse<String> response = http.send(http.request(tokenUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request for " + clientId + " failed: " + Http.describe(response));
        }
        JsonNode body = Http.json(response.body());
        long lifetime = body.path("expires_in").asLong(300);
        token = body.path("access_token").asText();
        tokenFor = tokenUrl;
        refreshAfter = Instant.now().plusSeconds(Math.max(10, lifetime * 2 / 3));
        return token;
    }

    private String assertion(String tokenUrl) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(tokenUrl)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(4))))
                .jwtID(UUID.randomUUID().toString())
                .build();
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
            throw new IllegalStateException("Cannot sign a client assertion: " + e.getMessage(), e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
