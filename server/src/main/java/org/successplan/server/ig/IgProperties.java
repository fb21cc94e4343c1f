package org.successplan.server.ig;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Implementation-guide settings ({@code ssp.ig.*}).
 *
 * @param packages where to find the FHIR NPM packages ({@code .tgz}) to install at start-up, as Spring
 *     resource patterns. Default: every package under {@code fhir-packages/} on the classpath, which is
 *     where the {@code ssp-profiles} jar puts ours. Add e.g. {@code file:/opt/ssp/packages/*.tgz} for a
 *     state or district package derived from ours. Env: {@code SSP_IG_PACKAGES} (comma-separated).
 * @param requireDeclaredProfile resource types whose resources must name their profile in
 *     {@code meta.profile}, as the implementation guide's conformance page recommends for the types that
 *     carry plans, needs, goals, referrals and consents. Other types with a single profile get it
 *     declared by the server when a client omits it. Env: {@code SSP_IG_REQUIRE_DECLARED_PROFILE}.
 * @param validateWrites whether every write of a profiled type is validated against its profile (default
 *     {@code true}). Turning it off is for benchmarks only (docs/performance.md compares a server with and
 *     without it): the profiles are then not enforced. Env: {@code SSP_IG_VALIDATE_WRITES}.
 */
@Validated
@ConfigurationProperties("ssp.ig")
public record IgProperties(
        @DefaultValue("classpath*:/fhir-packages/*.tgz") @NotEmpty
        List<String> packages,

        @DefaultValue({"CarePlan", "Condition", "Goal", "ServiceRequest", "Task", "Consent"})
        List<String> requireDeclaredProfile,

        @DefaultValue("true") boolean validateWrites) {}
