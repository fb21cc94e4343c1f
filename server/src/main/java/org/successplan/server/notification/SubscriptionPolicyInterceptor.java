package org.successplan.server.notification;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Subscription;
import org.hl7.fhir.r4.model.Subscription.SubscriptionChannelType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.ErrorResponses;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.StorageInterceptor;
import org.successplan.server.security.AuthorTag;
import org.successplan.server.security.RequestIdentity;
import org.successplan.server.security.SmartScope.Permission;

/**
 * What a client may subscribe to, checked on {@code STORAGE_PRESTORAGE_RESOURCE_CREATED / UPDATED /
 * DELETED} of a Subscription (JPA registry, before HAPI's own SubscriptionValidatingInterceptor):
 *
 * <ul>
 *   <li>channel {@code rest-hook} with an empty {@code payload} (id-only notifications: no student data
 *       leaves in a notification), else {@code 422 SSP-SUBSCRIPTION-002};
 *   <li>an endpoint matching {@code ssp.notification.allowed-endpoints}, else {@code 422
 *       SSP-SUBSCRIPTION-003};
 *   <li>criteria about its own organization's Tasks ({@link SubscriptionCriteria}), else {@code 403
 *       SSP-SUBSCRIPTION-001} ({@code 422 SSP-SUBSCRIPTION-002} for other resource types);
 *   <li>a token that may read Tasks ({@code system/Task.r}), else {@code 403 SSP-AUTH-002};
 *   <li>changing or deleting a Subscription is for the organization that created it ({@code 403
 *       SSP-SUBSCRIPTION-004}).
 * </ul>
 *
 * The server's own writes (HAPI activating a subscription) are not checked; an operator client may use
 * any Task criteria. Cost: string checks only.
 */
@Interceptor(order = InterceptorOrder.SUBSCRIPTION_POLICY)
class SubscriptionPolicyInterceptor implements StorageInterceptor {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionPolicyInterceptor.class);

    private final Pattern allowedEndpoints;

    SubscriptionPolicyInterceptor(Pattern allowedEndpoints) {
        this.allowedEndpoints = allowedEndpoints;
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    public void created(IBaseResource resource, RequestDetails request) {
        if (resource instanceof Subscription subscription) {
            identityOf(request).ifPresent(identity -> check(subscription, identity));
        }
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    public void updated(IBaseResource oldResource, IBaseResource newResource, RequestDetails request) {
        if (newResource instanceof Subscription subscription) {
            identityOf(request).ifPresent(identity -> {
                requireOwn(oldResource, identity);
                check(subscription, identity);
            });
        }
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
    public void deleted(IBaseResource resource, RequestDetails request) {
        if (resource instanceof Subscription) {
            identityOf(request).ifPresent(identity -> requireOwn(resource, identity));
        }
    }

    private void check(Subscription subscription, RequestIdentity identity) {
        Subscription.SubscriptionChannelComponent channel = subscription.getChannel();
        if (channel.getType() != SubscriptionChannelType.RESTHOOK) {
            refuse(
                    ErrorCode.SUBSCRIPTION_NOT_SUPPORTED,
                    "Only rest-hook Subscriptions are delivered (channel.type = rest-hook)");
        }
        if (channel.hasPayload()) {
            refuse(
                    ErrorCode.SUBSCRIPTION_NOT_SUPPORTED,
                    "Notifications are id-only, so no student data travels in them: leave channel.payload empty"
                            + " and read the Task named in the notification with your token");
        }
        String endpoint = channel.getEndpoint();
        if (endpoint == null || !allowedEndpoints.matcher(endpoint).matches()) {
            refuse(
                    ErrorCode.SUBSCRIPTION_ENDPOINT_NOT_ALLOWED,
                    "channel.endpoint must match " + allowedEndpoints.pattern()
                            + " (ssp.notification.allowed-endpoints)");
        }
        SubscriptionCriteria.Decision decision =
                SubscriptionCriteria.decide(subscription.getCriteria(), identity.organization(), identity.admin());
        if (!decision.allowed()) {
            refuse(
                    decision.verdict() == SubscriptionCriteria.Verdict.NOT_OWN
                            ? ErrorCode.SUBSCRIPTION_CRITERIA_FORBIDDEN
                            : ErrorCode.SUBSCRIPTION_NOT_SUPPORTED,
                    decision.message());
        }
        if (!identity.admin() && !identity.scopes().permits(SubscriptionCriteria.TYPE, Permission.READ)) {
            refuse(
                    ErrorCode.INSUFFICIENT_SCOPE,
                    "A notification names a Task to read: subscribing needs scope system/Task.r (or .rs)");
        }
    }

    private static void requireOwn(IBaseResource stored, RequestIdentity identity) {
        if (stored != null && !identity.admin() && !AuthorTag.isAuthor(stored, identity.organization())) {
            refuse(
                    ErrorCode.SUBSCRIPTION_NOT_OWN,
                    "Only the organization that created a Subscription may change or delete it");
        }
    }

    private static Optional<RequestIdentity> identityOf(RequestDetails request) {
        if (request == null || request instanceof SystemRequestDetails) {
            return Optional.empty();
        }
        return RequestIdentity.of(request);
    }

    private static void refuse(ErrorCode code, String message) {
        log.info("Refused Subscription: {}", message);
        throw ErrorResponses.of(code, message);
    }
}
