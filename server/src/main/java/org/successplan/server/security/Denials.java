package org.successplan.server.security;

import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;

/**
 * The HAPI exceptions for refusals inside the FHIR endpoint: {@code 401} with {@code WWW-Authenticate:
 * Bearer} when the request carried no token, {@code 403} with {@code error="insufficient_scope"}
 * otherwise; both with an OperationOutcome carrying an {@link ErrorCode}. Messages name what would be
 * needed, never whether a resource exists.
 */
final class Denials {

    private Denials() {}

    static BaseServerResponseException refuse(boolean authenticated, ScopeDecision decision) {
        if (!authenticated) {
            return unauthenticated();
        }
        ErrorCode code = decision.code() == null ? ErrorCode.INSUFFICIENT_SCOPE : decision.code();
        ForbiddenOperationException e =
                new ForbiddenOperationException(decision.reason(), OperationOutcomes.error(code, decision.reason()));
        e.addResponseHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
        return e;
    }

    static BaseServerResponseException unauthenticated() {
        String message = "This request needs an access token (Authorization: Bearer ...)";
        AuthenticationException e = new AuthenticationException(message);
        e.setOperationOutcome(OperationOutcomes.error(ErrorCode.AUTHENTICATION_REQUIRED, message));
        e.addResponseHeader("WWW-Authenticate", "Bearer");
        return e;
    }
}
