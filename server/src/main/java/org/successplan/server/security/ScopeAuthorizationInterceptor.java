package org.successplan.server.security;

import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.auth.AuthorizationInterceptor;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRule;
import ca.uhn.fhir.rest.server.interceptor.auth.PolicyEnum;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;

/**
 * HAPI's {@link AuthorizationInterceptor} with rules built from the request's SMART scopes
 * ({@link ScopeRules}); default policy deny. It checks what {@link ScopeGate} cannot see in advance:
 * every resource going out (search results, {@code _include}s, history, operation results, transaction
 * responses, pages) and every resource a write touches, including each transaction entry. HAPI runs it
 * on {@code SERVER_INCOMING_REQUEST_PRE_HANDLED}, {@code STORAGE_PRESHOW_RESOURCES},
 * {@code SERVER_OUTGOING_RESPONSE} and the {@code STORAGE_PRESTORAGE_*} pointcuts; the rule list is
 * built once per request (a few dozen objects). A refusal is {@code 403} with an OperationOutcome
 * ({@code 401} for a request without a token).
 */
@Interceptor(order = InterceptorOrder.AUTHORIZATION)
class ScopeAuthorizationInterceptor extends AuthorizationInterceptor implements ServerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ScopeAuthorizationInterceptor.class);

    ScopeAuthorizationInterceptor() {
        super(PolicyEnum.DENY);
    }

    @Override
    public List<IAuthRule> buildRuleList(RequestDetails request) {
        return ScopeRules.build(RequestIdentity.of(request));
    }

    @Override
    protected void handleDeny(RequestDetails request, Verdict decision) {
        Optional<RequestIdentity> identity = RequestIdentity.of(request);
        log.info(
                "AuthorizationInterceptor refused {} {} for client {}: {}",
                request.getRestOperationType(),
                request.getResourceName(),
                identity.map(RequestIdentity::clientId).orElse("(no token)"),
                decision);
        throw Denials.refuse(
                identity.isPresent(),
                ScopeDecision.insufficientScope("The access token's scopes do not allow this request"));
    }
}
