package org.successplan.server.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.hl7.fhir.r4.model.Subscription;
import org.hl7.fhir.r4.model.Subscription.SubscriptionChannelType;
import org.hl7.fhir.r4.model.Subscription.SubscriptionStatus;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.TestClients.TestClient;

/** Rest-hook Subscriptions as a client registers them, and waiting for the server to activate one. */
public final class Subscriptions {

    private Subscriptions() {}

    /** An id-only rest-hook Subscription with a header for the receiver. */
    public static Subscription restHook(String criteria, String endpoint) {
        Subscription subscription = new Subscription();
        subscription.setStatus(SubscriptionStatus.REQUESTED);
        subscription.setReason("Tell our case management system about referral changes");
        subscription.setCriteria(criteria);
        subscription
                .getChannel()
                .setType(SubscriptionChannelType.RESTHOOK)
                .setEndpoint(endpoint)
                .addHeader("Authorization: Bearer receiver-secret");
        return subscription;
    }

    public static HttpResponse<String> post(TestClient client, Subscription subscription) {
        return client.http()
                .post(
                        "/fhir/Subscription",
                        "application/fhir+json",
                        FhirClients.FHIR.newJsonParser().encodeResourceToString(subscription));
    }

    /** Creates the Subscription and waits until the server has activated it; returns its id. */
    public static String createActive(TestClient client, Subscription subscription) throws InterruptedException {
        HttpResponse<String> response = post(client, subscription);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = FhirClients.FHIR
                .newJsonParser()
                .parseResource(Subscription.class, response.body())
                .getIdElement()
                .toUnqualifiedVersionless()
                .getValue();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Subscription stored =
                    client.fhir().read().resource(Subscription.class).withId(id).execute();
            if (stored.getStatus() == SubscriptionStatus.ACTIVE) {
                // HAPI registers an activated subscription for matching right after activating it.
                Thread.sleep(1500);
                return id;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(id + " was not activated within a minute");
    }
}
