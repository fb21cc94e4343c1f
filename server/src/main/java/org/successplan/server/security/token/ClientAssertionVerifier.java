package org.successplan.server.security.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.successplan.server.security.client.ClientRegistry;
import org.successplan.server.security.client.RegisteredClient;

/**
 * Checks a SMART Backend Services client assertion (RFC 7523 {@code private_key_jwt}): signed with RS384
 * or ES384 by one of the client's registered keys, {@code iss} = {@code sub} = a registered, enabled
 * client, {@code aud} = this server's token endpoint URL, {@code exp} present, in the future and at most
 * five minutes ahead (plus clock skew), {@code jti} present and never used before by that client. Any
 * failure is an {@link InvalidClientException}, with a reason that is logged but not sent back.
 */
class ClientAssertionVerifier {

    private static final Logger log = LoggerFactory.getLogger(ClientAssertionVerifier.class);
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);
    static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final ClientRegistry clients;
    private final JtiReplayCache replayCache;
    private final Clock clock;
    private final Map<String, JWKSource<SecurityContext>> remoteKeySets = new ConcurrentHashMap<>();

    ClientAssertionVerifier(ClientRegistry clients, JtiReplayCache replayCache, Clock clock) {
        this.clients = clients;
        this.replayCache = replayCache;
        this.clock = clock;
    }

    static final class InvalidClientException extends Exception {
        InvalidClientException(String reason) {
            super(reason);
        }
    }

    RegisteredClient verify(String assertion, String tokenEndpoint) throws InvalidClientException {
        SignedJWT jwt;
        String clientId;
        try {
            jwt = SignedJWT.parse(assertion);
            clientId = jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new InvalidClientException("client_assertion is not a signed JWT");
        }
        // The issuer is read before the signature is checked only to find the keys to check it with.
        RegisteredClient client =
                clients.find(clientId).orElseThrow(() -> new InvalidClientException("unknown client " + clientId));
        if (!client.enabled()) {
            throw new InvalidClientException("client " + clientId + " is disabled");
        }

        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(new HashSet<>(ALGORITHMS), keysOf(client)));
        DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier = new DefaultJWTClaimsVerifier<>(
                new HashSet<>(List.of(tokenEndpoint)),
                new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).build(),
                new HashSet<>(List.of("exp", "jti")),
                null);
        claimsVerifier.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
        processor.setJWTClaimsSetVerifier(claimsVerifier);
        JWTClaimsSet claims;
        try {
            claims = processor.process(jwt, null);
        } catch (BadJOSEException | com.nimbusds.jose.JOSEException e) {
            throw new InvalidClientException("assertion of " + clientId + " rejected: " + e.getMessage());
        }

        Instant expiresAt = claims.getExpirationTime().toInstant();
        if (expiresAt.isAfter(clock.instant().plus(MAX_LIFETIME).plus(CLOCK_SKEW))) {
            throw new InvalidClientException("assertion of " + clientId + " expires more than 5 minutes ahead");
        }
        if (!replayCache.firstUse(clientId, claims.getJWTID(), expiresAt)) {
            throw new InvalidClientException("assertion jti of " + clientId + " was used before");
        }
        return client;
    }

    private JWKSource<SecurityContext> keysOf(RegisteredClient client) throws InvalidClientException {
        if (client.jwks() != null && !client.jwks().isBlank()) {
            try {
                return new ImmutableJWKSet<>(JWKSet.parse(client.jwks()));
            } catch (ParseException e) {
                log.warn("Stored JWKS of client {} is unreadable", client.clientId());
                throw new InvalidClientException("unreadable JWKS");
            }
        }
        return remoteKeySets.computeIfAbsent(client.jwksUrl(), url -> {
            try {
                return JWKSourceBuilder.create(URI.create(url).toURL()).build();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        });
    }
}
