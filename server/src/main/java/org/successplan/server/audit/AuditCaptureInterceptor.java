package org.successplan.server.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.consent.PurposeOfUse;
import org.successplan.server.consent.RequestAccess;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;
import org.successplan.server.security.RequestIdentity;

/**
 * Fills the request's {@link AuditCapture} (created by {@link AuditFilter}) with what the FHIR endpoint
 * knows; the filter writes the record once the response is sent. Runs last ({@link
 * InterceptorOrder#AUDIT_CAPTURE}) so it sees the response as consent and authorization left it.
 *
 * <ul>
 *   <li>{@code SERVER_OUTGOING_RESPONSE}: the resources in the response (entries of searches, history,
 *       pages, transaction responses, operation results).
 *   <li>{@code STORAGE_PRECOMMIT_RESOURCE_CREATED / UPDATED / DELETED}: the resources the request stores
 *       (REST registry; HAPI calls it for the request's own writes, transaction entries included).
 *   <li>{@code SERVER_HANDLE_EXCEPTION}: the refusal's status, {@code SSP-…} code and message.
 *   <li>{@code SERVER_PROCESSING_COMPLETED} (always): interaction, client, organization, purpose of use
 *       and the consent decisions ({@link RequestAccess}).
 * </ul>
 *
 * Never fails a request. Cost per request: a walk over the returned and written resources (their ids,
 * Patient compartment, need-domain codes and labels) and a few small objects; no database access.
 */
@Interceptor(order = InterceptorOrder.AUDIT_CAPTURE)
final class AuditCaptureInterceptor implements ServerInterceptor {

    private final ResourceFacts facts;

    AuditCaptureInterceptor(ResourceFacts facts) {
        this.facts = facts;
    }

    @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
    public void outgoing(RequestDetails request, ResponseDetails response) {
        capture(request).ifPresent(c -> c.returned(facts.returnedBy(response.getResponseResource())));
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
    public void created(IBaseResource resource, RequestDetails request) {
        capture(request).ifPresent(c -> c.written(facts.of(resource), AuditCodes.CREATED));
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    public void updated(IBaseResource previous, IBaseResource resource, RequestDetails request) {
        capture(request).ifPresent(c -> c.written(facts.of(resource), AuditCodes.AMENDED));
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
    public void deleted(IBaseResource resource, RequestDetails request) {
        capture(request).ifPresent(c -> c.written(facts.of(resource), AuditCodes.DELETED));
    }

    @Hook(Pointcut.SERVER_HANDLE_EXCEPTION)
    public boolean exception(RequestDetails request, BaseServerResponseException exception) {
        capture(request)
                .ifPresent(c -> c.failed(
                        exception.getStatusCode(),
                        errorCodeOf(exception.getOperationOutcome()),
                        exception.getMessage()));
        return true;
    }

    @Hook(Pointcut.SERVER_PROCESSING_COMPLETED)
    public void completed(RequestDetails request) {
        Optional<AuditCapture> capture = capture(request);
        if (capture.isEmpty()) {
            return;
        }
        RestOperationTypeEnum type = request.getRestOperationType();
        PurposeOfUse purpose = PurposeOfUse.of(request);
        IIdType id = request.getId();
        String target = id != null && id.hasIdPart() && request.getResourceName() != null
                ? request.getResourceName() + "/" + id.getIdPart()
                : null;
        capture.get()
                .handled(
                        interactionOf(type, request),
                        actionOf(type),
                        operationOf(type, request.getOperation()),
                        target,
                        identityOf(request).orElse(null),
                        purpose.code(),
                        purpose.emergencyReason(),
                        RequestAccess.decisions(request));
    }

    private static Optional<AuditCapture> capture(RequestDetails request) {
        if (request instanceof ServletRequestDetails servlet && servlet.getServletRequest() != null) {
            return Optional.ofNullable(
                    (AuditCapture) servlet.getServletRequest().getAttribute(AuditCapture.ATTRIBUTE));
        }
        return Optional.empty();
    }

    /** The identity HAPI was given, or the one Spring Security established (for requests HAPI refused early). */
    private static Optional<RequestIdentity> identityOf(RequestDetails request) {
        Optional<RequestIdentity> identity = RequestIdentity.of(request);
        if (identity.isPresent()) {
            return identity;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                        && authentication.isAuthenticated()
                        && authentication.getPrincipal() instanceof RequestIdentity principal
                ? Optional.of(principal)
                : Optional.empty();
    }

    /** The {@code restful-interaction} code, as IHE BALP uses it; {@code null} before a handler was chosen. */
    static String interactionOf(RestOperationTypeEnum type, RequestDetails request) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case READ -> "read";
            case VREAD -> "vread";
            case UPDATE -> "update";
            case PATCH -> "patch";
            case DELETE -> "delete";
            case CREATE -> "create";
            case HISTORY_INSTANCE -> "history-instance";
            case HISTORY_TYPE -> "history-type";
            case HISTORY_SYSTEM -> "history-system";
            case SEARCH_TYPE, GET_PAGE -> "search-type";
            case SEARCH_SYSTEM -> "search-system";
            case METADATA -> "capabilities";
            case TRANSACTION ->
                request.getResource() instanceof Bundle bundle && bundle.getType() == Bundle.BundleType.BATCH
                        ? "batch"
                        : "transaction";
            default -> "operation";
        };
    }

    static String actionOf(RestOperationTypeEnum type) {
        if (type == null) {
            return "E";
        }
        return switch (type) {
            case CREATE -> "C";
            case READ, VREAD, HISTORY_INSTANCE, HISTORY_TYPE, HISTORY_SYSTEM -> "R";
            case UPDATE, PATCH -> "U";
            case DELETE -> "D";
            default -> "E";
        };
    }

    private static String operationOf(RestOperationTypeEnum type, String operation) {
        if (type == null || operation == null || operation.isBlank()) {
            return switch (type == null ? RestOperationTypeEnum.READ : type) {
                case VALIDATE -> "$validate";
                case META, GET_TAGS -> "$meta";
                case META_ADD, ADD_TAGS -> "$meta-add";
                case META_DELETE, DELETE_TAGS -> "$meta-delete";
                case GRAPHQL_REQUEST -> "$graphql";
                default -> null;
            };
        }
        return operation.startsWith("$") ? operation : "$" + operation;
    }

    /** The first {@code ssp-error} code in an OperationOutcome, or {@code null}. */
    private static String errorCodeOf(IBaseOperationOutcome outcome) {
        if (outcome instanceof OperationOutcome r4) {
            for (OperationOutcome.OperationOutcomeIssueComponent issue : r4.getIssue()) {
                for (Coding coding : issue.getDetails().getCoding()) {
                    if (ErrorCode.SYSTEM.equals(coding.getSystem())) {
                        return coding.getCode();
                    }
                }
            }
        }
        return null;
    }
}
