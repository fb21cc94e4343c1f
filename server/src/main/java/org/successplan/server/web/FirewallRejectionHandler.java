package org.successplan.server.web;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;

/**
 * Spring Security's HTTP firewall refuses URLs with path parameters ({@code ;jsessionid=}), encoded
 * slashes, backslashes or dot segments, which could make the security rules and the FHIR servlet see
 * different paths. This answers such refusals with {@code 400} and an OperationOutcome
 * ({@link ErrorCode#URL_REJECTED}) instead of Spring's generic error page; Spring Security picks this
 * bean up by type.
 */
class FirewallRejectionHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(FirewallRejectionHandler.class);

    private final FhirContext fhirContext;

    FirewallRejectionHandler(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.info("Refused a URL: {}", rejected.getMessage());
        OperationOutcomes.writeError(
                fhirContext,
                response,
                ErrorCode.URL_REJECTED,
                "The URL contains characters that are not accepted in a URL here (path parameters such as"
                        + " ';jsessionid=', encoded '/', '\\' or '..'): send the plain FHIR path");
    }
}
