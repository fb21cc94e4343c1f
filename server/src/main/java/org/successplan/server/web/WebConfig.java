package org.successplan.server.web;

import ca.uhn.fhir.context.FhirContext;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.jetty.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Servlet filters at the HTTP edge, in this order: request id, security headers, CORS, request size
 * limit; Jetty's own error pages as OperationOutcomes; and the interceptor that keeps internals out of
 * FHIR error responses.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** Requests Jetty refuses itself (malformed URI, oversized headers) get an OperationOutcome too. */
    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> jettyErrorPages(FhirContext fhirContext) {
        return factory ->
                factory.addServerCustomizers(server -> server.setErrorHandler(new JettyErrorHandler(fhirContext)));
    }

    /** In-flight requests keep their connections for the whole graceful shutdown (Jetty's default: 1 s). */
    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> jettyGracefulShutdown(
            @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration shutdownPhase) {
        return factory -> factory.addServerCustomizers(new GracefulShutdownIdleTimeout(shutdownPhase));
    }

    @Bean
    FirewallRejectionHandler firewallRejectionHandler(FhirContext fhirContext) {
        return new FirewallRejectionHandler(fhirContext);
    }

    @Bean
    InternalErrorInterceptor internalErrorInterceptor() {
        return new InternalErrorInterceptor();
    }

    /**
     * CORS is closed unless origins are listed: with an empty allow-list a browser preflight gets
     * {@code 403} and no {@code Access-Control-Allow-Origin} header is ever sent.
     */
    @Bean
    UrlBasedCorsConfigurationSource corsConfigurationSource(HttpProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of(
                "Authorization",
                "Content-Type",
                "Accept",
                "If-Match",
                "If-None-Exist",
                "If-None-Match",
                "If-Modified-Since",
                "Prefer",
                "X-Request-ID"));
        cors.setExposedHeaders(List.of("Location", "Content-Location", "ETag", "Last-Modified", "X-Request-ID"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(UrlBasedCorsConfigurationSource corsConfigurationSource) {
        FilterRegistrationBean<CorsFilter> registration =
                new FilterRegistrationBean<>(new CorsFilter(corsConfigurationSource));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            HttpProperties properties, FhirContext fhirContext) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.maxRequestSize().toBytes(), fhirContext));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
