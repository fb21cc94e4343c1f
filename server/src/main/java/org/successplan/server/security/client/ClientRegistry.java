package org.successplan.server.security.client;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.successplan.server.security.RequestIdentity;
import org.successplan.server.security.SmartScope;

/**
 * The client registry, stored in table {@code ssp_client} so every node behind a load balancer sees the
 * same clients. Registration checks what a client can get wrong: id syntax, organization reference
 * syntax, scopes (SMART {@code system/} scopes without filters), and keys (public RSA of at least 2048
 * bits or EC P-256/P-384, no private parts). Lookups for token checks go through a short per-node cache.
 */
public class ClientRegistry {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,127}");
    private static final Pattern ORGANIZATION = Pattern.compile("Organization/[A-Za-z0-9.-]{1,64}");
    private static final String COLUMNS =
            "client_id, organization, allowed_scopes, jwks, jwks_url, is_admin, enabled, description, created_at, updated_at";

    private final JdbcTemplate jdbc;
    private final Duration cacheTtl;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<RegisteredClient> client, Instant until) {}

    ClientRegistry(DataSource dataSource, Duration cacheTtl, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.cacheTtl = cacheTtl;
        this.clock = clock;
    }

    /** The client as stored now. */
    public Optional<RegisteredClient> find(String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        return jdbc
                .query("select " + COLUMNS + " from ssp_client where client_id = ?", ClientRegistry::map, clientId)
                .stream()
                .findFirst();
    }

    /** The client as stored at most {@code ssp.security.client-cache-ttl} ago; for per-request token checks. */
    public Optional<RegisteredClient> findCached(String clientId) {
        Instant now = clock.instant();
        Cached cached = cache.get(clientId);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.client();
        }
        Optional<RegisteredClient> client = find(clientId);
        cache.put(clientId, new Cached(client, now.plus(cacheTtl)));
        return client;
    }

    public List<RegisteredClient> list() {
        return jdbc.query("select " + COLUMNS + " from ssp_client order by client_id", ClientRegistry::map);
    }

    /**
     * Registers a new client.
     *
     * @throws IllegalArgumentException when the registration is invalid (message says why)
     * @throws DuplicateKeyException when the id is taken
     */
    public RegisteredClient create(RegisteredClient client) {
        check(client);
        Instant now = clock.instant();
        jdbc.update(
                "insert into ssp_client (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                client.clientId(),
                client.organization(),
                String.join(" ", client.allowedScopes()),
                client.jwks(),
                client.jwksUrl(),
                client.admin(),
                client.enabled(),
                client.description(),
                at(now),
                at(now));
        cache.remove(client.clientId());
        return find(client.clientId()).orElseThrow();
    }

    /** Replaces a client's registration (organization, scopes, keys, admin flag, description, enabled). */
    public Optional<RegisteredClient> update(RegisteredClient client) {
        check(client);
        int rows = jdbc.update(
                "update ssp_client set organization = ?, allowed_scopes = ?, jwks = ?, jwks_url = ?, is_admin = ?,"
                        + " enabled = ?, description = ?, updated_at = ? where client_id = ?",
                client.organization(),
                String.join(" ", client.allowedScopes()),
                client.jwks(),
                client.jwksUrl(),
                client.admin(),
                client.enabled(),
                client.description(),
                at(clock.instant()),
                client.clientId());
        cache.remove(client.clientId());
        return rows == 0 ? Optional.empty() : find(client.clientId());
    }

    /** Enables or disables a client; a disabled client's tokens stop working (see the cache TTL). */
    public Optional<RegisteredClient> setEnabled(String clientId, boolean enabled) {
        int rows = jdbc.update(
                "update ssp_client set enabled = ?, updated_at = ? where client_id = ?",
                enabled,
                at(clock.instant()),
                clientId);
        cache.remove(clientId);
        return rows == 0 ? Optional.empty() : find(clientId);
    }

    static void check(RegisteredClient client) {
        if (client.clientId() == null || !CLIENT_ID.matcher(client.clientId()).matches()) {
            throw new IllegalArgumentException(
                    "clientId must be 3-128 characters: letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (client.organization() == null
                || !ORGANIZATION.matcher(client.organization()).matches()) {
            throw new IllegalArgumentException("organization must be a reference like Organization/123");
        }
        if (client.allowedScopes().isEmpty()) {
            throw new IllegalArgumentException("scopes must name at least one SMART system scope");
        }
        for (String scope : client.allowedScopes()) {
            if (RequestIdentity.EMERGENCY_ACCESS_SCOPE.equals(scope)) {
                continue;
            }
            SmartScope parsed = SmartScope.parse(scope)
                    .orElseThrow(() -> new IllegalArgumentException("Not a SMART resource scope: " + scope));
            if (!"system".equals(parsed.context()) || parsed.filter() != null) {
                throw new IllegalArgumentException(
                        "Only system/ scopes without search filters can be granted to a backend client: " + scope);
            }
        }
        boolean hasJwks = client.jwks() != null && !client.jwks().isBlank();
        boolean hasUrl = client.jwksUrl() != null && !client.jwksUrl().isBlank();
        if (hasJwks == hasUrl) {
            throw new IllegalArgumentException("Give exactly one of jwks (the client's public keys) or jwksUrl");
        }
        if (hasJwks) {
            checkKeys(client.jwks());
        } else {
            URI uri = URI.create(client.jwksUrl());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("jwksUrl must be an absolute https (or http) URL");
            }
        }
    }

    private static void checkKeys(String jwks) {
        JWKSet set;
        try {
            set = JWKSet.parse(jwks);
        } catch (ParseException e) {
            throw new IllegalArgumentException("jwks is not a JWK Set: " + e.getMessage());
        }
        if (set.getKeys().isEmpty()) {
            throw new IllegalArgumentException("jwks has no keys");
        }
        for (JWK key : set.getKeys()) {
            if (key.isPrivate()) {
                throw new IllegalArgumentException(
                        "jwks contains a private key (kid " + key.getKeyID() + "): register public keys only");
            }
            if (key instanceof RSAKey rsa) {
                if (rsa.size() < 2048) {
                    throw new IllegalArgumentException("RSA keys must have at least 2048 bits");
                }
            } else if (key instanceof ECKey ec) {
                if (!Arrays.asList(Curve.P_256, Curve.P_384).contains(ec.getCurve())) {
                    throw new IllegalArgumentException("EC keys must be on curve P-256 or P-384");
                }
            } else {
                throw new IllegalArgumentException("Only RSA and EC keys are supported");
            }
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static RegisteredClient map(ResultSet rs, int row) throws SQLException {
        String scopes = rs.getString("allowed_scopes");
        return new RegisteredClient(
                rs.getString("client_id"),
                rs.getString("organization"),
                scopes == null || scopes.isBlank()
                        ? List.of()
                        : List.of(scopes.trim().split("\\s+")),
                rs.getString("jwks"),
                rs.getString("jwks_url"),
                rs.getBoolean("is_admin"),
                rs.getBoolean("enabled"),
                rs.getString("description"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
