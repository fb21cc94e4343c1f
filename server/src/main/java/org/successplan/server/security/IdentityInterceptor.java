package org.successplan.server.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;

/**
 * Copies the identity that Spring Security established from the access token into the HAPI request
 * ({@link RequestIdentity#attachTo}), on {@code SERVER_INCOMING_REQUEST_POST_PROCESSED}: before any
 * handler, authorization or consent rule runs. Requests without a token (only the public ones get this
 * far) get no identity. Cost: one thread-local read per request.
 */
@Interceptor(order = InterceptorOrder.IDENTITY)
class IdentityInterceptor implements ServerInterceptor {

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public boolean attachIdentity(RequestDetails request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof IdentityAuthentication identity && identity.isAuthenticated()) {
            identity.getPrincipal().attachTo(request);
        }
        return true;
    }
}
