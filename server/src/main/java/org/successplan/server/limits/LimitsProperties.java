package org.successplan.server.limits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on requests ({@code ssp.limits.*}); every key has an {@code SSP_LIMITS_*} environment variable
 * in {@code application.yaml} and a row in the README's configuration table.
 *
 * @param transactionMaxEntries most entries in one transaction or batch; more get {@code 413}. Default 500.
 * @param bodyMaxDepth deepest nesting of objects/arrays (JSON) or elements (XML) in a request body; deeper
 *     gets {@code 400}. Default 64.
 * @param bodyMaxArrayLength most repetitions of one element in a request body (the top-level
 *     {@code entry} of a Bundle excepted); more get {@code 400}. Default 1000.
 * @param searchMaxIncludes most {@code _include} plus {@code _revinclude} parameters in one search.
 *     Default 10.
 * @param searchMaxIterateIncludes most of those with {@code :iterate}; 0 forbids iterating. Default 2.
 * @param searchMaxIncludedResources most resources that includes add to one page (HAPI stops iterating
 *     there). Default 1000.
 * @param rate per-client rate limit
 */
@Validated
@ConfigurationProperties("ssp.limits")
public record LimitsProperties(
        @DefaultValue("500") @Min(1) @Max(100_000) int transactionMaxEntries,
        @DefaultValue("64") @Min(16) @Max(900) int bodyMaxDepth,
        @DefaultValue("1000") @Min(10) int bodyMaxArrayLength,
        @DefaultValue("10") @Min(0) int searchMaxIncludes,
        @DefaultValue("2") @Min(0) int searchMaxIterateIncludes,
        @DefaultValue("1000") @Min(1) int searchMaxIncludedResources,
        @DefaultValue @Valid Rate rate) {

    /**
     * Token-bucket rate limit per client ({@code ssp.limits.rate.*}).
     *
     * @param enabled whether requests are limited at all. Default {@code true}.
     * @param clientRequestsPerSecond sustained rate of one authenticated client. Default 50.
     * @param clientBurst requests one client may make at once before the rate applies. Default 200.
     * @param anonymousRequestsPerSecond sustained rate of requests without credentials, per remote IP
     *     address (token endpoint, CapabilityStatement, conformance reads). Default 20.
     * @param anonymousBurst their burst. Default 100.
     * @param clients overrides per client id (e.g. a nightly bulk loader), YAML only
     */
    public record Rate(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("50") @Positive double clientRequestsPerSecond,
            @DefaultValue("200") @Min(1) int clientBurst,
            @DefaultValue("20") @Positive double anonymousRequestsPerSecond,
            @DefaultValue("100") @Min(1) int anonymousBurst,
            @DefaultValue Map<String, @Valid ClientRate> clients) {}

    /** The rate of one named client. */
    public record ClientRate(
            @Positive double requestsPerSecond, @Min(1) int burst) {}
}
