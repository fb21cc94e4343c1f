package org.successplan.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Extension;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.TestClients;

/** How a client finds the token endpoint: SMART discovery and the CapabilityStatement, both public. */
@ServerIT
class SmartDiscoveryIT {

    @LocalServerPort
    int port;

    @Test
    void smartConfiguration_namesTokenEndpointAuthMethodsScopesAndCapabilities() {
        HttpResponse<String> response = new RawHttp(port).get("/fhir/.well-known/smart-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode config = TestClients.json(response);
        assertThat(config.path("token_endpoint").asText()).isEqualTo(TestClients.tokenUrl(port));
        assertThat(config.path("jwks_uri").asText()).isEqualTo("http://localhost:" + port + "/auth/jwks");
        assertThat(config.path("grant_types_supported").toString()).contains("client_credentials");
        assertThat(config.path("token_endpoint_auth_methods_supported").toString())
                .contains("private_key_jwt");
        assertThat(config.path("token_endpoint_auth_signing_alg_values_supported")
                        .toString())
                .contains("RS384", "ES384");
        assertThat(config.path("scopes_supported").toString()).contains("system/*.rs", "system/*.read");
        assertThat(config.path("capabilities").toString())
                .contains("client-confidential-asymmetric", "permission-v2", "permission-v1");
    }

    @Test
    void capabilityStatement_declaresSmartWithOauthUris() {
        CapabilityStatement capabilities = FhirClients.anonymous(port)
                .capabilities()
                .ofType(CapabilityStatement.class)
                .execute();

        var security = capabilities.getRestFirstRep().getSecurity();
        assertThat(security.getServiceFirstRep().getCodingFirstRep().getCode()).isEqualTo("SMART-on-FHIR");
        Extension oauth = security.getExtensionByUrl(CapabilityStatementSecurity.OAUTH_URIS);
        assertThat(oauth).isNotNull();
        assertThat(oauth.getExtensionByUrl("token").getValue().primitiveValue()).isEqualTo(TestClients.tokenUrl(port));
    }

    @Test
    void jwks_isPublic_andHoldsOnlyPublicKeys() throws Exception {
        TestClients.school(port).token();

        HttpResponse<String> response = new RawHttp(port).get("/auth/jwks");

        assertThat(response.statusCode()).isEqualTo(200);
        var jwks = com.nimbusds.jose.jwk.JWKSet.parse(response.body());
        assertThat(jwks.getKeys())
                .isNotEmpty()
                .allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    }
}
