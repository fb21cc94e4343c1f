package org.successplan.server.referral;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.ErrorResponses;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.StorageInterceptor;
import org.successplan.server.referral.ReferralTransitions.Actor;
import org.successplan.server.referral.ReferralTransitions.Decision;
import org.successplan.server.referral.ReferralTransitions.TaskState;
import org.successplan.server.security.RequestIdentity;

/**
 * Enforces the referral lifecycle ({@link ReferralTransitions}) on every Task write, whatever route it
 * came by (REST, transaction or batch entry, PATCH), on the JPA registry:
 *
 * <ul>
 *   <li>{@code STORAGE_PRESTORAGE_RESOURCE_CREATED}: a new task starts {@code draft} or {@code requested}.
 *   <li>{@code STORAGE_PRESTORAGE_RESOURCE_UPDATED}: the stored version against the new one — the
 *       transition exists, the acting organization ({@link RequestIdentity#organization()}) is the party
 *       that may make it, the reason or output it needs is there, the referral's defining fields are
 *       unchanged.
 *   <li>{@code STORAGE_PRESTORAGE_RESOURCE_DELETED}: only a draft or requested task may be deleted.
 * </ul>
 *
 * For the task's requester and owner (and operators) these run before profile validation, so a refusal
 * carries its own {@code SSP-REFERRAL-00x} code: {@code 422} with an OperationOutcome naming the
 * transitions allowed from the stored status. For any other organization the same rules run on the
 * matching {@code STORAGE_PRECOMMIT_RESOURCE_*} pointcut instead, after the consent rules for writes
 * (order {@code CONSENT_WRITE}), so that an organization that may not see the task gets the consent
 * feature's answer ({@code 404}) and learns nothing about the task from ours. Nothing is stored after a
 * refusal (a transaction is rolled back). The server's own writes ({@link SystemRequestDetails}, no
 * identity) are not checked. Cost: no database access, except one read per Navigator (PractitionerRole)
 * requester or owner.
 */
@Interceptor(order = InterceptorOrder.REFERRAL_LIFECYCLE)
class ReferralLifecycleInterceptor implements StorageInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ReferralLifecycleInterceptor.class);

    private final ReferralReferences references;

    ReferralLifecycleInterceptor(ReferralReferences references) {
        this.references = references;
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    public void created(IBaseResource resource, RequestDetails request) {
        Optional<Actor> actor = actorOf(request);
        if (resource instanceof Task task && actor.isPresent()) {
            enforce(ReferralTransitions.create(references.stateOf(task), actor.get()), task, actor.get());
        }
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    public void updated(IBaseResource oldResource, IBaseResource newResource, RequestDetails request) {
        checkUpdate(oldResource, newResource, request, true);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    public void updatedAfterConsent(IBaseResource oldResource, IBaseResource newResource, RequestDetails request) {
        checkUpdate(oldResource, newResource, request, false);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
    public void deleted(IBaseResource resource, RequestDetails request) {
        checkDelete(resource, request, true);
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
    public void deletedAfterConsent(IBaseResource resource, RequestDetails request) {
        checkDelete(resource, request, false);
    }

    /** Parties are checked before storage ({@code early}), everybody else after the consent rules. */
    private void checkUpdate(
            IBaseResource oldResource, IBaseResource newResource, RequestDetails request, boolean early) {
        Optional<Actor> actor = actorOf(request);
        if (newResource instanceof Task after && oldResource instanceof Task before && actor.isPresent()) {
            TaskState stored = references.stateOf(before);
            TaskState next = references.stateOf(after);
            if (early == isParty(stored, next, actor.get())) {
                enforce(ReferralTransitions.update(stored, next, actor.get()), after, actor.get());
            }
        }
    }

    private void checkDelete(IBaseResource resource, RequestDetails request, boolean early) {
        Optional<Actor> actor = actorOf(request);
        if (resource instanceof Task task && actor.isPresent()) {
            TaskState stored = references.stateOf(task);
            if (early == isParty(stored, stored, actor.get())) {
                enforce(ReferralTransitions.delete(stored, actor.get()), task, actor.get());
            }
        }
    }

    private static boolean isParty(TaskState before, TaskState after, Actor actor) {
        return actor.admin()
                || !ReferralTransitions.parties(before, after, actor).isEmpty();
    }

    /** The acting organization; empty for the server's own writes, which the lifecycle does not govern. */
    static Optional<Actor> actorOf(RequestDetails request) {
        if (request == null || request instanceof SystemRequestDetails) {
            return Optional.empty();
        }
        return RequestIdentity.of(request).map(identity -> new Actor(identity.organization(), identity.admin()));
    }

    private static void enforce(Decision decision, Task task, Actor actor) {
        if (decision.allowed()) {
            if (actor.admin()) {
                log.info(
                        "Administrator write of {} (status {})",
                        task.getIdElement().toUnqualifiedVersionless(),
                        task.getStatus());
            }
            return;
        }
        log.info(
                "Refused {} of {} by {}: {}",
                decision.violation(),
                task.getIdElement().toUnqualifiedVersionless().getValue(),
                actor.organization(),
                decision.message());
        throw ErrorResponses.of(codeOf(decision.violation()), decision.message());
    }

    static ErrorCode codeOf(ReferralTransitions.Violation violation) {
        return switch (violation) {
            case TRANSITION_NOT_ALLOWED -> ErrorCode.REFERRAL_TRANSITION_NOT_ALLOWED;
            case ACTOR_NOT_ALLOWED -> ErrorCode.REFERRAL_ACTOR_NOT_ALLOWED;
            case STATUS_REASON_REQUIRED -> ErrorCode.REFERRAL_STATUS_REASON_REQUIRED;
            case OUTPUT_REQUIRED -> ErrorCode.REFERRAL_OUTPUT_REQUIRED;
            case INITIAL_STATUS -> ErrorCode.REFERRAL_INITIAL_STATUS;
            case FIELD_IMMUTABLE -> ErrorCode.REFERRAL_FIELD_IMMUTABLE;
        };
    }
}
