package org.successplan.server.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.successplan.server.security.token.TokenUrls;

/**
 * SMART discovery, {@code GET /fhir/.well-known/smart-configuration}: where the token endpoint is, which
 * client authentication and scopes it supports. A servlet with an exact mapping, which wins over HAPI's
 * {@code /fhir/*} mapping. Public.
 */
class SmartConfigurationServlet extends HttpServlet {

    static final String PATH = "/fhir/.well-known/smart-configuration";

    /** Examples of what can be asked for; any type and any subset of {@code cruds} works. */
    static final List<String> SCOPES_SUPPORTED = List.of(
            "system/*.cruds",
            "system/*.rs",
            "system/Patient.rs",
            "system/CarePlan.cruds",
            "system/Task.cru",
            "system/*.read",
            "system/*.write",
            "system/*.*");

    private final transient TokenUrls urls;
    private final transient ObjectMapper json = new ObjectMapper();

    SmartConfigurationServlet(TokenUrls urls) {
        this.urls = urls;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuer", urls.issuer(request));
        body.put("jwks_uri", urls.jwksUri(request));
        body.put("token_endpoint", urls.tokenEndpoint(request));
        body.put("grant_types_supported", List.of("client_credentials"));
        body.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        body.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS384", "ES384"));
        body.put("scopes_supported", SCOPES_SUPPORTED);
        body.put("capabilities", List.of("client-confidential-asymmetric", "permission-v2", "permission-v1"));
        response.setStatus(200);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "max-age=300");
        json.writeValue(response.getOutputStream(), body);
    }
}
