package org.successplan.server.web;

import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.server.ServletRequestTracing;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-ID} when it is short and plain, otherwise a
 * new random one. The id goes into the logging context ({@code requestId}), back to the caller in the
 * {@code X-Request-ID} response header, and to HAPI (through the request attribute HAPI reads), so
 * HAPI's access log and ours name the same id.
 */
class RequestIdFilter extends OncePerRequestFilter {

    static final String MDC_KEY = "requestId";
    private static final int MAX_LENGTH = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = ServletRequestTracing.maybeGetRequestId(request);
        if (requestId == null || requestId.isBlank() || requestId.length() > MAX_LENGTH) {
            requestId = newId();
        }
        request.setAttribute(ServletRequestTracing.ATTRIBUTE_REQUEST_ID, requestId);
        response.setHeader(Constants.HEADER_REQUEST_ID, requestId);
        MDC.put(MDC_KEY, requestId);
        try {
            chain.doFilter(request, new SingleRequestIdHeader(response));
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    private static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** HAPI adds the id header again; keep one. */
    private static final class SingleRequestIdHeader extends HttpServletResponseWrapper {
        SingleRequestIdHeader(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (Constants.HEADER_REQUEST_ID.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
