package org.successplan.server.storage;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;

/**
 * Answers FHIR requests that failed because the database could not be reached ({@link DatabaseFailures})
 * with {@code 503 Service Unavailable}, {@code Retry-After} and an OperationOutcome
 * ({@link ErrorCode#DATABASE_UNAVAILABLE}) instead of HAPI's {@code 500}: on
 * {@code SERVER_PRE_PROCESS_OUTGOING_EXCEPTION}, before the internal-error interceptor. Whatever the
 * request was, nothing of it was committed unless the connection broke during the commit itself; a
 * client retries writes as conditional creates or with {@code If-Match} (docs/reliability.md). Cost:
 * nothing unless a request fails.
 */
@Interceptor(order = InterceptorOrder.DATABASE_UNAVAILABLE)
class DatabaseUnavailableInterceptor implements ServerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableInterceptor.class);

    static final String RETRY_AFTER_SECONDS = "5";

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException databaseUnavailable(RequestDetails request, Throwable exception) {
        if (exception instanceof BaseServerResponseException response && response.getStatusCode() < 500) {
            return null;
        }
        if (!DatabaseFailures.isUnavailable(exception)) {
            return null;
        }
        log.warn(
                "Database unavailable for request {}: {}",
                request == null ? null : request.getRequestId(),
                rootMessage(exception));
        return unavailable();
    }

    static UnclassifiedServerFailureException unavailable() {
        String message = DatabaseUnavailableFilter.MESSAGE;
        UnclassifiedServerFailureException e = new UnclassifiedServerFailureException(
                503, message, OperationOutcomes.error(ErrorCode.DATABASE_UNAVAILABLE, message));
        e.addResponseHeader("Retry-After", RETRY_AFTER_SECONDS);
        return e;
    }

    static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
