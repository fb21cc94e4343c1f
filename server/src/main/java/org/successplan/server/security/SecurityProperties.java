package org.successplan.server.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Security settings ({@code ssp.security.*}); every key has an {@code SSP_SECURITY_*} environment
 * variable in {@code application.yaml}, listed in README.md.
 *
 * @param issuer this server's public base URL as token issuer, e.g. {@code https://ssp.example.org}
 *     (the token endpoint is {@code {issuer}/auth/token}). Blank (the default) derives it from each
 *     request's host, which is right unless a proxy rewrites it; set it when several nodes sit behind a
 *     load balancer. Env {@code SSP_SECURITY_ISSUER}.
 * @param admin the operator credential for {@code /admin/**} and {@code /actuator/prometheus}
 * @param token the token endpoint and the server's signing keys
 * @param clientCacheTtl how long a node trusts its cached copy of a client's registration (enabled,
 *     organization) when checking a token. Disabling a client takes effect at once on the node that
 *     received the admin call and within this time on the others. Default 5s.
 * @param external an OpenID Connect issuer whose tokens are trusted too (off unless configured)
 * @param demo demo mode: seeds organizations and clients with key files in the data directory
 */
@Validated
@ConfigurationProperties("ssp.security")
public record SecurityProperties(
        @DefaultValue("") String issuer,
        @Valid @DefaultValue Admin admin,
        @Valid @DefaultValue Token token,
        @NotNull @DefaultValue("5s") Duration clientCacheTtl,
        @Valid @DefaultValue External external,
        @Valid @DefaultValue Demo demo) {

    /**
     * @param username user name for HTTP Basic. Env {@code SSP_SECURITY_ADMIN_USERNAME}. Default
     *     {@code admin}.
     * @param password the operator password; blank (the default) disables the admin API (and the
     *     Prometheus endpoint) unless demo mode generates one. Env {@code SSP_SECURITY_ADMIN_PASSWORD}.
     */
    public record Admin(
            @NotBlank @DefaultValue("admin") String username,
            @DefaultValue("") String password) {}

    /**
     * @param lifetime how long an access token is valid. Default 5m (SMART Backend Services recommends
     *     at most 5 minutes). Env {@code SSP_SECURITY_TOKEN_LIFETIME}.
     * @param signingKeys a JWK Set (JSON) of private signing keys to use instead of keys generated and
     *     stored in the database: the first key signs, all are published. For deployments that keep keys
     *     in a secret store. Env {@code SSP_SECURITY_TOKEN_SIGNING_KEYS}.
     * @param keyRotationPeriod age after which a database-stored signing key is replaced by a new one
     *     (the old key stays published until the tokens it signed have expired). Default 30d. Env
     *     {@code SSP_SECURITY_TOKEN_KEY_ROTATION_PERIOD}.
     */
    public record Token(
            @NotNull @DefaultValue("5m") Duration lifetime,
            @DefaultValue("") String signingKeys,
            @NotNull @DefaultValue("30d") Duration keyRotationPeriod) {}

    /**
     * @param issuerUri the external issuer ({@code iss}); its OpenID configuration is read from
     *     {@code {issuerUri}/.well-known/openid-configuration} on first use unless {@code jwkSetUri} is
     *     set. Blank (the default) trusts only this server's own tokens. Env
     *     {@code SSP_SECURITY_EXTERNAL_ISSUER_URI}.
     * @param jwkSetUri the issuer's JWKS URL, to skip discovery. Env {@code SSP_SECURITY_EXTERNAL_JWK_SET_URI}.
     * @param audience if set, tokens must name it in {@code aud}. Env {@code SSP_SECURITY_EXTERNAL_AUDIENCE}.
     * @param organizationClaim the claim naming the organization ({@code Organization/123} or {@code 123}).
     *     Default {@code organization}. Env {@code SSP_SECURITY_EXTERNAL_ORGANIZATION_CLAIM}.
     * @param clientIdClaim the claim naming the client; falls back to {@code azp}, then {@code sub}.
     *     Default {@code client_id}. Env {@code SSP_SECURITY_EXTERNAL_CLIENT_ID_CLAIM}.
     * @param adminClaim a boolean claim that marks operator clients. Default {@code ssp_admin}. Env
     *     {@code SSP_SECURITY_EXTERNAL_ADMIN_CLAIM}.
     */
    public record External(
            @DefaultValue("") String issuerUri,
            @DefaultValue("") String jwkSetUri,
            @DefaultValue("") String audience,
            @NotBlank @DefaultValue("organization") String organizationClaim,
            @NotBlank @DefaultValue("client_id") String clientIdClaim,
            @NotBlank @DefaultValue("ssp_admin") String adminClaim) {

        public boolean enabled() {
            return !issuerUri.isBlank();
        }
    }

    /**
     * @param enabled seed demo organizations, clients and key files on start. Default {@code false};
     *     the {@code demo} Spring profile turns it on. Env {@code SSP_SECURITY_DEMO_ENABLED}.
     */
    public record Demo(@DefaultValue("false") boolean enabled) {}
}
