package org.successplan.server.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestSecurityComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;
import org.successplan.server.security.token.TokenUrls;

/**
 * Declares SMART security in the CapabilityStatement ({@code SERVER_CAPABILITY_STATEMENT_GENERATED}):
 * {@code rest.security.service} SMART-on-FHIR and the {@code oauth-uris} extension with the token
 * endpoint. Cost: a few objects per {@code /metadata} request.
 */
@Interceptor(order = InterceptorOrder.CAPABILITY_SECURITY)
class CapabilityStatementSecurity implements ServerInterceptor {

    static final String OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";

    private final TokenUrls urls;

    CapabilityStatementSecurity(TokenUrls urls) {
        this.urls = urls;
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void addSecurity(IBaseConformance capabilityStatement, RequestDetails request) {
        if (!(capabilityStatement instanceof CapabilityStatement cs)
                || !(request instanceof ServletRequestDetails servlet)
                || cs.getRest().isEmpty()) {
            return;
        }
        CapabilityStatementRestSecurityComponent security = cs.getRestFirstRep().getSecurity();
        security.setCors(false);
        security.getService().clear();
        security.addService(new CodeableConcept()
                .addCoding(new org.hl7.fhir.r4.model.Coding(
                        "http://terminology.hl7.org/CodeSystem/restful-security-service",
                        "SMART-on-FHIR",
                        "SMART-on-FHIR"))
                .setText("OAuth2 using SMART Backend Services (client_credentials, private_key_jwt)"));
        security.setDescription("Every request except this CapabilityStatement, "
                + ".well-known/smart-configuration and reads of conformance resources needs a bearer access token "
                + "from the token endpoint; SMART v2 (and v1) system scopes decide what it may do.");
        security.getExtension().removeIf(e -> OAUTH_URIS.equals(e.getUrl()));
        Extension oauth = security.addExtension().setUrl(OAUTH_URIS);
        oauth.addExtension("token", new UriType(urls.tokenEndpoint(servlet.getServletRequest())));
    }
}
