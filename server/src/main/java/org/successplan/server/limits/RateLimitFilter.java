package org.successplan.server.limits;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.security.RequestIdentity;

/**
 * Per-client rate limit: each authenticated client (its {@code client_id} from the access token, or the
 * operator's user name) has its own token bucket; requests without credentials (token endpoint,
 * CapabilityStatement, conformance reads) share one bucket per remote IP address. A request over the
 * limit gets {@code 429 Too Many Requests}, a {@code Retry-After} header (seconds) and an
 * OperationOutcome ({@link ErrorCode#RATE_LIMITED}) — or an RFC 9457 problem outside {@code /fhir}.
 *
 * <p>Runs after Spring Security (which establishes who the client is) and before any body is read.
 * Health probes are never limited. Buckets live in this node's memory: with N nodes behind a load
 * balancer a client gets up to N times the rate. Requests refused by authentication ({@code 401}) never
 * reach this filter. Cost: one map look-up and a synchronized update of one bucket per request.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final TokenBuckets buckets;
    private final FhirContext fhirContext;
    private final LongSupplier clock;

    RateLimitFilter(TokenBuckets buckets, FhirContext fhirContext, LongSupplier clock) {
        this.buckets = buckets;
        this.fhirContext = fhirContext;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = keyOf(request);
        TokenBuckets.Decision decision = buckets.tryAcquire(key, clock.getAsLong());
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Rate limit: refused a request of {} (retry after {} s)", key, decision.retryAfterSeconds());
        String message = "Too many requests: this client may make " + decision.limit()
                + " requests in a burst and then only a limited number per second; retry after "
                + decision.retryAfterSeconds() + " s";
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/fhir")) {
            OperationOutcomes.writeError(fhirContext, response, ErrorCode.RATE_LIMITED, message);
        } else {
            writeProblem(response, message);
        }
    }

    /** {@code client:<id>} for authenticated requests, {@code ip:<address>} otherwise. */
    static String keyOf(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            if (authentication.getPrincipal() instanceof RequestIdentity identity) {
                return clientKey(identity.clientId());
            }
            return clientKey(authentication.getName()); // the operator (HTTP Basic)
        }
        return "ip:" + request.getRemoteAddr();
    }

    static String clientKey(String clientId) {
        return "client:" + clientId;
    }

    private static void writeProblem(HttpServletResponse response, String detail) throws IOException {
        String json = "{\"type\":\"about:blank\",\"status\":429,\"title\":\"Too Many Requests\",\"detail\":\""
                + detail.replace("\"", "'") + "\",\"code\":\"" + ErrorCode.RATE_LIMITED.code() + "\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setStatus(429);
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
