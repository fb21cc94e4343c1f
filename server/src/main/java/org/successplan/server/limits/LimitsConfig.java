package org.successplan.server.limits;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.successplan.server.web.HttpProperties;

/**
 * Wires the limits. Servlet filters run right after Spring Security's filter chain (which identifies the
 * client): first the rate limit, then the body checks; the HAPI interceptors check bundles and search
 * requests; HAPI's own cap on included resources is set from {@link LimitsProperties}.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfig {

    private static final Logger log = LoggerFactory.getLogger(LimitsConfig.class);

    /** Right after Spring Security ({@link SecurityProperties#DEFAULT_FILTER_ORDER}, -100). */
    static final int RATE_LIMIT_FILTER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 10;

    static final int BODY_FILTER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 20;

    /** More distinct clients and addresses than this and idle buckets are dropped. */
    private static final int MAX_BUCKETS = 50_000;

    @Bean
    @ConditionalOnProperty(name = "ssp.limits.rate.enabled", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(LimitsProperties properties, FhirContext fhirContext) {
        LimitsProperties.Rate rate = properties.rate();
        TokenBuckets.Rate client = new TokenBuckets.Rate(rate.clientRequestsPerSecond(), rate.clientBurst());
        TokenBuckets.Rate anonymous = new TokenBuckets.Rate(rate.anonymousRequestsPerSecond(), rate.anonymousBurst());
        TokenBuckets buckets = new TokenBuckets(
                key -> {
                    if (key.startsWith("ip:")) {
                        return anonymous;
                    }
                    LimitsProperties.ClientRate override = rate.clients().get(key.substring("client:".length()));
                    return override == null
                            ? client
                            : new TokenBuckets.Rate(override.requestsPerSecond(), override.burst());
                },
                MAX_BUCKETS);
        log.info(
                "Rate limit per client: {}/s (burst {}); without credentials, per address: {}/s (burst {}); {} override(s)",
                rate.clientRequestsPerSecond(),
                rate.clientBurst(),
                rate.anonymousRequestsPerSecond(),
                rate.anonymousBurst(),
                rate.clients().size());
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(buckets, fhirContext, System::nanoTime));
        registration.setOrder(RATE_LIMIT_FILTER_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyFilter> requestBodyFilter(
            LimitsProperties properties, HttpProperties http, FhirContext fhirContext) {
        FilterRegistrationBean<RequestBodyFilter> registration = new FilterRegistrationBean<>(new RequestBodyFilter(
                fhirContext,
                http.maxRequestSize().toBytes(),
                new BodyShape.Limits(properties.bodyMaxDepth(), properties.bodyMaxArrayLength())));
        registration.setOrder(BODY_FILTER_ORDER);
        return registration;
    }

    @Bean
    BundleLimitInterceptor bundleLimitInterceptor(LimitsProperties properties) {
        return new BundleLimitInterceptor(properties.transactionMaxEntries());
    }

    @Bean
    RequestChecksInterceptor requestChecksInterceptor(
            LimitsProperties properties, ISearchParamRegistry searchParamRegistry) {
        return new RequestChecksInterceptor(
                searchParamRegistry, properties.searchMaxIncludes(), properties.searchMaxIterateIncludes());
    }

    /** HAPI stops loading included resources for a page at this many (it iterates until then). */
    @Bean
    IncludedResourcesCap includedResourcesCap(LimitsProperties properties, JpaStorageSettings storageSettings) {
        storageSettings.setMaximumIncludesToLoadPerPage(properties.searchMaxIncludedResources());
        return new IncludedResourcesCap(properties.searchMaxIncludedResources());
    }

    /** Marks that {@link JpaStorageSettings#setMaximumIncludesToLoadPerPage} was set from the limits. */
    record IncludedResourcesCap(int maxIncludedResources) {}
}
