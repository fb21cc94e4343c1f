package org.successplan.server.notification;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.subscription.model.CanonicalSubscription;
import ca.uhn.fhir.jpa.subscription.model.ResourceDeliveryMessage;
import ca.uhn.fhir.jpa.subscription.model.ResourceModifiedMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.successplan.server.fhir.StorageInterceptor;

/**
 * Delivers rest-hook notifications that name the changed Task and nothing else (JPA registry):
 *
 * <ul>
 *   <li>{@code SUBSCRIPTION_RESOURCE_MODIFIED}: only Task and Subscription changes enter HAPI's
 *       subscription pipeline (no Subscription here can match anything else, and every other write
 *       would cost a queued message).
 *   <li>{@code SUBSCRIPTION_BEFORE_REST_HOOK_DELIVERY}: instead of HAPI's delivery (which, without a
 *       payload, sends an empty POST and ignores the answer), POSTs an id-only notification modelled on
 *       the FHIR R4 Subscriptions Backport {@code id-only} content: a {@code history} Bundle whose first
 *       entry is a {@code Parameters} status (subscription, status, type, the event's {@code focus}
 *       {@code Task/1/_history/3}) and whose second entry carries only the Task's {@code fullUrl} (when
 *       {@code ssp.fhir.server-address} is set) and the request method. The subscriber reads the Task with
 *       its own token, so scopes and consent apply to what it learns. The subscription's {@code
 *       channel.header}s are sent. A status other than 2xx, or no answer within the timeout, fails the
 *       delivery; HAPI's retry template then retries it with exponential backoff
 *       ({@code ssp.notification.retry.*}) before giving up. Polling {@code Task?owner=...&_lastUpdated=gt...}
 *       is the backstop.
 * </ul>
 *
 * Cost: one small POST per matching change, on HAPI's delivery thread, never in the client's request.
 */
@Interceptor
class IdOnlyNotifier implements StorageInterceptor {

    private static final Logger log = LoggerFactory.getLogger(IdOnlyNotifier.class);

    static final Set<String> NOTIFIED_TYPES = Set.of("Task", "Subscription");

    private final FhirContext fhirContext;
    private final HttpClient http;
    private final Duration timeout;
    private final String serverAddress;
    private final Clock clock;

    IdOnlyNotifier(FhirContext fhirContext, Duration timeout, String serverAddress, Clock clock) {
        this.fhirContext = fhirContext;
        this.timeout = timeout;
        this.serverAddress = serverAddress == null ? "" : serverAddress.replaceAll("/+$", "");
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Hook(Pointcut.SUBSCRIPTION_RESOURCE_MODIFIED)
    public boolean onlyNotifiedTypes(ResourceModifiedMessage message) {
        IIdType id = message.getPayloadId(fhirContext);
        return id != null && NOTIFIED_TYPES.contains(id.getResourceType());
    }

    @Hook(Pointcut.SUBSCRIPTION_BEFORE_REST_HOOK_DELIVERY)
    public boolean deliver(CanonicalSubscription subscription, ResourceDeliveryMessage message) {
        IIdType focus = focusOf(message);
        // The focus keeps its version: HAPI's parser drops versions from references unless told not to.
        String body = fhirContext
                .newJsonParser()
                .setStripVersionsFromReferences(false)
                .encodeResourceToString(notification(subscription, message, focus));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscription.getEndpointUrl()))
                .timeout(timeout)
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (String header : subscription.getHeaders()) {
            int colon = header == null ? -1 : header.indexOf(':');
            if (colon > 0) {
                request.header(
                        header.substring(0, colon).strip(),
                        header.substring(colon + 1).strip());
            }
        }
        String subscriptionId = subscription.getIdElementString();
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailedException(subscriptionId + ": the endpoint answered " + response.statusCode()
                        + " for " + focus.getValue());
            }
        } catch (IOException e) {
            throw new DeliveryFailedException(subscriptionId + ": " + e + " for " + focus.getValue());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException(subscriptionId + ": interrupted");
        }
        log.info("Notified {} of {} ({})", subscriptionId, focus.getValue(), message.getOperationType());
        return false; // delivered here; HAPI's own rest-hook delivery must not run
    }

    /**
     * The changed resource with the version that triggered the notification ({@code Task/12/_history/3}):
     * HAPI keeps the id without a version, the version is in the payload it carries internally.
     */
    IIdType focusOf(ResourceDeliveryMessage message) {
        IIdType id = message.getPayloadId(fhirContext);
        IBaseResource payload = message.getPayload(fhirContext);
        if (id == null || payload == null) {
            return id;
        }
        String version = payload.getIdElement().getVersionIdPart();
        if (version == null) {
            version = payload.getMeta().getVersionId();
        }
        return version == null ? id : id.toUnqualifiedVersionless().withVersion(version);
    }

    /** The id-only notification for one event. */
    Bundle notification(CanonicalSubscription subscription, ResourceDeliveryMessage message, IIdType focus) {
        Bundle bundle = new Bundle().setType(BundleType.HISTORY);
        bundle.setTimestamp(Date.from(clock.instant()));
        Parameters status = new Parameters();
        status.setId(UUID.randomUUID().toString());
        String subscriptionId = subscription
                .getIdElement(fhirContext)
                .toUnqualifiedVersionless()
                .getValue();
        status.addParameter().setName("subscription").setValue(new Reference(subscriptionId));
        status.addParameter().setName("status").setValue(new CodeType("active"));
        status.addParameter().setName("type").setValue(new CodeType("event-notification"));
        Parameters.ParametersParameterComponent event = status.addParameter().setName("notification-event");
        event.addPart().setName("timestamp").setValue(new InstantType(Date.from(clock.instant())));
        event.addPart()
                .setName("focus")
                .setValue(new Reference(focus.toUnqualified().getValue()));
        event.addPart()
                .setName("operation")
                .setValue(new StringType(
                        String.valueOf(message.getOperationType()).toLowerCase(java.util.Locale.ROOT)));
        bundle.addEntry().setFullUrl("urn:uuid:" + status.getIdPart()).setResource(status);

        Bundle.BundleEntryComponent changed = bundle.addEntry();
        if (!serverAddress.isEmpty()) {
            changed.setFullUrl(serverAddress + "/" + focus.toUnqualified().getValue());
        }
        changed.getRequest()
                .setMethod(
                        message.getOperationType() == ResourceModifiedMessage.OperationTypeEnum.DELETE
                                ? HTTPVerb.DELETE
                                : message.getOperationType() == ResourceModifiedMessage.OperationTypeEnum.CREATE
                                        ? HTTPVerb.POST
                                        : HTTPVerb.PUT)
                .setUrl(focus.toUnqualifiedVersionless().getValue());
        return bundle;
    }

    /** A failed delivery; thrown so that HAPI's retry template tries again. */
    static final class DeliveryFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DeliveryFailedException(String message) {
            super(message);
        }
    }
}
