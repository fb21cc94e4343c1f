package org.successplan.server.referral;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.util.ResourceUtil;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskOutputComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.ErrorResponses;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.StorageInterceptor;
import org.successplan.server.ig.ConformingServerWrite;
import org.successplan.server.referral.ReferralTransitions.Actor;
import org.successplan.server.referral.ReferralTransitions.Status;
import org.successplan.server.security.AuthorTag;

/**
 * What follows a referral write, inside the same database transaction, once every entry of a
 * transaction Bundle is stored and its references resolved ({@code STORAGE_PRECOMMIT_RESOURCE_*}, JPA
 * registry; HAPI defers these hooks to the end of a transaction):
 *
 * <ul>
 *   <li>Task completed: each ServiceDelivered (Procedure) output must be {@code basedOn} the task's
 *       Referral, else {@code 422 SSP-REFERRAL-004}.
 *   <li>Task status changed: the Referral's status follows ({@link ReferralTransitions#referralStatusFor}),
 *       written by the server itself ({@link SystemRequestDetails}); not for sub-tasks ({@code partOf}).
 *   <li>Referral created: the SuccessPlan it is {@code basedOn} gets an {@code activity.reference} to it,
 *       when the referring organization wrote that plan and the link is not there yet (so a retried
 *       create never adds it twice). The plan is locked first ({@link PlanLock}): parallel referrals
 *       for one student queue for it rather than race. Profile validation trusts the link when the plan
 *       declares only the SuccessPlan profile ({@link SuccessPlanProfile}); otherwise it validates the plan.
 * </ul>
 *
 * A refusal rolls the whole request back. Cost: one read of the Referral per Task status change, one read per Procedure output on completion, a row lock, one read and one write of the plan per
 * Referral create, one write of the Referral per status change it follows.
 */
@Interceptor(order = InterceptorOrder.REFERRAL_LIFECYCLE)
class ReferralFollowUpInterceptor implements StorageInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ReferralFollowUpInterceptor.class);

    private final DaoRegistry daoRegistry;
    private final PlanLock planLock;
    private final boolean linkPlanActivity;

    ReferralFollowUpInterceptor(DaoRegistry daoRegistry, PlanLock planLock, boolean linkPlanActivity) {
        this.daoRegistry = daoRegistry;
        this.planLock = planLock;
        this.linkPlanActivity = linkPlanActivity;
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
    public void created(IBaseResource resource, RequestDetails request) {
        Optional<Actor> actor = ReferralLifecycleInterceptor.actorOf(request);
        if (actor.isEmpty()) {
            return;
        }
        if (resource instanceof ServiceRequest referral && linkPlanActivity) {
            linkFromPlans(referral, actor.get());
        }
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    public void updated(IBaseResource oldResource, IBaseResource newResource, RequestDetails request) {
        if (!(newResource instanceof Task after) || !(oldResource instanceof Task before)) {
            return;
        }
        if (before.getStatus() == after.getStatus()) {
            return;
        }
        Status status = Status.of(after.hasStatus() ? after.getStatus().toCode() : null);
        if (status == null) {
            return;
        }
        if (status == Status.COMPLETED
                && ReferralLifecycleInterceptor.actorOf(request).isPresent()) {
            checkOutputs(after);
        }
        if (!after.hasPartOf()) {
            follow(after, status);
        }
    }

    private void checkOutputs(Task task) {
        String focus = local(task.getFocus());
        for (TaskOutputComponent output : task.getOutput()) {
            if (!(output.getValue() instanceof Reference reference)) {
                continue;
            }
            String target = local(reference);
            if (target == null || !target.startsWith("Procedure/")) {
                continue;
            }
            Procedure delivered = read(Procedure.class, target);
            boolean forThisReferral = delivered != null
                    && delivered.getBasedOn().stream()
                            .map(ReferralReferences::local)
                            .anyMatch(ref -> Objects.equals(ref, focus));
            if (!forThisReferral) {
                throw ErrorResponses.of(
                        ErrorCode.REFERRAL_OUTPUT_REQUIRED,
                        "The output " + target + " is not a ServiceDelivered basedOn this task's Referral " + focus
                                + ": report the service delivered for this referral (Procedure.basedOn = " + focus
                                + ")");
            }
        }
    }

    private void follow(Task task, Status status) {
        String next = ReferralTransitions.referralStatusFor(status);
        ServiceRequest referral = next == null ? null : referralOf(task);
        if (referral == null) {
            return;
        }
        ServiceRequestStatus current = referral.getStatus();
        ServiceRequestStatus target = ServiceRequestStatus.fromCode(next);
        boolean settled = current == ServiceRequestStatus.COMPLETED
                || current == ServiceRequestStatus.REVOKED
                || current == ServiceRequestStatus.ENTEREDINERROR;
        if (current == target
                || (target == ServiceRequestStatus.ACTIVE && current != ServiceRequestStatus.DRAFT)
                || (settled && target != ServiceRequestStatus.ENTEREDINERROR)) {
            return;
        }
        referral.setStatus(target);
        ResourceUtil.clearRawStringFromResource(referral);
        daoRegistry.getResourceDao(ServiceRequest.class).update(referral, new SystemRequestDetails());
        log.info(
                "{} is now {} because {} is {}",
                referral.getIdElement().toUnqualifiedVersionless().getValue(),
                next,
                task.getIdElement().toUnqualifiedVersionless().getValue(),
                status);
    }

    private void linkFromPlans(ServiceRequest referral, Actor actor) {
        String referralId = referral.getIdElement().toUnqualifiedVersionless().getValue();
        for (Reference basedOn : referral.getBasedOn()) {
            String target = local(basedOn);
            if (target == null || !target.startsWith("CarePlan/")) {
                continue;
            }
            CarePlan plan = planLock.lock(target) ? read(CarePlan.class, target) : null;
            if (plan == null || !(actor.admin() || AuthorTag.isAuthor(plan, actor.organization()))) {
                continue;
            }
            boolean linked = plan.getActivity().stream()
                    .anyMatch(activity -> referralId.equals(ReferralReferences.local(activity.getReference())));
            if (!linked) {
                plan.addActivity().setReference(new Reference(referralId));
                ResourceUtil.clearRawStringFromResource(plan);
                daoRegistry.getResourceDao(CarePlan.class).update(plan, linkWriter(plan));
                log.info("Linked {} from {}", referralId, target);
            }
        }
    }

    /** Who writes the link: trusted by profile validation when the plan's profiles accept it as it is. */
    private static SystemRequestDetails linkWriter(CarePlan plan) {
        return SuccessPlanProfile.acceptsReferralLinks(plan)
                ? ConformingServerWrite.request()
                : new SystemRequestDetails();
    }

    private ServiceRequest referralOf(Task task) {
        String focus = local(task.getFocus());
        return focus != null && focus.startsWith("ServiceRequest/") ? read(ServiceRequest.class, focus) : null;
    }

    private <T extends IBaseResource> T read(Class<T> type, String id) {
        try {
            return daoRegistry.getResourceDao(type).read(new IdType(id), new SystemRequestDetails());
        } catch (ResourceNotFoundException | ResourceGoneException e) {
            return null;
        }
    }

    private static String local(Reference reference) {
        return ReferralReferences.local(reference);
    }
}
