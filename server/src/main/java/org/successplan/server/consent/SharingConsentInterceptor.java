package org.successplan.server.consent;

import ca.uhn.fhir.rest.server.interceptor.consent.ConsentInterceptor;
import org.successplan.server.fhir.ServerInterceptor;

/**
 * HAPI's {@link ConsentInterceptor} with our {@link SharingConsentService}, on the RestfulServer registry
 * (its storage hooks fire for REST requests through the request's broadcaster; the server's own
 * requests are not filtered). It also refuses {@code _total=accurate} and clears {@code Bundle.total}
 * on filtered searches so totals reveal nothing.
 */
final class SharingConsentInterceptor extends ConsentInterceptor implements ServerInterceptor {

    SharingConsentInterceptor(SharingConsentService service) {
        super(service);
    }
}
