package org.successplan.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, set before anything else runs so that early refusals (413, 429,
 * 401) carry them too:
 *
 * <ul>
 *   <li>{@code Cache-Control: no-store} (and {@code Pragma: no-cache}): responses carry students'
 *       records; no browser, proxy or CDN may keep a copy;
 *   <li>{@code X-Content-Type-Options: nosniff}: a browser never reinterprets JSON as HTML or script;
 *   <li>{@code Referrer-Policy: no-referrer}: URLs (search parameters may name a student) never leak
 *       to other sites;
 *   <li>{@code X-Frame-Options: DENY} and a {@code Content-Security-Policy} that forbids framing and
 *       loading anything from elsewhere; inline script and style stay allowed for HAPI's HTML view of
 *       responses (browsers asking for HTML), whose narratives HAPI sanitizes.
 * </ul>
 *
 * Spring Security writes some of these too; it keeps values that are already set. Cost: six headers.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'unsafe-inline'; "
            + "style-src 'unsafe-inline'; img-src data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        chain.doFilter(request, response);
    }
}
