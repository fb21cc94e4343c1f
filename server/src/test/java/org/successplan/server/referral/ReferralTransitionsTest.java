package org.successplan.server.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.successplan.server.referral.ReferralTransitions.Violation.ACTOR_NOT_ALLOWED;
import static org.successplan.server.referral.ReferralTransitions.Violation.FIELD_IMMUTABLE;
import static org.successplan.server.referral.ReferralTransitions.Violation.INITIAL_STATUS;
import static org.successplan.server.referral.ReferralTransitions.Violation.OUTPUT_REQUIRED;
import static org.successplan.server.referral.ReferralTransitions.Violation.STATUS_REASON_REQUIRED;
import static org.successplan.server.referral.ReferralTransitions.Violation.TRANSITION_NOT_ALLOWED;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.successplan.server.referral.ReferralTransitions.Actor;
import org.successplan.server.referral.ReferralTransitions.Decision;
import org.successplan.server.referral.ReferralTransitions.Status;
import org.successplan.server.referral.ReferralTransitions.TaskState;
import org.successplan.server.referral.ReferralTransitions.Violation;

/** The referral lifecycle as a table: actor × from-state × to-state × fields → allowed, or the violation. */
class ReferralTransitionsTest {

    static final String SCHOOL = "Organization/school";
    static final String AGENCY = "Organization/agency";
    static final String OTHER = "Organization/other";

    static final Actor REQUESTER = new Actor(SCHOOL, false);
    static final Actor OWNER = new Actor(AGENCY, false);
    static final Actor STRANGER = new Actor(OTHER, false);
    static final Actor ADMIN = new Actor("Organization/operator", true);
    static final Actor NO_ORGANIZATION = new Actor(null, false);

    static final Violation OK = null;

    /** A task requested by the school of the agency, in {@code status}, with neither reason nor output. */
    static TaskState task(String status) {
        return new TaskState(
                status,
                SCHOOL,
                SCHOOL,
                AGENCY,
                AGENCY,
                "ServiceRequest/1",
                "Patient/1",
                "http://hl7.org/fhir/CodeSystem/task-code|fulfill",
                "order",
                false,
                false);
    }

    static TaskState withReason(TaskState t) {
        return new TaskState(
                t.status(),
                t.requester(),
                t.requesterOrganization(),
                t.owner(),
                t.ownerOrganization(),
                t.focus(),
                t.subject(),
                t.code(),
                t.intent(),
                true,
                t.deliveredOutput());
    }

    static TaskState withOutput(TaskState t) {
        return new TaskState(
                t.status(),
                t.requester(),
                t.requesterOrganization(),
                t.owner(),
                t.ownerOrganization(),
                t.focus(),
                t.subject(),
                t.code(),
                t.intent(),
                t.hasStatusReason(),
                true);
    }

    static TaskState complete(String status) {
        return withOutput(withReason(task(status)));
    }

    static TaskState withOwner(TaskState t, String owner) {
        return new TaskState(
                t.status(),
                t.requester(),
                t.requesterOrganization(),
                owner,
                owner,
                t.focus(),
                t.subject(),
                t.code(),
                t.intent(),
                t.hasStatusReason(),
                t.deliveredOutput());
    }

    static Arguments row(String name, Actor actor, String from, TaskState to, Violation expected) {
        return Arguments.of(name, actor, task(from), to, expected);
    }

    static Stream<Arguments> updates() {
        return Stream.of(
                // the happy path, each step by its party
                row("requester sends a draft", REQUESTER, "draft", task("requested"), OK),
                row("owner accepts", OWNER, "requested", task("accepted"), OK),
                row("owner rejects with a reason", OWNER, "requested", withReason(task("rejected")), OK),
                row("owner starts", OWNER, "accepted", task("in-progress"), OK),
                row("owner pauses", OWNER, "in-progress", task("on-hold"), OK),
                row("owner resumes", OWNER, "on-hold", task("in-progress"), OK),
                row("owner completes with output", OWNER, "in-progress", withOutput(task("completed")), OK),
                row("owner fails with a reason", OWNER, "in-progress", withReason(task("failed")), OK),
                row("requester cancels requested", REQUESTER, "requested", withReason(task("cancelled")), OK),
                row("requester cancels accepted", REQUESTER, "accepted", withReason(task("cancelled")), OK),
                row("requester cancels in progress", REQUESTER, "in-progress", withReason(task("cancelled")), OK),
                row("requester cancels on hold", REQUESTER, "on-hold", withReason(task("cancelled")), OK),
                row("requester marks an error", REQUESTER, "completed", task("entered-in-error"), OK),
                row("same status, new note", STRANGER, "accepted", task("accepted"), OK),
                // the wrong party
                row("requester cannot accept", REQUESTER, "requested", task("accepted"), ACTOR_NOT_ALLOWED),
                row("requester cannot complete", REQUESTER, "in-progress", complete("completed"), ACTOR_NOT_ALLOWED),
                row("owner cannot cancel", OWNER, "accepted", complete("cancelled"), ACTOR_NOT_ALLOWED),
                row("owner cannot send a draft", OWNER, "draft", task("requested"), ACTOR_NOT_ALLOWED),
                row("owner cannot mark an error", OWNER, "requested", task("entered-in-error"), ACTOR_NOT_ALLOWED),
                row("stranger cannot accept", STRANGER, "requested", task("accepted"), ACTOR_NOT_ALLOWED),
                row("stranger cannot cancel", STRANGER, "requested", complete("cancelled"), ACTOR_NOT_ALLOWED),
                row("no organization cannot accept", NO_ORGANIZATION, "requested", task("accepted"), ACTOR_NOT_ALLOWED),
                // transitions that do not exist
                row(
                        "requested straight to completed",
                        OWNER,
                        "requested",
                        complete("completed"),
                        TRANSITION_NOT_ALLOWED),
                row(
                        "requested straight to in-progress",
                        OWNER,
                        "requested",
                        task("in-progress"),
                        TRANSITION_NOT_ALLOWED),
                row("accepted straight to completed", OWNER, "accepted", complete("completed"), TRANSITION_NOT_ALLOWED),
                row("back to requested", OWNER, "accepted", task("requested"), TRANSITION_NOT_ALLOWED),
                row("on-hold straight to completed", OWNER, "on-hold", complete("completed"), TRANSITION_NOT_ALLOWED),
                row("draft straight to accepted", OWNER, "draft", task("accepted"), TRANSITION_NOT_ALLOWED),
                row("completed is final", OWNER, "completed", task("in-progress"), TRANSITION_NOT_ALLOWED),
                row("rejected is final", OWNER, "rejected", task("accepted"), TRANSITION_NOT_ALLOWED),
                row("cancelled is final", REQUESTER, "cancelled", task("requested"), TRANSITION_NOT_ALLOWED),
                row("failed is final", OWNER, "failed", task("in-progress"), TRANSITION_NOT_ALLOWED),
                row(
                        "entered-in-error is final",
                        REQUESTER,
                        "entered-in-error",
                        task("requested"),
                        TRANSITION_NOT_ALLOWED),
                row("not even an administrator", ADMIN, "completed", task("in-progress"), TRANSITION_NOT_ALLOWED),
                // required fields
                row("reject without reason", OWNER, "requested", task("rejected"), STATUS_REASON_REQUIRED),
                row("fail without reason", OWNER, "in-progress", task("failed"), STATUS_REASON_REQUIRED),
                row("cancel without reason", REQUESTER, "accepted", task("cancelled"), STATUS_REASON_REQUIRED),
                row("complete without output", OWNER, "in-progress", withReason(task("completed")), OUTPUT_REQUIRED),
                row("admin completes without output", ADMIN, "in-progress", task("completed"), OUTPUT_REQUIRED),
                // administrators act for either party
                row("admin accepts", ADMIN, "requested", task("accepted"), OK),
                row("admin cancels", ADMIN, "in-progress", withReason(task("cancelled")), OK),
                // the referral's defining fields
                row(
                        "requester changes",
                        OWNER,
                        "accepted",
                        changed(
                                "accepted",
                                t -> new TaskState(
                                        t.status(),
                                        OTHER,
                                        OTHER,
                                        t.owner(),
                                        t.ownerOrganization(),
                                        t.focus(),
                                        t.subject(),
                                        t.code(),
                                        t.intent(),
                                        false,
                                        false)),
                        FIELD_IMMUTABLE),
                row(
                        "focus changes",
                        REQUESTER,
                        "requested",
                        changed(
                                "requested",
                                t -> new TaskState(
                                        t.status(),
                                        t.requester(),
                                        t.requesterOrganization(),
                                        t.owner(),
                                        t.ownerOrganization(),
                                        "ServiceRequest/2",
                                        t.subject(),
                                        t.code(),
                                        t.intent(),
                                        false,
                                        false)),
                        FIELD_IMMUTABLE),
                row(
                        "for changes",
                        ADMIN,
                        "requested",
                        changed(
                                "requested",
                                t -> new TaskState(
                                        t.status(),
                                        t.requester(),
                                        t.requesterOrganization(),
                                        t.owner(),
                                        t.ownerOrganization(),
                                        t.focus(),
                                        "Patient/2",
                                        t.code(),
                                        t.intent(),
                                        false,
                                        false)),
                        FIELD_IMMUTABLE),
                row(
                        "owner taken over after acceptance",
                        STRANGER,
                        "accepted",
                        withOwner(task("accepted"), OTHER),
                        FIELD_IMMUTABLE),
                row(
                        "owner hands over while accepting",
                        OWNER,
                        "requested",
                        withOwner(task("accepted"), OTHER),
                        FIELD_IMMUTABLE),
                row(
                        "requester reassigns a requested task",
                        REQUESTER,
                        "requested",
                        withOwner(task("requested"), OTHER),
                        OK),
                row(
                        "requester reassigns after acceptance",
                        REQUESTER,
                        "accepted",
                        withOwner(task("accepted"), OTHER),
                        FIELD_IMMUTABLE),
                row(
                        "stranger reassigns a requested task",
                        STRANGER,
                        "requested",
                        withOwner(task("requested"), OTHER),
                        FIELD_IMMUTABLE));
    }

    /** The task in {@code status} changed by {@code change}. */
    static TaskState changed(String status, UnaryOperator<TaskState> change) {
        return change.apply(task(status));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("updates")
    void update(String name, Actor actor, TaskState before, TaskState after, Violation expected) {
        Decision decision = ReferralTransitions.update(before, after, actor);

        assertThat(decision.violation()).as(decision.message()).isEqualTo(expected);
        assertThat(decision.allowed()).isEqualTo(expected == null);
    }

    static Stream<Arguments> creates() {
        return Stream.of(
                Arguments.of("draft", REQUESTER, OK),
                Arguments.of("requested", REQUESTER, OK),
                Arguments.of("requested", STRANGER, OK),
                Arguments.of("accepted", REQUESTER, INITIAL_STATUS),
                Arguments.of("in-progress", OWNER, INITIAL_STATUS),
                Arguments.of("completed", OWNER, INITIAL_STATUS),
                Arguments.of("cancelled", REQUESTER, INITIAL_STATUS),
                Arguments.of("completed", ADMIN, OK),
                Arguments.of("ready", REQUESTER, OK)); // outside the value set: left to profile validation
    }

    @ParameterizedTest(name = "create {0} by {1}")
    @MethodSource("creates")
    void create(String status, Actor actor, Violation expected) {
        Decision decision = ReferralTransitions.create(task(status), actor);

        assertThat(decision.violation()).as(decision.message()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "delete {0} by {1}")
    @MethodSource("deletes")
    void delete(String status, Actor actor, Violation expected) {
        assertThat(ReferralTransitions.delete(task(status), actor).violation()).isEqualTo(expected);
    }

    static Stream<Arguments> deletes() {
        return Stream.of(
                Arguments.of("draft", REQUESTER, OK),
                Arguments.of("requested", STRANGER, OK),
                Arguments.of("accepted", REQUESTER, TRANSITION_NOT_ALLOWED),
                Arguments.of("in-progress", OWNER, TRANSITION_NOT_ALLOWED),
                Arguments.of("completed", REQUESTER, TRANSITION_NOT_ALLOWED),
                Arguments.of("completed", ADMIN, OK));
    }

    @Test
    void claimingAnUnownedRequestedTask_makesTheClaimerItsOwner() {
        TaskState open = withOwner(task("requested"), null);

        Decision claim = ReferralTransitions.update(open, withOwner(task("accepted"), OTHER), STRANGER);
        Decision claimForAnother = ReferralTransitions.update(open, withOwner(task("accepted"), AGENCY), STRANGER);

        assertThat(claim.allowed()).as(claim.message()).isTrue();
        assertThat(claimForAnother.violation()).isEqualTo(FIELD_IMMUTABLE);
    }

    @Test
    void refusal_namesTheTransitionsAllowedFromTheStoredStatus() {
        Decision decision = ReferralTransitions.update(task("accepted"), complete("completed"), OWNER);

        assertThat(decision.message())
                .contains("Allowed from 'accepted'")
                .contains("accepted → in-progress (owner)")
                .contains("accepted → cancelled (requester)")
                .contains("accepted → entered-in-error (requester)");
        assertThat(decision.available())
                .extracting(t -> t.to())
                .containsExactly(Status.IN_PROGRESS, Status.CANCELLED, Status.ENTERED_IN_ERROR);
    }

    @Test
    void wrongActor_isToldWhoMayMakeTheMove() {
        Decision decision = ReferralTransitions.update(task("requested"), task("accepted"), STRANGER);

        assertThat(decision.message())
                .contains("Only the owner organization (" + AGENCY + ")")
                .contains(OTHER + " is neither requester nor owner");
    }

    @Test
    void referralStatus_followsTheTask() {
        assertThat(ReferralTransitions.referralStatusFor(Status.COMPLETED)).isEqualTo("completed");
        assertThat(ReferralTransitions.referralStatusFor(Status.REJECTED)).isEqualTo("revoked");
        assertThat(ReferralTransitions.referralStatusFor(Status.FAILED)).isEqualTo("revoked");
        assertThat(ReferralTransitions.referralStatusFor(Status.CANCELLED)).isEqualTo("revoked");
        assertThat(ReferralTransitions.referralStatusFor(Status.IN_PROGRESS)).isEqualTo("active");
        assertThat(ReferralTransitions.referralStatusFor(Status.ACCEPTED)).isNull();
    }
}
