package org.successplan.server.referral;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The referral lifecycle: which ReferralTask status changes exist, who may make each one, and what the
 * task must carry afterwards. Pure rules on plain values (no HAPI or Spring types), so the whole table
 * reads and tests as a table ({@code ReferralTransitionsTest}).
 *
 * <pre>
 *   draft       → requested                          requester
 *   requested   → accepted | rejected                owner      (rejected needs statusReason)
 *   accepted    → in-progress                        owner
 *   in-progress → on-hold | completed | failed       owner      (completed needs a delivered output,
 *   on-hold     → in-progress                        owner       failed needs statusReason)
 *   requested | accepted | in-progress | on-hold
 *               → cancelled                          requester  (needs statusReason)
 *   any status but entered-in-error
 *               → entered-in-error                   requester
 * </pre>
 *
 * A new task starts {@code draft} or {@code requested}, and can be deleted only then. An edit that keeps the status is not a
 * transition; it may not change what the referral is (requester, focus, for, code, intent), and it may
 * change the owner only while the task waits for one (the requester reassigns a draft or requested
 * task; an organization claims an unowned requested task by naming itself). An administrator may act
 * for either party and create a task in any status (imports), but the graph and the required fields
 * still apply to its updates.
 */
final class ReferralTransitions {

    /** The ReferralTask statuses (value set {@code ssp-referral-task-status}). */
    enum Status {
        DRAFT("draft"),
        REQUESTED("requested"),
        ACCEPTED("accepted"),
        REJECTED("rejected"),
        IN_PROGRESS("in-progress"),
        ON_HOLD("on-hold"),
        COMPLETED("completed"),
        FAILED("failed"),
        CANCELLED("cancelled"),
        ENTERED_IN_ERROR("entered-in-error");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }

        /** The status with this FHIR code, or {@code null} for a code outside the value set (the profile refuses it). */
        static Status of(String code) {
            for (Status status : values()) {
                if (status.code.equals(code)) {
                    return status;
                }
            }
            return null;
        }

        /** No transition leaves these (but {@code entered-in-error} can still be reached from them). */
        boolean terminal() {
            return this == COMPLETED
                    || this == REJECTED
                    || this == FAILED
                    || this == CANCELLED
                    || this == ENTERED_IN_ERROR;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    /** The side of the referral an organization is on. */
    enum Party {
        REQUESTER,
        OWNER;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Why a change is refused; the adapter maps each to an error code. */
    enum Violation {
        TRANSITION_NOT_ALLOWED,
        ACTOR_NOT_ALLOWED,
        STATUS_REASON_REQUIRED,
        OUTPUT_REQUIRED,
        INITIAL_STATUS,
        FIELD_IMMUTABLE
    }

    /** One edge of the lifecycle. */
    record Transition(Status from, Status to, Party by) {
        @Override
        public String toString() {
            return from + " → " + to + " (" + by + ")";
        }
    }

    /**
     * What the rules need to know about one version of a task. References are as stored ({@code
     * Organization/1}, {@code PractitionerRole/2}); the {@code …Organization} fields are the organization
     * each resolves to (a Navigator's organization), {@code null} when there is none.
     *
     * @param status the status code as written (may be outside the value set)
     * @param deliveredOutput whether an {@code output} references what was delivered (a ServiceDelivered
     *     Procedure or an outcome Observation)
     */
    record TaskState(
            String status,
            String requester,
            String requesterOrganization,
            String owner,
            String ownerOrganization,
            String focus,
            String subject,
            String code,
            String intent,
            boolean hasStatusReason,
            boolean deliveredOutput) {

        Status parsedStatus() {
            return Status.of(status);
        }
    }

    /**
     * Who is acting.
     *
     * @param organization the acting organization ({@code Organization/1}); {@code null} for none
     * @param admin an operator client, which may act for either party
     */
    record Actor(String organization, boolean admin) {}

    /** The verdict: allowed, or refused with the violation, a message, and the transitions that exist from here. */
    record Decision(boolean allowed, Violation violation, String message, List<Transition> available) {

        static Decision allow() {
            return new Decision(true, null, "allowed", List.of());
        }

        /** A refusal; the message ends with the transitions allowed from the stored status. */
        static Decision refuse(Violation violation, String message, List<Transition> available) {
            String full = available.isEmpty() ? message : message + ". " + describe(available);
            return new Decision(false, violation, full, available);
        }
    }

    static final Set<Status> INITIAL = EnumSet.of(Status.DRAFT, Status.REQUESTED);
    static final Set<Status> NEED_REASON = EnumSet.of(Status.REJECTED, Status.FAILED, Status.CANCELLED);

    /** The lifecycle graph (entered-in-error edges are derived, see {@link #transitionsFrom}). */
    static final List<Transition> TRANSITIONS = List.of(
            new Transition(Status.DRAFT, Status.REQUESTED, Party.REQUESTER),
            new Transition(Status.REQUESTED, Status.ACCEPTED, Party.OWNER),
            new Transition(Status.REQUESTED, Status.REJECTED, Party.OWNER),
            new Transition(Status.REQUESTED, Status.CANCELLED, Party.REQUESTER),
            new Transition(Status.ACCEPTED, Status.IN_PROGRESS, Party.OWNER),
            new Transition(Status.ACCEPTED, Status.CANCELLED, Party.REQUESTER),
            new Transition(Status.IN_PROGRESS, Status.ON_HOLD, Party.OWNER),
            new Transition(Status.IN_PROGRESS, Status.COMPLETED, Party.OWNER),
            new Transition(Status.IN_PROGRESS, Status.FAILED, Party.OWNER),
            new Transition(Status.IN_PROGRESS, Status.CANCELLED, Party.REQUESTER),
            new Transition(Status.ON_HOLD, Status.IN_PROGRESS, Party.OWNER),
            new Transition(Status.ON_HOLD, Status.CANCELLED, Party.REQUESTER));

    private ReferralTransitions() {}

    /** Every transition out of {@code from}, in a stable order. */
    static List<Transition> transitionsFrom(Status from) {
        List<Transition> result = new java.util.ArrayList<>(
                TRANSITIONS.stream().filter(t -> t.from() == from).toList());
        if (from != Status.ENTERED_IN_ERROR) {
            result.add(new Transition(from, Status.ENTERED_IN_ERROR, Party.REQUESTER));
        }
        return List.copyOf(result);
    }

    /** A new task: it starts {@code draft} or {@code requested}, unless an administrator imports it. */
    static Decision create(TaskState task, Actor actor) {
        Status status = task.parsedStatus();
        if (status == null) {
            return Decision.allow(); // not a ReferralTask status: the profile validation refuses it
        }
        if (!INITIAL.contains(status) && !actor.admin()) {
            return Decision.refuse(
                    Violation.INITIAL_STATUS,
                    "A ReferralTask starts as 'draft' or 'requested', not '" + status
                            + "'; the owner moves it on with updates (only an administrator may import a task in a later status)",
                    List.of());
        }
        return Decision.allow();
    }

    /**
     * Deleting a task: only while nobody has taken it on ({@code draft}, {@code requested}); afterwards the
     * requester cancels it or marks it entered-in-error, so the owner's record of its work is kept. An
     * administrator may delete any.
     */
    static Decision delete(TaskState task, Actor actor) {
        Status status = task.parsedStatus();
        if (status == null || INITIAL.contains(status) || actor.admin()) {
            return Decision.allow();
        }
        return Decision.refuse(
                Violation.TRANSITION_NOT_ALLOWED,
                "A ReferralTask that is '" + status + "' cannot be deleted: the requester cancels it (with a"
                        + " statusReason) or marks it entered-in-error",
                transitionsFrom(status));
    }

    /** An update from the stored version {@code before} to {@code after}. */
    static Decision update(TaskState before, TaskState after, Actor actor) {
        Status from = before.parsedStatus();
        Status to = after.parsedStatus();
        if (from == null || to == null) {
            return Decision.allow(); // outside the value set: the profile validation refuses it
        }
        List<Transition> available = transitionsFrom(from);

        Decision fields = fields(before, after, from, to, actor);
        if (!fields.allowed()) {
            return fields;
        }
        if (from == to) {
            return Decision.allow();
        }
        Transition transition =
                available.stream().filter(t -> t.to() == to).findFirst().orElse(null);
        if (transition == null) {
            return Decision.refuse(
                    Violation.TRANSITION_NOT_ALLOWED,
                    "A ReferralTask cannot go from '" + from + "' to '" + to + "'",
                    available);
        }
        Set<Party> parties = parties(before, after, actor);
        if (!actor.admin() && !parties.contains(transition.by())) {
            return Decision.refuse(
                    Violation.ACTOR_NOT_ALLOWED,
                    "Only the " + transition.by() + " organization (" + organizationOf(before, transition.by())
                            + ") may move a ReferralTask from '" + from + "' to '" + to + "'; "
                            + (actor.organization() == null
                                    ? "this request acts for no organization"
                                    : actor.organization() + " is " + describe(parties)),
                    available);
        }
        if (NEED_REASON.contains(to) && !after.hasStatusReason()) {
            return Decision.refuse(
                    Violation.STATUS_REASON_REQUIRED,
                    "A ReferralTask moved to '" + to
                            + "' must say why: set statusReason (a code of ssp-referral-status-reason and its text)",
                    available);
        }
        if (to == Status.COMPLETED && !after.deliveredOutput()) {
            return Decision.refuse(
                    Violation.OUTPUT_REQUIRED,
                    "A ReferralTask moved to 'completed' must report what was delivered: add an output (type resulting-activity)"
                            + " whose valueReference is the ServiceDelivered Procedure or an outcome Observation",
                    available);
        }
        return Decision.allow();
    }

    /** The sides {@code actor} is on for this change (before the admin override). */
    static Set<Party> parties(TaskState before, TaskState after, Actor actor) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        String organization = actor.organization();
        if (organization == null) {
            return parties;
        }
        if (organization.equals(before.requesterOrganization())) {
            parties.add(Party.REQUESTER);
        }
        if (organization.equals(before.ownerOrganization()) || claims(before, after, actor)) {
            parties.add(Party.OWNER);
        }
        return parties;
    }

    /** An organization takes an unowned, requested task by naming itself as owner. */
    private static boolean claims(TaskState before, TaskState after, Actor actor) {
        return before.owner() == null
                && before.parsedStatus() == Status.REQUESTED
                && actor.organization() != null
                && actor.organization().equals(after.ownerOrganization());
    }

    private static Decision fields(TaskState before, TaskState after, Status from, Status to, Actor actor) {
        for (String[] field : new String[][] {
            {"requester", before.requester(), after.requester()},
            {"focus", before.focus(), after.focus()},
            {"for", before.subject(), after.subject()},
            {"code", before.code(), after.code()},
            {"intent", before.intent(), after.intent()}
        }) {
            if (!Objects.equals(field[1], field[2])) {
                return Decision.refuse(
                        Violation.FIELD_IMMUTABLE,
                        "Task." + field[0] + " of a ReferralTask cannot change (from " + field[1] + " to " + field[2]
                                + "); cancel the referral and make a new one instead",
                        transitionsFrom(from));
            }
        }
        if (Objects.equals(before.owner(), after.owner())) {
            return Decision.allow();
        }
        if (claims(before, after, actor)) {
            return Decision.allow();
        }
        boolean waiting = from == Status.DRAFT || from == Status.REQUESTED;
        boolean requester = actor.admin()
                || (actor.organization() != null && actor.organization().equals(before.requesterOrganization()));
        if (waiting && from == to && requester) {
            return Decision.allow(); // the requester reassigns the referral before anyone took it
        }
        return Decision.refuse(
                Violation.FIELD_IMMUTABLE,
                "Task.owner of a ReferralTask changes only while it is 'draft' or 'requested', without a status change:"
                        + " the requester reassigns it, or an organization claims an unowned task by naming itself"
                        + " (owner was " + before.owner() + ", now " + after.owner() + ")",
                transitionsFrom(from));
    }

    private static String organizationOf(TaskState task, Party party) {
        String organization = party == Party.OWNER ? task.ownerOrganization() : task.requesterOrganization();
        return organization == null ? "none recorded" : organization;
    }

    private static String describe(Set<Party> parties) {
        return parties.isEmpty()
                ? "neither requester nor owner"
                : "the " + parties.stream().map(Party::toString).collect(Collectors.joining(" and "));
    }

    /**
     * The Referral (ServiceRequest) status that follows a task's new status: {@code completed} when the
     * task is completed, {@code revoked} when it is rejected, failed or cancelled, {@code active} once it
     * is requested or in progress, {@code entered-in-error} with it; {@code null} = leave it as it is.
     */
    static String referralStatusFor(Status taskStatus) {
        return switch (taskStatus) {
            case COMPLETED -> "completed";
            case REJECTED, FAILED, CANCELLED -> "revoked";
            case REQUESTED, IN_PROGRESS -> "active";
            case ENTERED_IN_ERROR -> "entered-in-error";
            case DRAFT, ACCEPTED, ON_HOLD -> null;
        };
    }

    /** "Allowed from 'x': x → y (owner), …" — the sentence the OperationOutcome carries. */
    static String describe(List<Transition> available) {
        if (available.isEmpty()) {
            return "No transition is allowed from here.";
        }
        return "Allowed from '" + available.get(0).from() + "': "
                + available.stream().map(Transition::toString).collect(Collectors.joining(", ")) + ".";
    }
}
