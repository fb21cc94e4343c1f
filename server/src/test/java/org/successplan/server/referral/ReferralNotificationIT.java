package org.successplan.server.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.successplan.server.referral.Referrals.assertOk;
import static org.successplan.server.referral.Referrals.change;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.notification.Subscriptions;
import org.successplan.server.referral.Referrals.Created;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.Story;
import org.successplan.server.testing.TestClients;
import org.successplan.server.testing.TestClients.TestClient;
import org.successplan.server.testing.WebhookReceiver;
import org.successplan.server.testing.WebhookReceiver.Received;

/**
 * Rest-hook notifications of the closed loop, received by a small HTTP server inside the test: the
 * agency hears of a task assigned to it, the school of changes to its tasks, each notification names
 * only the task, failed deliveries are retried, and nobody hears of a task it is not part of. Each
 * test uses organizations of its own, so no other test's referrals reach its receivers.
 */
@ServerIT
class ReferralNotificationIT {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final Map<String, Story.Posted> STORIES = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    /** Subscriptions this test made, deleted afterwards so that no later run keeps calling dead receivers. */
    final List<Map.Entry<TestClient, String>> subscriptions = new ArrayList<>();

    @BeforeEach
    void warmUp() {
        TestClients.operator(port);
    }

    @AfterEach
    void deleteSubscriptions() {
        subscriptions.forEach(s -> s.getKey().http().delete("/fhir/" + s.getValue()));
    }

    void subscribe(TestClient client, String criteria, String endpoint) throws InterruptedException {
        subscriptions.add(
                Map.entry(client, Subscriptions.createActive(client, Subscriptions.restHook(criteria, endpoint))));
    }

    /** A school of its own with a story it wrote, and an agency of its own. */
    record Parties(TestClient school, TestClient agency, Story.Posted story) {}

    Parties parties(String name) {
        TestClient school = TestClients.withScopes(port, name + " School", TestClients.FULL_ACCESS);
        TestClient agency = TestClients.withScopes(port, name + " Food Bank", Referrals.AGENCY_SCOPES);
        Story.Posted story = STORIES.computeIfAbsent(
                port + name, k -> Story.maya(school.organization()).post(school.fhir()));
        return new Parties(school, agency, story);
    }

    @Test
    void agency_isNotifiedOfATaskAssignedToIt_withItsIdOnly() throws Exception {
        Parties p = parties("Notified");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            subscribe(p.agency(), "Task?owner=" + p.agency().organization(), receiver.url("/agency"));

            Created created = Referrals.create(
                    p.school(),
                    Referrals.newReferral(p.story(), p.school(), p.agency().organization()));
            Received assigned = receiver.nextMentioning(created.task() + "/_history/1", WAIT);

            assertThat(assigned).as("notification of the new task").isNotNull();
            assertThat(assigned.method()).isEqualTo("POST");
            assertThat(assigned.path()).isEqualTo("/agency");
            assertThat(assigned.header("Authorization")).isEqualTo("Bearer receiver-secret");
            assertThat(assigned.header("Content-Type")).startsWith("application/fhir+json");
            Bundle notification = FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, assigned.body());
            assertThat(notification.getType()).isEqualTo(Bundle.BundleType.HISTORY);
            assertThat(notification.getEntry())
                    .as("no resource but the status travels: id-only")
                    .filteredOn(e -> e.getResource() != null)
                    .extracting(e -> e.getResource().fhirType())
                    .containsExactly("Parameters");
            Parameters status = (Parameters) notification.getEntryFirstRep().getResource();
            Parameters.ParametersParameterComponent event = status.getParameter("notification-event");
            assertThat(((Reference) event.getPart().stream()
                                    .filter(part -> part.getName().equals("focus"))
                                    .findFirst()
                                    .orElseThrow()
                                    .getValue())
                            .getReference())
                    .isEqualTo(created.task() + "/_history/1");
            Patient student = p.school()
                    .fhir()
                    .read()
                    .resource(Patient.class)
                    .withId(p.story().id(Referrals.STORY_STUDENT))
                    .execute();
            assertThat(assigned.body())
                    .as("no student data in a notification")
                    .doesNotContain("Patient/" + student.getIdElement().getIdPart())
                    .doesNotContain(student.getNameFirstRep().getFamily())
                    .doesNotContain(student.getIdentifierFirstRep().getValue())
                    .doesNotContain("Weekend Backpack");

            assertOk(change(p.agency(), created.task(), t -> t.setStatus(TaskStatus.ACCEPTED)));
            assertThat(receiver.nextMentioning(created.task() + "/_history/2", WAIT))
                    .as("notification of the acceptance")
                    .isNotNull();
        }
    }

    @Test
    void school_isNotifiedWhenItsTaskChanges_andAFailedDeliveryIsRetriedWithBackoff() throws Exception {
        Parties p = parties("Retried");
        Created created = Referrals.create(
                p.school(),
                Referrals.newReferral(p.story(), p.school(), p.agency().organization()));
        Thread.sleep(3000); // the creation is matched before the subscription exists: it must not use up a failure
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(2)) {
            subscribe(p.school(), "Task?requester=" + p.school().organization(), receiver.url("/school"));

            assertOk(change(p.agency(), created.task(), t -> t.setStatus(TaskStatus.ACCEPTED)));

            String version2 = created.task() + "/_history/2";
            Received first = receiver.nextMentioning(version2, WAIT);
            Received second = receiver.nextMentioning(version2, WAIT);
            Received third = receiver.nextMentioning(version2, WAIT);
            assertThat(first).isNotNull();
            assertThat(second).as("retry after the first failure").isNotNull();
            assertThat(third).as("retry after the second failure").isNotNull();
            assertThat(first.answeredWith()).isEqualTo(500);
            assertThat(second.answeredWith()).isEqualTo(500);
            assertThat(third.answeredWith()).isEqualTo(200);
            Duration firstWait = Duration.between(first.at(), second.at());
            Duration secondWait = Duration.between(second.at(), third.at());
            assertThat(firstWait).as("backoff").isGreaterThanOrEqualTo(Duration.ofMillis(900));
            assertThat(secondWait).as("backoff grows").isGreaterThan(firstWait);
            assertThat(receiver.nextMentioning(version2, Duration.ofSeconds(5)))
                    .as("no delivery after success")
                    .isNull();
        }
    }

    @Test
    void noNotification_aboutATaskOfAnotherOrganization() throws Exception {
        Parties p = parties("Watched");
        TestClient bystander = TestClients.withScopes(port, "Watching Food Bank", Referrals.AGENCY_SCOPES);
        try (WebhookReceiver agencyReceiver = WebhookReceiver.start();
                WebhookReceiver bystanderReceiver = WebhookReceiver.start()) {
            subscribe(p.agency(), "Task?owner=" + p.agency().organization(), agencyReceiver.url("/agency"));
            subscribe(bystander, "Task?owner=" + bystander.organization(), bystanderReceiver.url("/bystander"));

            Created created = Referrals.create(
                    p.school(),
                    Referrals.newReferral(p.story(), p.school(), p.agency().organization()));
            assertThat(agencyReceiver.nextMentioning(created.task(), WAIT)).isNotNull();

            assertThat(bystanderReceiver.next(Duration.ofSeconds(5)))
                    .as("the bystander is not told about a task it does not own")
                    .isNull();
        }
    }
}
