package org.successplan.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.ServletRequestTracing;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;

/**
 * The audit trail's hold on every request to {@code /fhir/*}, outside Spring Security so that requests
 * refused there ({@code 401}) are recorded too. Before the request: if the audit log cannot take more
 * records (the writer's queue is full because the database is down or too slow), the request is refused
 * with {@code 503} ({@link ErrorCode#AUDIT_UNAVAILABLE}) rather than served unaudited; otherwise an
 * {@link AuditCapture} goes on the request for the FHIR endpoint to fill. After it, whatever happened
 * (in a {@code finally}), the capture becomes an {@link AuditRecord} for the {@link AuditWriter}. CORS
 * preflights and SMART discovery are not FHIR interactions and are not recorded.
 */
final class AuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

    private final AuditWriter writer;
    private final FhirContext fhirContext;
    private final Clock clock;

    AuditFilter(AuditWriter writer, FhirContext fhirContext, Clock clock) {
        this.writer = writer;
        this.fhirContext = fhirContext;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !writer.enabled()
                || "OPTIONS".equals(request.getMethod())
                || !(path.equals("/fhir") || path.startsWith("/fhir/"))
                || path.startsWith("/fhir/.well-known/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!writer.accepting()) {
            log.error(
                    "Refusing {} {}: the audit log cannot take more records",
                    request.getMethod(),
                    request.getRequestURI());
            response.setHeader("Retry-After", "10");
            OperationOutcomes.writeError(
                    fhirContext,
                    response,
                    ErrorCode.AUDIT_UNAVAILABLE,
                    "The audit log cannot be written at the moment, so the server takes no requests; retry later");
            return;
        }
        AuditCapture capture = new AuditCapture(
                requestIdOf(request), request.getMethod(), urlOf(request), request.getRemoteAddr(), baseOf(request));
        request.setAttribute(AuditCapture.ATTRIBUTE, capture);
        int failedWith = 0;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            failedWith = 500;
            throw e;
        } finally {
            int status = failedWith != 0 ? failedWith : response.getStatus();
            writer.submit(capture.toRecord(status, response.getHeader("WWW-Authenticate"), clock.instant()));
        }
    }

    private static String requestIdOf(HttpServletRequest request) {
        Object id = request.getAttribute(ServletRequestTracing.ATTRIBUTE_REQUEST_ID);
        return id == null ? null : id.toString();
    }

    private static String urlOf(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURL() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    private static String baseOf(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        int fhir = url.indexOf("/fhir", url.indexOf("//") + 2);
        return fhir < 0 ? url : url.substring(0, fhir + "/fhir".length());
    }
}
