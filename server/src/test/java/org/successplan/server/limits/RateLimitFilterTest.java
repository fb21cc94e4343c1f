package org.successplan.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who shares a bucket: requests without credentials by address, the operator by name; 429 outside /fhir too. */
class RateLimitFilterTest {

    private final AtomicLong clock = new AtomicLong();
    private final RateLimitFilter filter = new RateLimitFilter(
            new TokenBuckets(key -> new TokenBuckets.Rate(1, 1), 100), FhirContext.forR4Cached(), clock::get);

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void requestsWithoutCredentials_areLimitedPerAddress() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));

        assertThat(send("/auth/token", "10.0.0.1").getStatus()).isEqualTo(200);
        MockHttpServletResponse second = send("/auth/token", "10.0.0.1");
        assertThat(send("/auth/token", "10.0.0.2").getStatus()).isEqualTo(200);

        assertThat(second.getStatus()).isEqualTo(429);
        assertThat(second.getHeader("Retry-After")).isEqualTo("1");
        assertThat(second.getContentType()).isEqualTo("application/problem+json");
        assertThat(second.getContentAsString()).contains("SSP-LIMIT-001");
    }

    @Test
    void theOperator_hasABucketByName_andFhirRefusalsAreOperationOutcomes() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));

        send("/fhir/Patient", "10.0.0.1");
        MockHttpServletResponse refused = send("/fhir/Patient", "10.0.0.9");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/fhir+json");
        assertThat(refused.getContentAsString()).contains("OperationOutcome").contains("SSP-LIMIT-001");
    }

    @Test
    void healthProbes_areNotLimited() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send("/actuator/health/readiness", "10.0.0.1").getStatus())
                    .isEqualTo(200);
        }
    }

    private MockHttpServletResponse send(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
