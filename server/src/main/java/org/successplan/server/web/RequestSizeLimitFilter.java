package org.successplan.server.web;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;

/**
 * Refuses request bodies above {@code ssp.http.max-request-size} with {@code 413} and an
 * OperationOutcome ({@link ErrorCode#REQUEST_TOO_LARGE}) before any parsing. A declared
 * {@code Content-Length} is checked up front; a body of unknown length (chunked) is read into memory up
 * to the limit and replayed to the application. Cost: none for declared lengths; one buffer of at most
 * the limit for chunked bodies.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimitFilter.class);

    private final long maxBytes;
    private final FhirContext fhirContext;

    RequestSizeLimitFilter(long maxBytes, FhirContext fhirContext) {
        this.maxBytes = maxBytes;
        this.fhirContext = fhirContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            reject(response, declared);
            return;
        }
        if (declared >= 0 || !mayHaveBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(Math.toIntExact(maxBytes + 1));
        if (body.length > maxBytes) {
            reject(response, -1);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private static boolean mayHaveBody(HttpServletRequest request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    private void reject(HttpServletResponse response, long declared) throws IOException {
        log.info("Refused a request body of {} bytes (limit {})", declared < 0 ? ">" + maxBytes : declared, maxBytes);
        OperationOutcomes.writeError(
                fhirContext,
                response,
                ErrorCode.REQUEST_TOO_LARGE,
                "Request body is larger than the limit of " + maxBytes + " bytes");
    }
}
