package org.successplan.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.successplan.server.security.SmartScope.Permission;

/**
 * The external OpenID Connect issuer option against a stand-in issuer on a loopback port (discovery
 * document + JWKS): its tokens become the same {@link RequestIdentity} our own tokens do.
 */
class ExternalIssuerTest {

    HttpServer issuerServer;
    String issuer;
    RSAKey issuerKey;

    @BeforeEach
    void startIssuer() throws Exception {
        issuerKey = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        issuerServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + issuerServer.getAddress().getPort() + "/realms/districts";
        serve(
                "/realms/districts/.well-known/openid-configuration",
                "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/certs\"}");
        serve("/realms/districts/certs", new JWKSet(issuerKey.toPublicJWK()).toString());
        issuerServer.start();
    }

    @AfterEach
    void stopIssuer() {
        issuerServer.stop(0);
    }

    @Test
    void discoveredIssuer_tokenBecomesARequestIdentity() throws Exception {
        SecurityProperties.External external = external("");
        JwtDecoder decoder = SecurityConfig.externalDecoder(external);

        Jwt jwt = decoder.decode(token(c -> c));
        RequestIdentity identity = (RequestIdentity)
                TokenIdentityConverter.externalTokens(external).convert(jwt).getPrincipal();

        assertThat(identity.clientId()).isEqualTo("district-sis");
        assertThat(identity.organization()).isEqualTo("Organization/42");
        assertThat(identity.scopes().permits("Patient", Permission.READ)).isTrue();
        assertThat(identity.scopes().permits("Task", Permission.READ)).isFalse();
        assertThat(identity.admin()).isFalse();
        assertThat(identity.issuer()).isEqualTo(issuer);
    }

    @Test
    void configuredJwksUri_andAudience_areChecked() throws Exception {
        SecurityProperties.External external = new SecurityProperties.External(
                issuer, issuer + "/certs", "ssp", "organization", "client_id", "ssp_admin");
        JwtDecoder decoder = SecurityConfig.externalDecoder(external);

        assertThat(decoder.decode(token(c -> c.audience("ssp"))).getSubject()).isEqualTo("service-account-1");
        assertThatThrownBy(() -> decoder.decode(token(c -> c.audience("someone-else"))))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void tokensOfAnotherIssuer_orExpired_orForged_areRefused() throws Exception {
        JwtDecoder decoder = SecurityConfig.externalDecoder(external(""));
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("idp-1").generate();

        assertThatThrownBy(() -> decoder.decode(token(c -> c.issuer("https://evil.example"))))
                .isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(
                        token(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(600))))))
                .isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(sign(attacker, claims().build())))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void tokenWithoutOrganization_isRefused() throws Exception {
        SecurityProperties.External external = external("");
        Jwt jwt = SecurityConfig.externalDecoder(external).decode(token(c -> c.claim("organization", null)));

        assertThatThrownBy(() -> TokenIdentityConverter.externalTokens(external).convert(jwt))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void scpListAndAdminClaim_areRead() throws Exception {
        SecurityProperties.External external = external("");
        Jwt jwt = SecurityConfig.externalDecoder(external)
                .decode(token(c -> c.claim("scope", null)
                        .claim("scp", List.of("system/*.rs"))
                        .claim("ssp_admin", true)));

        RequestIdentity identity = (RequestIdentity)
                TokenIdentityConverter.externalTokens(external).convert(jwt).getPrincipal();

        assertThat(identity.scopes().permitsOnAllTypes(Permission.SEARCH)).isTrue();
        assertThat(identity.admin()).isTrue();
    }

    private SecurityProperties.External external(String audience) {
        return new SecurityProperties.External(issuer, "", audience, "organization", "client_id", "ssp_admin");
    }

    private JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("service-account-1")
                .claim("client_id", "district-sis")
                .claim("organization", "42")
                .claim("scope", "system/Patient.rs openid")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
    }

    private String token(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return sign(issuerKey, change.apply(claims()).build());
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private void serve(String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        issuerServer.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
    }
}
