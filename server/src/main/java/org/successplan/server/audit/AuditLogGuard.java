package org.successplan.server.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.util.Set;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;

/**
 * Keeps the audit log append-only at the REST layer: {@code POST}, {@code PUT}, {@code PATCH} and
 * {@code DELETE} on {@code AuditEvent} (create, update, conditional forms, {@code $meta-add},
 * {@code $meta-delete}) are refused with {@code 403} ({@link ErrorCode#AUDIT_LOG_READ_ONLY}) for every
 * client, operators included, before HAPI looks for a handler; only searching by {@code POST _search}
 * and the read-only operations are let through. Transaction and batch entries are refused at storage by
 * {@link AuditLogStorageGuard}. Hook: {@code SERVER_INCOMING_REQUEST_PRE_HANDLER_SELECTED}; cost: a
 * string comparison per request.
 */
@Interceptor(order = InterceptorOrder.AUDIT_LOG_GUARD)
final class AuditLogGuard implements ServerInterceptor {

    static final String MESSAGE =
            "The audit log is append-only: AuditEvents are written by the server and cannot be created, changed or"
                    + " deleted through the API";

    private static final Set<String> READ_ONLY_OPERATIONS = Set.of("_search", "$verify-chain");

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLER_SELECTED)
    public void refuseWrites(RequestDetails request) {
        if (!"AuditEvent".equals(request.getResourceName())) {
            return;
        }
        RequestTypeEnum method = request.getRequestType();
        boolean write = switch (method == null ? RequestTypeEnum.GET : method) {
            case PUT, PATCH, DELETE -> true;
            case POST -> request.getOperation() == null || !READ_ONLY_OPERATIONS.contains(request.getOperation());
            default -> false;
        };
        if (write) {
            throw refusal();
        }
    }

    static ForbiddenOperationException refusal() {
        return new ForbiddenOperationException(
                MESSAGE, OperationOutcomes.error(ErrorCode.AUDIT_LOG_READ_ONLY, MESSAGE));
    }
}
