package org.successplan.server.consent;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.StorageInterceptor;

/**
 * Consent rules for writes, checked just before the database transaction commits
 * ({@code STORAGE_PRECOMMIT_RESOURCE_CREATED}, {@code _UPDATED}, {@code _DELETED}; for a FHIR transaction
 * HAPI fires them for every entry once all entries are written and their {@code urn:uuid} references
 * resolved, so a student, its consent and a referral created together are judged together). A refusal
 * rolls the whole write back:
 *
 * <ul>
 *   <li>a student is created by its custodian (its {@code managingOrganization} is the requester);
 *   <li>only the custodian records, changes, revokes or deletes a student's consents;
 *   <li>any other write about a student needs the custodian, the record's author, or a consent that
 *       permits the requester to {@code collect} that record; a record the requester may not even see
 *       answers {@code 404}, as a read would;
 *   <li>deleting a student record is for its custodian and author only;
 *   <li>a Referral's performer and a ReferralTask's owner must be permitted by an active consent
 *       (purpose {@code referral-fulfillment}) to receive the student's data: {@code 403}
 *       {@link ErrorCode#REFERRAL_WITHOUT_CONSENT} otherwise.
 * </ul>
 *
 * The server's own writes ({@code SystemRequestDetails}) are not checked. Cost: for a non-custodian, a
 * Patient read and a Consent search per student per request.
 */
@Interceptor(order = InterceptorOrder.CONSENT_WRITE)
final class ConsentWriteGuard implements StorageInterceptor {

    static final String REFERRAL_PURPOSE = "referral-fulfillment";

    private final RequestConsents consents;

    ConsentWriteGuard(RequestConsents consents) {
        this.consents = consents;
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
    void created(IBaseResource resource, RequestDetails request) {
        consents.forRequest(request).ifPresent(consent -> checkCreate(consent, resource, request));
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    void updated(IBaseResource previous, IBaseResource resource, RequestDetails request) {
        consents.forRequest(request).ifPresent(consent -> checkUpdate(consent, previous, resource, request));
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
    void deleted(IBaseResource resource, RequestDetails request) {
        consents.forRequest(request).ifPresent(consent -> checkDelete(consent, resource));
    }

    private void checkCreate(RequestConsent consent, IBaseResource resource, RequestDetails request) {
        String organization = consent.organization();
        if (resource instanceof Patient patient) {
            if (!organization.equals(patient.getManagingOrganization().getReference())) {
                throw forbidden(
                        ErrorCode.WRITE_NOT_PERMITTED,
                        "A student is created by its custodian: managingOrganization must be " + organization);
            }
            consent.lookup().remember(patient);
            return;
        }
        Optional<String> student = consent.records().studentOf(resource);
        if (student.isEmpty()) {
            return;
        }
        StudentRecord record = withoutAuthors(consent.recordOf(resource, student.get()));
        if (resource instanceof Consent) {
            requireCustodian(consent, record);
            consent.lookup().remember(resource);
            return;
        }
        AccessDecision decision = consent.decide(record, ConsentAction.COLLECT);
        RequestAccess.record(request, decision);
        if (!decision.permitted()) {
            throw forbidden(
                    ErrorCode.WRITE_NOT_PERMITTED,
                    "Not permitted to add records of " + record.student() + ": " + decision.explanation());
        }
        consent.lookup().remember(resource);
        checkRecipients(consent, resource, record, null);
    }

    private void checkUpdate(
            RequestConsent consent, IBaseResource previous, IBaseResource resource, RequestDetails request) {
        Optional<String> student = consent.records().studentOf(previous);
        if (student.isEmpty()) {
            return;
        }
        StudentRecord before = consent.recordOf(previous, student.get());
        requireVisible(consent, before);
        if (previous instanceof Consent || resource instanceof Consent) {
            requireCustodian(consent, before);
            consent.lookup().remember(resource);
            return;
        }
        if (previous instanceof Patient old && resource instanceof Patient changed) {
            String custodian = old.getManagingOrganization().getReference();
            String newCustodian = changed.getManagingOrganization().getReference();
            if (custodian != null && !custodian.equals(newCustodian) && !custodian.equals(consent.organization())) {
                throw forbidden(
                        ErrorCode.WRITE_NOT_PERMITTED, "Only the custodian " + custodian + " may transfer the student");
            }
        }
        AccessDecision decision = consent.decide(before, ConsentAction.COLLECT);
        RequestAccess.record(request, decision);
        if (!decision.permitted()) {
            throw forbidden(
                    ErrorCode.WRITE_NOT_PERMITTED,
                    "Not permitted to change " + before.resource() + ": " + decision.explanation());
        }
        consent.lookup().remember(resource);
        Optional<String> newStudent = consent.records().studentOf(resource);
        if (newStudent.isPresent() && !newStudent.get().equals(student.get())) {
            StudentRecord moved = withoutAuthors(consent.recordOf(resource, newStudent.get()));
            AccessDecision target = consent.decide(moved, ConsentAction.COLLECT);
            if (!target.permitted()) {
                throw forbidden(
                        ErrorCode.WRITE_NOT_PERMITTED,
                        "Not permitted to add records of " + moved.student() + ": " + target.explanation());
            }
        }
        checkRecipients(consent, resource, consent.recordOf(resource, newStudent.orElse(student.get())), previous);
    }

    private void checkDelete(RequestConsent consent, IBaseResource resource) {
        Optional<String> student = consent.records().studentOf(resource);
        if (student.isEmpty()) {
            return;
        }
        StudentRecord record = consent.recordOf(resource, student.get());
        requireVisible(consent, record);
        String organization = consent.organization();
        if (!organization.equals(record.custodian())
                && !(record.authors().contains(organization) && !(resource instanceof Consent))) {
            throw forbidden(
                    ErrorCode.WRITE_NOT_PERMITTED, "Only the custodian or the author deletes " + record.resource());
        }
    }

    /** A record the requester may not see does not exist for it: the same 404 as a read. */
    private static void requireVisible(RequestConsent consent, StudentRecord record) {
        if (!consent.decide(record, ConsentAction.ACCESS).permitted()) {
            throw new ResourceNotFoundException("Resource " + record.resource() + " is not known");
        }
    }

    private static void requireCustodian(RequestConsent consent, StudentRecord record) {
        if (!consent.organization().equals(record.custodian())) {
            throw forbidden(
                    ErrorCode.CONSENT_CHANGE_NOT_CUSTODIAN,
                    "Only the custodian of " + record.student() + " records, changes or revokes its consents");
        }
    }

    /** Referral performers and task owners other than the requester must be consented recipients. */
    private static void checkRecipients(
            RequestConsent consent, IBaseResource resource, StudentRecord record, IBaseResource previous) {
        Set<String> recipients = recipients(resource);
        if (previous != null) {
            recipients.removeAll(recipients(previous));
        }
        for (String recipient : recipients) {
            if (recipient.equals(consent.organization())) {
                continue;
            }
            AccessDecision decision = consent.decideFor(recipient, REFERRAL_PURPOSE, record, ConsentAction.ACCESS);
            if (!decision.permitted()) {
                throw forbidden(
                        ErrorCode.REFERRAL_WITHOUT_CONSENT,
                        "A consent is missing: no active consent of " + record.student() + " permits " + recipient
                                + " to receive this referral (" + decision.explanation() + ")");
            }
        }
    }

    private static Set<String> recipients(IBaseResource resource) {
        Set<String> recipients = new LinkedHashSet<>();
        if (resource instanceof ServiceRequest referral) {
            referral.getPerformer().stream().map(Reference::getReference).forEach(recipients::add);
        } else if (resource instanceof Task task && task.getOwner().hasReference()) {
            recipients.add(task.getOwner().getReference());
        }
        recipients.removeIf(r -> r == null || !r.startsWith("Organization/"));
        return recipients;
    }

    private static StudentRecord withoutAuthors(StudentRecord record) {
        return new StudentRecord(
                record.resource(),
                record.type(),
                record.student(),
                record.custodian(),
                Set.of(),
                record.dataClasses(),
                record.needDomains(),
                record.confidentiality(),
                record.sensitivityLabels(),
                record.recipients());
    }

    private static ForbiddenOperationException forbidden(ErrorCode code, String message) {
        return new ForbiddenOperationException(message, OperationOutcomes.error(code, message));
    }
}
