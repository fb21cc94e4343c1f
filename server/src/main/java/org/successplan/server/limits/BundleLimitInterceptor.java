package org.successplan.server.limits;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;

/**
 * Refuses a transaction or batch, before anything in it is checked or stored, when it has more entries
 * than {@code ssp.limits.transaction-max-entries} ({@code 413}, {@link ErrorCode#TRANSACTION_TOO_LARGE})
 * or an entry without {@code request.method} and {@code request.url} ({@code 400},
 * {@link ErrorCode#INVALID_BUNDLE_ENTRY}; without this, such an entry is reported as a scope problem), or
 * with a malformed {@code ifMatch}/{@code ifNoneExist} ({@code 400}, {@link ErrorCode#INVALID_HEADER}).
 * Runs on {@code SERVER_INCOMING_REQUEST_PRE_HANDLED}, after HAPI parsed the Bundle and before the scope
 * gate walks its entries. Cost: one pass over the entries, no database access.
 */
@Interceptor(order = InterceptorOrder.BUNDLE_LIMITS)
class BundleLimitInterceptor implements ServerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(BundleLimitInterceptor.class);

    private final int maxEntries;

    BundleLimitInterceptor(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void checkBundle(RequestDetails request, RestOperationTypeEnum operation) {
        if (operation != RestOperationTypeEnum.TRANSACTION && operation != RestOperationTypeEnum.BATCH) {
            return;
        }
        if (!(request.getResource() instanceof Bundle bundle)) {
            return;
        }
        int entries = bundle.getEntry().size();
        if (entries > maxEntries) {
            String message = "The " + bundle.getType().toCode() + " has " + entries
                    + " entries; this server accepts at most " + maxEntries
                    + " per request: split it into several transactions";
            log.info("Refused a bundle of {} entries (limit {})", entries, maxEntries);
            throw new PayloadTooLargeException(
                    message, OperationOutcomes.error(ErrorCode.TRANSACTION_TOO_LARGE, message));
        }
        for (int i = 0; i < entries; i++) {
            BundleEntryComponent entry = bundle.getEntry().get(i);
            if (!entry.getRequest().hasMethod() || !entry.getRequest().hasUrl()) {
                String message = "Bundle.entry[" + i + "].request needs a method and a url (e.g. POST Patient)";
                throw new InvalidRequestException(
                        message, OperationOutcomes.error(ErrorCode.INVALID_BUNDLE_ENTRY, message));
            }
            Optional<RequestRules.Problem> header = RequestRules.checkIfMatch(
                            entry.getRequest().getIfMatch())
                    .or(() -> RequestRules.checkIfNoneExist(entry.getRequest().getIfNoneExist()));
            if (header.isPresent()) {
                String message =
                        "Bundle.entry[" + i + "].request: " + header.get().message();
                throw new InvalidRequestException(message, OperationOutcomes.error(ErrorCode.INVALID_HEADER, message));
            }
        }
    }
}
