package org.successplan.server.security;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.successplan.server.security.client.ClientRegistry;
import org.successplan.server.security.client.RegisteredClient;

/**
 * Turns a verified access token into a {@link RequestIdentity}. Two flavours:
 *
 * <ul>
 *   <li>{@link #ownTokens}: tokens of this server. The client must still be registered, enabled and
 *       bound to the organization named in the token (so disabling a client revokes its tokens), and
 *       the granted scopes are cut to what the registration allows now.
 *   <li>{@link #externalTokens}: tokens of a trusted OpenID Connect issuer, whose configured claims name
 *       the client, the organization and the operator flag.
 * </ul>
 *
 * A token that fails is refused with {@code 401 invalid_token}.
 */
final class TokenIdentityConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final Function<Jwt, RequestIdentity> mapping;

    private TokenIdentityConverter(Function<Jwt, RequestIdentity> mapping) {
        this.mapping = mapping;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new IdentityAuthentication(mapping.apply(jwt), jwt);
    }

    static TokenIdentityConverter ownTokens(ClientRegistry clients) {
        return new TokenIdentityConverter(jwt -> {
            String clientId = firstNonBlank(jwt.getClaimAsString("client_id"), jwt.getSubject());
            RegisteredClient client = clients.findCached(clientId)
                    .filter(RegisteredClient::enabled)
                    .orElseThrow(() -> new InvalidBearerTokenException("The token's client is unknown or disabled"));
            String organization = jwt.getClaimAsString("organization");
            if (!client.organization().equals(organization)) {
                throw new InvalidBearerTokenException("The token's organization is no longer the client's");
            }
            SmartScopes registered = client.scopes();
            List<SmartScope> granted = scopesOf(jwt).asList().stream()
                    .filter(s -> registered.asList().stream().anyMatch(r -> r.covers(s)))
                    .toList();
            boolean admin = client.admin() && Boolean.TRUE.equals(jwt.getClaimAsBoolean("ssp_admin"));
            boolean emergency = rawScopesOf(jwt).contains(RequestIdentity.EMERGENCY_ACCESS_SCOPE)
                    && client.allowedScopes().contains(RequestIdentity.EMERGENCY_ACCESS_SCOPE);
            return new RequestIdentity(
                    clientId, organization, SmartScopes.of(granted), admin, issuerOf(jwt), emergency);
        });
    }

    static TokenIdentityConverter externalTokens(SecurityProperties.External external) {
        return new TokenIdentityConverter(jwt -> {
            String clientId = firstNonBlank(
                    jwt.getClaimAsString(external.clientIdClaim()), jwt.getClaimAsString("azp"), jwt.getSubject());
            String organization = jwt.getClaimAsString(external.organizationClaim());
            if (clientId == null || organization == null || organization.isBlank()) {
                throw new InvalidBearerTokenException(
                        "The token names no organization (claim " + external.organizationClaim() + ")");
            }
            if (!organization.startsWith("Organization/")) {
                organization = "Organization/" + organization;
            }
            SmartScopes scopes = scopesOf(jwt);
            boolean admin = Boolean.TRUE.equals(jwt.getClaimAsBoolean(external.adminClaim()));
            boolean emergency = rawScopesOf(jwt).contains(RequestIdentity.EMERGENCY_ACCESS_SCOPE);
            return new RequestIdentity(clientId, organization, scopes, admin, issuerOf(jwt), emergency);
        });
    }

    /** The scope strings of the token, as granted. */
    private static List<String> rawScopesOf(Jwt jwt) {
        for (String claim : List.of("scope", "scp")) {
            Object value = jwt.getClaim(claim);
            if (value instanceof String text) {
                return List.of(text.trim().split("\\s+"));
            }
            if (value instanceof Collection<?> list) {
                return list.stream().map(String::valueOf).toList();
            }
        }
        return List.of();
    }

    /** The {@code scope} claim (space-separated string or list), else {@code scp}. */
    private static SmartScopes scopesOf(Jwt jwt) {
        for (String claim : List.of("scope", "scp")) {
            Object value = jwt.getClaim(claim);
            if (value instanceof String text) {
                return SmartScopes.parse(text);
            }
            if (value instanceof Collection<?> list) {
                return SmartScopes.parse(list.stream().map(String::valueOf).toList());
            }
        }
        return SmartScopes.none();
    }

    private static String issuerOf(Jwt jwt) {
        return jwt.getIssuer() == null ? null : jwt.getIssuer().toString();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
