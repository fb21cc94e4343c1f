package org.successplan.server.common;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The HAPI exception that answers a request with an {@link ErrorCode}'s HTTP status and an
 * OperationOutcome carrying the code ({@link OperationOutcomes#error}). Throw it from interceptors,
 * providers and operations inside the FHIR endpoint; inside a transaction it rolls back the whole bundle.
 */
public final class ErrorResponses {

    private ErrorResponses() {}

    public static BaseServerResponseException of(ErrorCode code, String diagnostics) {
        OperationOutcome outcome = OperationOutcomes.error(code, diagnostics);
        return switch (code.httpStatus()) {
            case 400 -> new InvalidRequestException(diagnostics, outcome);
            case 403 -> new ForbiddenOperationException(diagnostics, outcome);
            case 422 -> new UnprocessableEntityException(diagnostics, outcome);
            default -> new WithStatus(code.httpStatus(), diagnostics, outcome);
        };
    }

    /** A status HAPI has no exception class for (e.g. {@code 428 Precondition Required}). */
    private static final class WithStatus extends BaseServerResponseException {
        private static final long serialVersionUID = 1L;

        WithStatus(int status, String message, OperationOutcome outcome) {
            super(status, message, outcome);
        }
    }
}
