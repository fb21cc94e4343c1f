package org.successplan.server.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Subscription;
import org.hl7.fhir.r4.model.Subscription.SubscriptionChannelType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.TestClients;
import org.successplan.server.testing.TestClients.TestClient;

/**
 * What a client may subscribe to, and whose Subscriptions it sees: every refused Subscription is
 * answered with its code and nothing is stored.
 */
@ServerIT
class SubscriptionPolicyIT {

    static final String[] AGENCY_SCOPES = {"system/Task.rus", "system/Subscription.cruds"};

    @LocalServerPort
    int port;

    TestClient agency;
    TestClient otherAgency;

    @BeforeEach
    void clients() {
        agency = TestClients.withScopes(port, "Policy Agency", AGENCY_SCOPES);
        otherAgency = TestClients.withScopes(port, "Other Policy Agency", AGENCY_SCOPES);
    }

    String endpoint() {
        return "http://localhost:9/hooks/" + UUID.randomUUID();
    }

    /** A refused Subscription: what is wrong with it, the answer and its code. */
    record Refusal(String name, Consumer<Subscription> change, int status, ErrorCode code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                        new Refusal(
                                "another organization's tasks",
                                s -> s.setCriteria("Task?owner=Organization/999999"),
                                403,
                                ErrorCode.SUBSCRIPTION_CRITERIA_FORBIDDEN),
                        new Refusal(
                                "every task",
                                s -> s.setCriteria("Task?status=requested"),
                                403,
                                ErrorCode.SUBSCRIPTION_CRITERIA_FORBIDDEN),
                        new Refusal(
                                "own or another organization",
                                s -> s.setCriteria(s.getCriteria() + ",Organization/999999"),
                                403,
                                ErrorCode.SUBSCRIPTION_CRITERIA_FORBIDDEN),
                        new Refusal(
                                "students",
                                s -> s.setCriteria("Patient?active=true"),
                                422,
                                ErrorCode.SUBSCRIPTION_NOT_SUPPORTED),
                        new Refusal(
                                "full resource payload",
                                s -> s.getChannel().setPayload("application/fhir+json"),
                                422,
                                ErrorCode.SUBSCRIPTION_NOT_SUPPORTED),
                        new Refusal(
                                "websocket channel",
                                s -> s.getChannel().setType(SubscriptionChannelType.WEBSOCKET),
                                422,
                                ErrorCode.SUBSCRIPTION_NOT_SUPPORTED),
                        new Refusal(
                                "endpoint outside the allowed ones",
                                s -> s.getChannel().setEndpoint("http://internal.example.org/admin"),
                                422,
                                ErrorCode.SUBSCRIPTION_ENDPOINT_NOT_ALLOWED))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusedSubscription_isAnsweredWithItsCode_andNotStored(Refusal refusal) {
        String endpoint = endpoint();
        Subscription subscription = Subscriptions.restHook("Task?owner=" + agency.organization(), endpoint);
        refusal.change().accept(subscription);

        HttpResponse<String> response = Subscriptions.post(agency, subscription);

        assertRefused(response, refusal.status(), refusal.code());
        assertThat(storedWithEndpoint(subscription.getChannel().getEndpoint())).isZero();
    }

    @Test
    void clientThatCannotReadTasks_cannotSubscribeToThem() {
        TestClient subscribeOnly = TestClients.withScopes(port, "Policy Agency", "system/Subscription.cruds");
        String endpoint = endpoint();

        HttpResponse<String> response = Subscriptions.post(
                subscribeOnly, Subscriptions.restHook("Task?owner=" + subscribeOnly.organization(), endpoint));

        assertRefused(response, 403, ErrorCode.INSUFFICIENT_SCOPE);
        assertThat(storedWithEndpoint(endpoint)).isZero();
    }

    @Test
    void ownOrganizationsTasks_asOwnerOrRequester_areAccepted() {
        for (String criteria : new String[] {
            "Task?owner=" + agency.organization() + "&status=requested",
            "Task?requester=" + agency.organization(),
            "Task?owner:PractitionerRole.organization=" + agency.organization()
        }) {
            HttpResponse<String> response = Subscriptions.post(agency, Subscriptions.restHook(criteria, endpoint()));
            assertThat(response.statusCode())
                    .as(criteria + ": " + response.body())
                    .isEqualTo(201);
        }
    }

    @Test
    void anotherOrganizationsSubscription_isInvisible_andCannotBeChangedOrDeleted() {
        String endpoint = endpoint();
        HttpResponse<String> created =
                Subscriptions.post(agency, Subscriptions.restHook("Task?owner=" + agency.organization(), endpoint));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Subscription mine = org.successplan.server.testing.FhirClients.FHIR
                .newJsonParser()
                .parseResource(Subscription.class, created.body());
        String id = mine.getIdElement().toUnqualifiedVersionless().getValue();

        HttpResponse<String> read = otherAgency.http().get("/fhir/" + id);
        Bundle search = otherAgency
                .fhir()
                .search()
                .byUrl("Subscription?url=" + endpoint)
                .returnBundle(Bundle.class)
                .execute();
        mine.setCriteria("Task?owner=" + otherAgency.organization());
        HttpResponse<String> update = otherAgency
                .http()
                .put(
                        "/fhir/" + id,
                        "application/fhir+json",
                        org.successplan.server.testing.FhirClients.FHIR
                                .newJsonParser()
                                .encodeResourceToString(mine));
        HttpResponse<String> delete = otherAgency.http().delete("/fhir/" + id);

        assertThat(read.statusCode()).as(read.body()).isEqualTo(404);
        assertThat(search.getEntry()).isEmpty();
        assertRefused(update, 403, ErrorCode.SUBSCRIPTION_NOT_OWN);
        assertRefused(delete, 403, ErrorCode.SUBSCRIPTION_NOT_OWN);
        Subscription stored =
                agency.fhir().read().resource(Subscription.class).withId(id).execute();
        assertThat(stored.getCriteria()).isEqualTo("Task?owner=" + agency.organization());
        assertThat(stored.getChannel().getHeader())
                .extracting(h -> h.getValue())
                .contains("Authorization: Bearer receiver-secret");
    }

    int storedWithEndpoint(String endpoint) {
        return TestClients.operator(port)
                .fhir()
                .search()
                .byUrl("Subscription?url=" + endpoint)
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .size();
    }

    static void assertRefused(HttpResponse<String> response, int status, ErrorCode code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        OperationOutcome outcome = RawHttp.outcome(response);
        assertThat(outcome.getIssue())
                .as(response.body())
                .anySatisfy(issue -> assertThat(issue.getDetails().getCoding())
                        .anySatisfy(coding -> assertThat(coding.getCode()).isEqualTo(code.code())));
    }
}
