package org.successplan.server.ig;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.util.FhirTerser;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.StorageInterceptor;

/**
 * Keeps the conformance resources installed from packages read-only for API clients: creating,
 * updating or deleting a resource with one of their canonical URLs is refused with {@code 403}
 * ({@link ErrorCode#CONFORMANCE_RESOURCE_READ_ONLY}). They change only by installing a new package
 * version, which the server does itself (internal {@link SystemRequestDetails}). Hooks:
 * {@code STORAGE_PRESTORAGE_RESOURCE_CREATED/UPDATED/DELETED}; cost: a set look-up per write of a
 * conformance resource type.
 */
@Interceptor(order = InterceptorOrder.CONFORMANCE_GUARD)
final class ConformanceResourceGuard implements StorageInterceptor {

    private final Set<String> installedUrls;
    private final FhirTerser terser;

    ConformanceResourceGuard(Set<String> installedUrls, FhirContext fhirContext) {
        this.installedUrls = installedUrls;
        this.terser = fhirContext.newTerser();
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    void created(IBaseResource resource, RequestDetails request) {
        refuseIfInstalled(resource, request);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    void updated(IBaseResource previous, IBaseResource resource, RequestDetails request) {
        refuseIfInstalled(previous, request);
        refuseIfInstalled(resource, request);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
    void deleted(IBaseResource resource, RequestDetails request) {
        refuseIfInstalled(resource, request);
    }

    private void refuseIfInstalled(IBaseResource resource, RequestDetails request) {
        if (request == null || request instanceof SystemRequestDetails) {
            return;
        }
        if (!FhirPackage.CONFORMANCE_TYPES.contains(resource.fhirType())) {
            return;
        }
        String url = terser.getSinglePrimitiveValueOrNull(resource, "url");
        if (url != null && installedUrls.contains(url)) {
            throw new ForbiddenOperationException(
                    "The conformance resource " + url + " was installed from a FHIR package and is read-only",
                    OperationOutcomes.error(
                            ErrorCode.CONFORMANCE_RESOURCE_READ_ONLY,
                            "The conformance resource " + url
                                    + " was installed from a FHIR package and is read-only; publish a new package"
                                    + " version to change it"));
        }
    }
}
