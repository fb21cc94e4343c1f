package org.successplan.server.security.token;

import jakarta.servlet.http.HttpServletRequest;
import org.successplan.server.security.SecurityProperties;

/**
 * This server's public URLs as an OAuth authorization server: the issuer ({@code ssp.security.issuer},
 * or derived from the request's scheme, host and port), the token endpoint and the JWKS. A client's
 * assertion must name the token endpoint URL as its audience.
 */
public final class TokenUrls {

    public static final String TOKEN_PATH = "/auth/token";
    public static final String JWKS_PATH = "/auth/jwks";

    private final String configuredIssuer;

    TokenUrls(SecurityProperties properties) {
        String issuer = properties.issuer().trim();
        this.configuredIssuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    /** Whether the issuer is fixed by configuration (then tokens must carry exactly it). */
    public boolean issuerConfigured() {
        return !configuredIssuer.isEmpty();
    }

    public String configuredIssuer() {
        return configuredIssuer;
    }

    public String issuer(HttpServletRequest request) {
        if (issuerConfigured()) {
            return configuredIssuer;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    public String tokenEndpoint(HttpServletRequest request) {
        return issuer(request) + TOKEN_PATH;
    }

    public String jwksUri(HttpServletRequest request) {
        return issuer(request) + JWKS_PATH;
    }

    /** The audience of the access tokens: the FHIR base URL. */
    public String fhirBase(HttpServletRequest request) {
        return issuer(request) + "/fhir";
    }
}
