package org.successplan.server.storage;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;

/**
 * The same {@code 503} as {@link DatabaseUnavailableInterceptor} for database failures that escape
 * outside HAPI: checking an access token (the client registry is in the database), the token endpoint
 * and the admin API. Sits outside Spring Security, so it sees exceptions thrown while authenticating.
 * An OperationOutcome under {@code /fhir}, an RFC 9457 problem elsewhere. Cost: a try/catch.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String MESSAGE =
            "The database is unavailable; nothing of this request was stored. Retry later (see Retry-After).";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final FhirContext fhirContext;

    DatabaseUnavailableFilter(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "Database unavailable for {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    DatabaseUnavailableInterceptor.rootMessage(e));
            response.resetBuffer();
            response.setHeader("Retry-After", DatabaseUnavailableInterceptor.RETRY_AFTER_SECONDS);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/fhir")) {
                OperationOutcomes.writeError(fhirContext, response, ErrorCode.DATABASE_UNAVAILABLE, MESSAGE);
            } else {
                byte[] body =
                        ("{\"type\":\"about:blank\",\"status\":503,\"title\":\"Service Unavailable\",\"detail\":\""
                                        + MESSAGE + "\",\"code\":\"" + ErrorCode.DATABASE_UNAVAILABLE.code() + "\"}")
                                .getBytes(StandardCharsets.UTF_8);
                response.setStatus(503);
                response.setContentType("application/problem+json");
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                response.flushBuffer();
            }
        }
    }
}
