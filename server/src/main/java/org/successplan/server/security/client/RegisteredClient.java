package org.successplan.server.security.client;

import java.time.Instant;
import java.util.List;
import org.successplan.server.security.SmartScopes;

/**
 * A registered backend-services client: it proves its identity with a JWT signed by one of its keys
 * (given inline as {@code jwks} or fetched from {@code jwksUrl}), acts for exactly one Organization, and
 * may be granted at most {@code allowedScopes}.
 *
 * @param clientId the OAuth client id ({@code iss} and {@code sub} of its assertions)
 * @param organization the Organization it acts for, {@code Organization/123}
 * @param allowedScopes the SMART scopes it may request
 * @param jwks its public keys as a JWK Set JSON document, or {@code null} when {@code jwksUrl} is used
 * @param jwksUrl where its public keys are published, or {@code null} when {@code jwks} is used
 * @param admin an operator client: its tokens may do everything
 * @param enabled disabled clients get no tokens, and their tokens stop working
 * @param description free text for operators
 */
public record RegisteredClient(
        String clientId,
        String organization,
        List<String> allowedScopes,
        String jwks,
        String jwksUrl,
        boolean admin,
        boolean enabled,
        String description,
        Instant createdAt,
        Instant updatedAt) {

    public RegisteredClient {
        allowedScopes = List.copyOf(allowedScopes);
    }

    public SmartScopes scopes() {
        return SmartScopes.parse(allowedScopes);
    }
}
