package org.successplan.server.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.successplan.server.security.RequestIdentity;
import org.successplan.server.security.SmartScope;
import org.successplan.server.security.client.RegisteredClient;
import org.successplan.server.security.token.ClientAssertionVerifier.InvalidClientException;

/**
 * The OAuth 2.0 token endpoint for SMART Backend Services ({@code POST /auth/token}) and the JWKS of the
 * server's signing keys ({@code GET /auth/jwks}).
 *
 * <p>A request must be {@code grant_type=client_credentials} with a {@code jwt-bearer} client assertion
 * (checked by {@link ClientAssertionVerifier}) and a {@code scope}: SMART {@code system/} scopes, each
 * within what the client is registered for. The answer is a short-lived signed JWT access token carrying
 * the client id, its organization and the granted scopes. Errors follow RFC 6749: {@code 401
 * invalid_client} for every authentication failure (no detail, so a caller learns nothing about which
 * clients exist), {@code 400} {@code invalid_request}, {@code unsupported_grant_type} or
 * {@code invalid_scope} otherwise.
 */
@RestController
class TokenEndpoint {

    private static final Logger log = LoggerFactory.getLogger(TokenEndpoint.class);
    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    /** Claims of our access tokens. */
    static final String CLAIM_CLIENT_ID = "client_id";

    static final String CLAIM_SCOPE = "scope";
    static final String CLAIM_ORGANIZATION = "organization";
    static final String CLAIM_ADMIN = "ssp_admin";

    private final ClientAssertionVerifier verifier;
    private final SigningKeys signingKeys;
    private final TokenUrls urls;
    private final Duration lifetime;
    private final Clock clock;

    TokenEndpoint(ClientAssertionVerifier verifier, SigningKeys signingKeys, TokenUrls urls, TokenSettings settings) {
        this.verifier = verifier;
        this.signingKeys = signingKeys;
        this.urls = urls;
        this.lifetime = settings.lifetime();
        this.clock = settings.clock();
    }

    /** Token lifetime and clock, as one bean. */
    record TokenSettings(Duration lifetime, Clock clock) {}

    @PostMapping(path = TokenUrls.TOKEN_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> token(
            @RequestParam(name = "grant_type", required = false) String grantType,
            @RequestParam(name = "client_assertion_type", required = false) String assertionType,
            @RequestParam(name = "client_assertion", required = false) String assertion,
            @RequestParam(name = "scope", required = false) String scope,
            HttpServletRequest request) {
        if (!"client_credentials".equals(grantType)) {
            return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type", "grant_type must be client_credentials");
        }
        if (!JWT_BEARER.equals(assertionType) || assertion == null || assertion.isBlank()) {
            return error(
                    HttpStatus.BAD_REQUEST,
                    "invalid_request",
                    "client_assertion_type must be " + JWT_BEARER + " with a client_assertion");
        }
        RegisteredClient client;
        try {
            client = verifier.verify(assertion, urls.tokenEndpoint(request));
        } catch (InvalidClientException e) {
            log.info("Token request refused: {}", e.getMessage());
            return error(HttpStatus.UNAUTHORIZED, "invalid_client", null);
        }
        Optional<String> scopeProblem = checkScopes(scope, client);
        if (scopeProblem.isPresent()) {
            log.info("Token request of {} refused: {}", client.clientId(), scopeProblem.get());
            return error(HttpStatus.BAD_REQUEST, "invalid_scope", scopeProblem.get());
        }
        String granted = String.join(" ", scope.trim().split("\\s+"));
        String accessToken = sign(client, granted, request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", accessToken);
        body.put("token_type", "bearer");
        body.put("expires_in", lifetime.toSeconds());
        body.put("scope", granted);
        log.info("Issued a token to client {} ({}) for {}", client.clientId(), client.organization(), granted);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(body);
    }

    @GetMapping(path = TokenUrls.JWKS_PATH, produces = "application/jwk-set+json")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(signingKeys.publicKeys().toJSONObject(true));
    }

    /** Every requested scope must be a SMART system scope the client's registration covers. */
    static Optional<String> checkScopes(String scope, RegisteredClient client) {
        if (scope == null || scope.isBlank()) {
            return Optional.of("scope is required");
        }
        List<SmartScope> allowed = client.scopes().asList();
        for (String requested : Arrays.asList(scope.trim().split("\\s+"))) {
            if (RequestIdentity.EMERGENCY_ACCESS_SCOPE.equals(requested)) {
                if (!client.allowedScopes().contains(requested)) {
                    return Optional.of("scope " + requested + " is not allowed for this client");
                }
                continue;
            }
            Optional<SmartScope> parsed = SmartScope.parse(requested);
            if (parsed.isEmpty()
                    || !"system".equals(parsed.get().context())
                    || parsed.get().filter() != null) {
                return Optional.of("unsupported scope " + requested + " (SMART system/ scopes only)");
            }
            if (allowed.stream().noneMatch(a -> a.covers(parsed.get()))) {
                return Optional.of("scope " + requested + " is not allowed for this client");
            }
        }
        return Optional.empty();
    }

    private String sign(RegisteredClient client, String scope, HttpServletRequest request) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(urls.issuer(request))
                .subject(client.clientId())
                .audience(urls.fhirBase(request))
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim(CLAIM_CLIENT_ID, client.clientId())
                .claim(CLAIM_SCOPE, scope)
                .claim(CLAIM_ORGANIZATION, client.organization());
        if (client.admin()) {
            claims.claim(CLAIM_ADMIN, true);
        }
        SigningKeys.SigningKey key = signingKeys.current();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(key.alg())
                        .keyID(key.kid())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims.build());
        try {
            jwt.sign(key.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return jwt.serialize();
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        if (description != null) {
            body.put("error_description", description);
        }
        return ResponseEntity.status(status)
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
