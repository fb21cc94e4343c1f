package org.successplan.server.notification;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.IPreResourceAccessDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Subscription;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;
import org.successplan.server.security.AuthorTag;
import org.successplan.server.security.RequestIdentity;

/**
 * A client sees only the Subscriptions its own organization created: they carry its endpoint and the
 * headers (often a credential) the server sends there. On {@code STORAGE_PREACCESS_RESOURCES} (before
 * paging, REST registry) every other organization's Subscription is left out of searches, histories and
 * includes, and a read of one answers {@code 404}, as if it did not exist. Operator clients see all.
 * Cost: a scan of the tags of each Subscription returned.
 */
@Interceptor(order = InterceptorOrder.SUBSCRIPTION_VISIBILITY)
class SubscriptionVisibilityInterceptor implements ServerInterceptor {

    @Hook(Pointcut.STORAGE_PREACCESS_RESOURCES)
    public void hideOthers(IPreResourceAccessDetails details, RequestDetails request) {
        Optional<RequestIdentity> identity = RequestIdentity.of(request);
        if (identity.isPresent() && identity.get().admin()) {
            return;
        }
        for (int i = 0; i < details.size(); i++) {
            IBaseResource resource = details.getResource(i);
            if (resource instanceof Subscription
                    && (identity.isEmpty()
                            || !AuthorTag.isAuthor(resource, identity.get().organization()))) {
                details.setDontReturnResourceAtIndex(i);
            }
        }
    }
}
