package org.successplan.server.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.successplan.server.referral.Referrals.assertOk;
import static org.successplan.server.referral.Referrals.assertRefused;
import static org.successplan.server.referral.Referrals.change;
import static org.successplan.server.referral.Referrals.output;
import static org.successplan.server.referral.Referrals.read;
import static org.successplan.server.referral.Referrals.reason;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.referral.Referrals.Created;
import org.successplan.server.referral.Referrals.Referral;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.Fixtures;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.Story;
import org.successplan.server.testing.TestClients;
import org.successplan.server.testing.TestClients.TestClient;

/**
 * The closed loop over HTTP with real tokens: a school (the shared full-access test client) refers the
 * story's student to "Lifecycle Food Bank", whose own client works the referral. Every refused change
 * is checked on both sides: the error code, and the task unchanged afterwards.
 */
@ServerIT
@ExtendWith(OutputCaptureExtension.class)
class ReferralLifecycleIT {

    static final String AGENCY_NAME = "Lifecycle Food Bank";

    @LocalServerPort
    int port;

    TestClient school;
    TestClient agency;
    TestClient otherAgency;
    Story.Posted story;

    @BeforeEach
    void clients() {
        school = TestClients.school(port);
        agency = TestClients.withScopes(port, AGENCY_NAME, Referrals.AGENCY_SCOPES);
        otherAgency = TestClients.withScopes(port, "Bystander Agency", Referrals.AGENCY_SCOPES);
        story = Fixtures.on(port).story();
    }

    Created newReferral() {
        return Referrals.create(school, Referrals.newReferral(story, school, agency.organization()));
    }

    String student() {
        return story.id(Referrals.STORY_STUDENT);
    }

    @Test
    void fullLifecycle_schoolToAgency_closesTheLoop() {
        Instant before = Instant.now().minusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Referral referral = Referrals.newReferral(story, school, agency.organization());
        Created created = Referrals.create(school, referral);

        Task requested = read(agency, created.task());
        assertThat(requested.getStatus()).isEqualTo(TaskStatus.REQUESTED);
        assertThat(requested.getFocus().getReference()).isEqualTo(created.serviceRequest());
        assertThat(requested.getOwner().getReference()).isEqualTo(agency.organization());

        // the agency finds it by polling its inbox
        Bundle inbox = agency.fhir()
                .search()
                .byUrl("Task?owner=" + agency.organization() + "&status=requested&_lastUpdated=gt" + before)
                .returnBundle(Bundle.class)
                .execute();
        assertThat(inbox.getEntry())
                .extracting(e -> e.getResource()
                        .getIdElement()
                        .toUnqualifiedVersionless()
                        .getValue())
                .contains(created.task());

        assertOk(change(agency, created.task(), t -> t.setStatus(TaskStatus.ACCEPTED)));
        assertOk(change(agency, created.task(), t -> t.setStatus(TaskStatus.INPROGRESS)));
        assertThat(Referrals.readReferral(school.fhir(), created.serviceRequest())
                        .getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        String delivered = Referrals.deliver(story, agency, created.serviceRequest(), student());
        assertOk(change(agency, created.task(), t -> {
            t.setStatus(TaskStatus.COMPLETED);
            output(t, delivered);
        }));

        Task completed = read(school, created.task());
        assertThat(completed.getStatus()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(((Reference) completed.getOutputFirstRep().getValue()).getReference())
                .isEqualTo(delivered);
        assertThat(completed.getMeta().getVersionId()).isEqualTo("4");
        assertThat(Referrals.readReferral(school.fhir(), created.serviceRequest())
                        .getStatus())
                .as("the Referral follows its task")
                .isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);
        CarePlan plan = school.fhir()
                .read()
                .resource(CarePlan.class)
                .withId(story.id(Referrals.STORY_PLAN))
                .execute();
        assertThat(plan.getActivity())
                .as("the new Referral is linked from the plan it is basedOn")
                .extracting(a -> a.getReference().getReference())
                .contains(created.serviceRequest());
        Bundle history = school.fhir()
                .history()
                .onInstance(created.task())
                .returnBundle(Bundle.class)
                .execute();
        assertThat(history.getEntry())
                .extracting(e -> ((Task) e.getResource()).getStatus())
                .containsExactly(
                        TaskStatus.COMPLETED, TaskStatus.INPROGRESS, TaskStatus.ACCEPTED, TaskStatus.REQUESTED);
    }

    @Test
    void createRetriedThreeTimes_storesOneReferralOneTaskAndOnePlanLink() {
        Referral referral = Referrals.newReferral(story, school, agency.organization());

        List<Created> attempts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            attempts.add(Referrals.create(school, referral));
        }

        assertThat(attempts)
                .extracting(Created::serviceRequest)
                .containsOnly(attempts.get(0).serviceRequest());
        assertThat(attempts)
                .extracting(Created::task)
                .containsOnly(attempts.get(0).task());
        assertThat(attempts.get(0).response().getEntry())
                .allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("201"));
        assertThat(attempts.get(2).response().getEntry())
                .allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("200"));
        assertThat(count("ServiceRequest", referral.serviceRequest().getIdentifierFirstRep()))
                .isEqualTo(1);
        assertThat(count("Task", referral.task().getIdentifierFirstRep())).isEqualTo(1);
        CarePlan plan = school.fhir()
                .read()
                .resource(CarePlan.class)
                .withId(story.id(Referrals.STORY_PLAN))
                .execute();
        assertThat(plan.getActivity())
                .filteredOn(a ->
                        attempts.get(0).serviceRequest().equals(a.getReference().getReference()))
                .hasSize(1);
    }

    @Test
    void create_inALaterStatus_isRefusedAndNothingIsStored() {
        Referral referral = Referrals.newReferral(story, school, agency.organization());
        referral.task().setStatus(TaskStatus.ACCEPTED);

        HttpResponse<String> response = school.http()
                .post(
                        "/fhir",
                        "application/fhir+json",
                        FhirClients.FHIR.newJsonParser().encodeResourceToString(referral.transaction()));

        assertRefused(response, 422, ErrorCode.REFERRAL_INITIAL_STATUS);
        assertThat(count("ServiceRequest", referral.serviceRequest().getIdentifierFirstRep()))
                .isZero();
        assertThat(count("Task", referral.task().getIdentifierFirstRep())).isZero();
    }

    /** A refused change: who tries it, from which status (reached legally first), what they change. */
    record Refusal(String name, String actor, TaskStatus from, Consumer<Task> change, ErrorCode code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                        new Refusal(
                                "school accepts",
                                "school",
                                TaskStatus.REQUESTED,
                                t -> t.setStatus(TaskStatus.ACCEPTED),
                                ErrorCode.REFERRAL_ACTOR_NOT_ALLOWED),
                        new Refusal(
                                "agency cancels",
                                "agency",
                                TaskStatus.ACCEPTED,
                                t -> {
                                    t.setStatus(TaskStatus.CANCELLED);
                                    reason(t, "other", "We want out");
                                },
                                ErrorCode.REFERRAL_ACTOR_NOT_ALLOWED),
                        new Refusal(
                                "school completes",
                                "school",
                                TaskStatus.INPROGRESS,
                                t -> t.setStatus(TaskStatus.COMPLETED),
                                ErrorCode.REFERRAL_ACTOR_NOT_ALLOWED),
                        new Refusal(
                                "requested to completed",
                                "agency",
                                TaskStatus.REQUESTED,
                                t -> t.setStatus(TaskStatus.COMPLETED),
                                ErrorCode.REFERRAL_TRANSITION_NOT_ALLOWED),
                        new Refusal(
                                "requested to in-progress",
                                "agency",
                                TaskStatus.REQUESTED,
                                t -> t.setStatus(TaskStatus.INPROGRESS),
                                ErrorCode.REFERRAL_TRANSITION_NOT_ALLOWED),
                        new Refusal(
                                "accepted back to requested",
                                "agency",
                                TaskStatus.ACCEPTED,
                                t -> t.setStatus(TaskStatus.REQUESTED),
                                ErrorCode.REFERRAL_TRANSITION_NOT_ALLOWED),
                        new Refusal(
                                "reject without reason",
                                "agency",
                                TaskStatus.REQUESTED,
                                t -> t.setStatus(TaskStatus.REJECTED),
                                ErrorCode.REFERRAL_STATUS_REASON_REQUIRED),
                        new Refusal(
                                "fail without reason",
                                "agency",
                                TaskStatus.INPROGRESS,
                                t -> t.setStatus(TaskStatus.FAILED),
                                ErrorCode.REFERRAL_STATUS_REASON_REQUIRED),
                        new Refusal(
                                "cancel without reason",
                                "school",
                                TaskStatus.ACCEPTED,
                                t -> t.setStatus(TaskStatus.CANCELLED),
                                ErrorCode.REFERRAL_STATUS_REASON_REQUIRED),
                        new Refusal(
                                "complete without output",
                                "agency",
                                TaskStatus.INPROGRESS,
                                t -> t.setStatus(TaskStatus.COMPLETED),
                                ErrorCode.REFERRAL_OUTPUT_REQUIRED),
                        new Refusal(
                                "agency redirects the focus",
                                "agency",
                                TaskStatus.ACCEPTED,
                                t -> t.setFocus(new Reference(t.getFocus().getReference() + "0")),
                                ErrorCode.REFERRAL_FIELD_IMMUTABLE))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusedChange_isAnsweredWithItsCode_andLeavesTheTaskUnchanged(Refusal refusal) {
        Created created = newReferral();
        reach(created.task(), refusal.from());
        Task before = read(school, created.task());

        HttpResponse<String> response = change(client(refusal.actor()), created.task(), refusal.change());

        OperationOutcome outcome = assertRefused(response, 422, refusal.code());
        assertThat(outcome.getIssueFirstRep().getDiagnostics())
                .contains("Allowed from '" + before.getStatus().toCode() + "'");
        Task after = read(school, created.task());
        assertThat(after.getMeta().getVersionId()).isEqualTo(before.getMeta().getVersionId());
        assertThat(after.getStatus()).isEqualTo(refusal.from());
    }

    @Test
    void organizationWithoutConsent_cannotMoveTheTask_andLearnsNothingAboutIt() {
        Created created = newReferral();
        Task task = read(school, created.task());
        String version = task.getMeta().getVersionId();
        task.setStatus(TaskStatus.ACCEPTED);

        HttpResponse<String> response = Referrals.put(otherAgency, task, version);

        assertThat(response.statusCode()).as(response.body()).isIn(403, 404);
        assertThat(response.body())
                .as("the consent rules answer first: nothing about the task")
                .doesNotContain(agency.organization())
                .doesNotContain("Allowed from");
        assertThat(read(school, created.task()).getMeta().getVersionId()).isEqualTo(version);
    }

    @Test
    void consentedOrganizationThatIsNeitherParty_cannotAcceptTheTask() {
        Created created = newReferral();
        TestClient viewer = TestClients.withScopes(port, "Consented Viewer Agency", Referrals.AGENCY_SCOPES);
        Referrals.consent(story, school, viewer.organization());

        HttpResponse<String> response = change(viewer, created.task(), t -> t.setStatus(TaskStatus.ACCEPTED));

        assertRefused(response, 422, ErrorCode.REFERRAL_ACTOR_NOT_ALLOWED);
        assertThat(read(school, created.task()).getStatus()).isEqualTo(TaskStatus.REQUESTED);
    }

    @Test
    void completion_withTheServiceDeliveredOfAnotherReferral_isRefused() {
        Created created = newReferral();
        Created other = newReferral();
        reach(created.task(), TaskStatus.INPROGRESS);
        String otherService = Referrals.deliver(story, agency, other.serviceRequest(), student());

        HttpResponse<String> response = change(agency, created.task(), t -> {
            t.setStatus(TaskStatus.COMPLETED);
            output(t, otherService);
        });

        assertRefused(response, 422, ErrorCode.REFERRAL_OUTPUT_REQUIRED);
        assertThat(read(school, created.task()).getStatus()).isEqualTo(TaskStatus.INPROGRESS);
        assertThat(Referrals.readReferral(school.fhir(), created.serviceRequest())
                        .getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
    }

    @Test
    void rejectionWithReason_revokesTheReferral() {
        Created created = newReferral();

        assertOk(change(agency, created.task(), t -> {
            t.setStatus(TaskStatus.REJECTED);
            reason(t, "no-capacity", "Our weekend program is full until January");
        }));

        assertThat(Referrals.readReferral(school.fhir(), created.serviceRequest())
                        .getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
        assertThat(read(school, created.task()).getStatusReason().getText()).contains("full until January");
    }

    @Test
    void cancellationByTheRequester_revokesTheReferral() {
        Created created = newReferral();
        reach(created.task(), TaskStatus.INPROGRESS);

        assertOk(change(school, created.task(), t -> {
            t.setStatus(TaskStatus.CANCELLED);
            reason(t, "moved", "The family moved out of the district");
        }));

        assertThat(read(agency, created.task()).getStatus()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(Referrals.readReferral(school.fhir(), created.serviceRequest())
                        .getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
    }

    @Test
    void onHoldAndBack_byTheOwner() {
        Created created = newReferral();
        reach(created.task(), TaskStatus.INPROGRESS);

        assertOk(change(agency, created.task(), t -> {
            t.setStatus(TaskStatus.ONHOLD);
            reason(t, "unable-to-contact", "Trying to reach the family");
        }));
        assertOk(change(agency, created.task(), t -> t.setStatus(TaskStatus.INPROGRESS)));

        assertThat(read(school, created.task()).getStatus()).isEqualTo(TaskStatus.INPROGRESS);
    }

    @Test
    void delete_ofATaskTheAgencyTookOn_isRefused() {
        Created created = newReferral();
        reach(created.task(), TaskStatus.ACCEPTED);

        HttpResponse<String> response = school.http().delete("/fhir/" + created.task());

        assertRefused(response, 422, ErrorCode.REFERRAL_TRANSITION_NOT_ALLOWED);
        assertThat(read(agency, created.task()).getStatus()).isEqualTo(TaskStatus.ACCEPTED);
    }

    @Test
    void update_withoutIfMatch_is428_andChangesNothing() {
        Created created = newReferral();
        Task task = read(agency, created.task());
        task.setStatus(TaskStatus.ACCEPTED);

        HttpResponse<String> response = Referrals.put(agency, task, null);

        assertRefused(response, 428, ErrorCode.REFERRAL_IF_MATCH_REQUIRED);
        assertThat(read(school, created.task()).getStatus()).isEqualTo(TaskStatus.REQUESTED);
    }

    @Test
    void transactionEntryUpdatingATask_withoutIfMatch_is428() {
        Created created = newReferral();
        Task task = read(agency, created.task());
        task.setStatus(TaskStatus.ACCEPTED);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        bundle.addEntry()
                .setResource(task)
                .getRequest()
                .setMethod(Bundle.HTTPVerb.PUT)
                .setUrl(created.task());

        HttpResponse<String> response = agency.http()
                .post(
                        "/fhir",
                        "application/fhir+json",
                        FhirClients.FHIR.newJsonParser().encodeResourceToString(bundle));

        assertRefused(response, 428, ErrorCode.REFERRAL_IF_MATCH_REQUIRED);
        bundle.getEntryFirstRep().getRequest().setIfMatch("W/\"1\"");
        HttpResponse<String> withIfMatch = agency.http()
                .post(
                        "/fhir",
                        "application/fhir+json",
                        FhirClients.FHIR.newJsonParser().encodeResourceToString(bundle));
        assertOk(withIfMatch);
        assertThat(read(school, created.task()).getStatus()).isEqualTo(TaskStatus.ACCEPTED);
    }

    @Test
    void update_onAStaleVersion_isAConflict() {
        Created created = newReferral();
        Task stale = read(agency, created.task());
        assertOk(change(agency, created.task(), t -> t.setDescription("First contact planned")));
        stale.setStatus(TaskStatus.ACCEPTED);

        HttpResponse<String> response = Referrals.put(agency, stale, "1");

        assertThat(response.statusCode()).as(response.body()).isIn(409, 412);
        Task current = read(school, created.task());
        assertThat(current.getStatus()).isEqualTo(TaskStatus.REQUESTED);
        assertThat(current.getDescription()).isEqualTo("First contact planned");
    }

    @Test
    void concurrentAccept_byTwoClientsOfTheAgency_exactlyOneWins() throws Exception {
        Created created = newReferral();
        TestClient secondDesk = TestClients.register(port, "it-second-desk", AGENCY_NAME, Referrals.AGENCY_SCOPES);
        Task first = read(agency, created.task());
        Task second = read(secondDesk, created.task());
        first.setStatus(TaskStatus.ACCEPTED);
        first.setDescription("accepted by desk 1");
        second.setStatus(TaskStatus.ACCEPTED);
        second.setDescription("accepted by desk 2");
        agency.token();
        secondDesk.token();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<HttpResponse<String>>> calls = List.of(
                    () -> {
                        start.await();
                        return Referrals.put(agency, first, "1");
                    },
                    () -> {
                        start.await();
                        return Referrals.put(secondDesk, second, "1");
                    });
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> call : calls) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                statuses.add(future.get().statusCode());
            }

            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409 || s == 412).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        Task stored = read(school, created.task());
        assertThat(stored.getMeta().getVersionId()).isEqualTo("2");
        assertThat(stored.getDescription()).isIn("accepted by desk 1", "accepted by desk 2");
    }

    @Test
    void inboxAndOutbox_searches() {
        Instant before = Instant.now().minusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Created open = newReferral();
        Created accepted = newReferral();
        assertOk(change(agency, accepted.task(), t -> t.setStatus(TaskStatus.ACCEPTED)));

        List<String> inbox = ids(
                agency,
                "Task?owner=" + agency.organization()
                        + "&status=requested,accepted,in-progress,on-hold&authored-on=le"
                        + java.time.LocalDate.now().plusDays(1)
                        + "&_sort=authored-on&_count=200");
        List<String> outboxChangedSince =
                ids(school, "Task?requester=" + school.organization() + "&_lastUpdated=gt" + before + "&_count=200");
        List<String> stalledOutbox = ids(
                school,
                "Task?requester=" + school.organization()
                        + "&status=requested,accepted,in-progress,on-hold&_lastUpdated=lt" + before + "&_count=200");

        assertThat(inbox).contains(open.task(), accepted.task());
        assertThat(outboxChangedSince).contains(open.task(), accepted.task());
        assertThat(stalledOutbox).doesNotContain(open.task(), accepted.task());
    }

    List<String> ids(TestClient client, String url) {
        return client.fhir().search().byUrl(url).returnBundle(Bundle.class).execute().getEntry().stream()
                .map(e -> e.getResource()
                        .getIdElement()
                        .toUnqualifiedVersionless()
                        .getValue())
                .toList();
    }

    /** Moves a requested task legally to {@code status}. */
    void reach(String task, TaskStatus status) {
        if (status == TaskStatus.REQUESTED) {
            return;
        }
        assertOk(change(agency, task, t -> t.setStatus(TaskStatus.ACCEPTED)));
        if (status == TaskStatus.ACCEPTED) {
            return;
        }
        assertOk(change(agency, task, t -> t.setStatus(TaskStatus.INPROGRESS)));
        assertThat(status).isEqualTo(TaskStatus.INPROGRESS);
    }

    TestClient client(String actor) {
        return switch (actor) {
            case "school" -> school;
            case "agency" -> agency;
            default -> otherAgency;
        };
    }

    int count(String type, Identifier identifier) {
        return school.fhir()
                .search()
                .byUrl(type + "?identifier=" + identifier.getSystem() + "|" + identifier.getValue())
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .size();
    }

    @Test
    void parallelReferralsForOneStudent_queueForThePlan_allSucceed_andAllAreLinkedFromIt(CapturedOutput output)
            throws Exception {
        // Each new Referral adds itself to the plan's activities: concurrent transactions (here of two
        // referrals each, so one transaction links the plan twice) queue for the plan's row lock
        // (PlanLock) instead of racing for its version and being replayed by HAPI.
        int transactions = 4;
        List<Bundle> bundles = new ArrayList<>();
        for (int t = 0; t < transactions; t++) {
            Bundle bundle =
                    Referrals.newReferral(story, school, agency.organization()).transaction();
            bundle.getEntry()
                    .addAll(Referrals.newReferral(story, school, agency.organization())
                            .transaction()
                            .getEntry());
            bundles.add(bundle);
        }
        int before = output.length();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(transactions);
        List<String> created = new ArrayList<>();
        try {
            List<Future<Bundle>> futures = new ArrayList<>();
            for (Bundle bundle : bundles) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return school.fhir().transaction().withBundle(bundle).execute();
                }));
            }
            start.countDown();
            for (Future<Bundle> future : futures) {
                Bundle response = future.get();
                created.add(
                        Referrals.local(response.getEntry().get(0).getResponse().getLocation()));
                created.add(
                        Referrals.local(response.getEntry().get(2).getResponse().getLocation()));
            }
        } finally {
            pool.shutdownNow();
        }

        CarePlan plan = school.fhir()
                .read()
                .resource(CarePlan.class)
                .withId(story.id(Referrals.STORY_PLAN))
                .execute();
        assertThat(created)
                .allMatch(id -> id.startsWith("ServiceRequest/"))
                .doesNotHaveDuplicates()
                .hasSize(8);
        assertThat(plan.getActivity())
                .extracting(a -> a.getReference().getReference())
                .containsAll(created);
        assertThat(output.toString().substring(before))
                .as("no transaction was replayed after a version conflict")
                .doesNotContain("transaction retry");
    }
}
