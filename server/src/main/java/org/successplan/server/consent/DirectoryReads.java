package org.successplan.server.consent;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.consent.ConsentInterceptor;
import java.util.Set;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;

/**
 * Lets plain reads and searches of types that hold no student records (directory entries, the
 * implementation guide's definitions) bypass consent filtering. There is nothing to filter, and
 * without this HAPI's consent interceptor would refuse {@code _summary=count} and
 * {@code _total=accurate} on them. Requests that could pull in other types ({@code _include},
 * {@code _revinclude}, {@code _has}, chained parameters) stay under consent.
 */
@Interceptor(order = InterceptorOrder.CONSENT_BYPASS)
final class DirectoryReads implements ServerInterceptor {

    private static final Set<RestOperationTypeEnum> PLAIN_READS = Set.of(
            RestOperationTypeEnum.READ,
            RestOperationTypeEnum.VREAD,
            RestOperationTypeEnum.SEARCH_TYPE,
            RestOperationTypeEnum.HISTORY_INSTANCE,
            RestOperationTypeEnum.HISTORY_TYPE);

    private final StudentRecords records;

    DirectoryReads(StudentRecords records) {
        this.records = records;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void bypassConsentForDirectoryReads(RequestDetails request) {
        if (readsNoStudentRecords(request)) {
            ConsentInterceptor.skipAllConsentForRequest(request);
        }
    }

    boolean readsNoStudentRecords(RequestDetails request) {
        String type = request.getResourceName();
        if (type == null
                || !PLAIN_READS.contains(request.getRestOperationType())
                || records.isStudentRecordType(type)) {
            return false;
        }
        return request.getParameters().keySet().stream()
                .noneMatch(name -> name.startsWith("_include")
                        || name.startsWith("_revinclude")
                        || name.startsWith("_has")
                        || name.contains("."));
    }
}
