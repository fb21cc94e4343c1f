package org.successplan.server.web;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;

/**
 * The last word on FHIR errors that are the server's fault: on {@code SERVER_PRE_PROCESS_OUTGOING_EXCEPTION},
 * any exception that would become a {@code 500} (an unexpected exception, or HAPI's
 * {@link InternalErrorException}) is logged once with its stack trace and the request id, and the client
 * gets an OperationOutcome ({@link ErrorCode#INTERNAL_ERROR}) that names only the request id: no
 * exception class, message, SQL or stack trace. Client errors ({@code 4xx}), parse errors (which HAPI
 * turns into {@code 400}) and {@code 501}/{@code 503} answers pass unchanged; the storage package maps an
 * unreachable database to {@code 503} before this runs. Cost: nothing unless a request fails.
 */
@Interceptor(order = InterceptorOrder.INTERNAL_ERROR)
class InternalErrorInterceptor implements ServerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorInterceptor.class);

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException hideInternals(RequestDetails request, Throwable exception) {
        if (exception instanceof DataFormatException) {
            return null;
        }
        if (exception instanceof BaseServerResponseException response
                && (response.getStatusCode() != 500 || response instanceof SafeInternalError)) {
            return null;
        }
        String requestId = request == null ? null : request.getRequestId();
        log.error("Internal error in request {}", requestId, exception);
        String message = "The server could not complete this request because of an internal error. It has been"
                + " logged; quote request id " + requestId + " when reporting it.";
        return new SafeInternalError(message);
    }

    /** An internal error whose message is safe to show. */
    static final class SafeInternalError extends InternalErrorException {
        SafeInternalError(String message) {
            super(message);
            setOperationOutcome(OperationOutcomes.error(ErrorCode.INTERNAL_ERROR, message));
        }
    }
}
