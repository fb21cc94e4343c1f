package org.successplan.server.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.StorageInterceptor;

/**
 * Keeps AuditEvents out of HAPI's resource storage whatever the route (transaction and batch entries,
 * conditional writes): a client's create, update or delete of an AuditEvent is refused with {@code 403}
 * ({@link ErrorCode#AUDIT_LOG_READ_ONLY}) and, in a transaction, rolls back the whole bundle. The audit
 * log lives in its own tables, which no API writes. Hooks:
 * {@code STORAGE_PRESTORAGE_RESOURCE_CREATED/UPDATED/DELETED} (storage registry); cost: a type check per
 * stored resource.
 */
@Interceptor(order = InterceptorOrder.AUDIT_LOG_GUARD)
final class AuditLogStorageGuard implements StorageInterceptor {

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    public void created(IBaseResource resource, RequestDetails request) {
        refuse(resource, request);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    public void updated(IBaseResource previous, IBaseResource resource, RequestDetails request) {
        refuse(resource, request);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
    public void deleted(IBaseResource resource, RequestDetails request) {
        refuse(resource, request);
    }

    private static void refuse(IBaseResource resource, RequestDetails request) {
        if (request == null || request instanceof SystemRequestDetails || !"AuditEvent".equals(resource.fhirType())) {
            return;
        }
        throw AuditLogGuard.refusal();
    }
}
