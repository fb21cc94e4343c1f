package org.successplan.server.fhir;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * FHIR endpoint settings ({@code ssp.fhir.*}).
 *
 * @param defaultPageSize search page size when the client sends no {@code _count}. Default 20.
 * @param maxPageSize largest page a client may ask for with {@code _count}; larger values are capped.
 *     Default 200.
 * @param prettyPrint indent JSON/XML responses unless the client asks otherwise with {@code _pretty}.
 *     Default {@code false} (smaller, faster responses).
 * @param serverAddress the public base URL of the FHIR endpoint (e.g. {@code https://ssp.example.org/fhir}),
 *     used in Bundle links and Location headers. Blank (the default) derives it from each request, which
 *     is right unless a proxy rewrites the host. Env: {@code SSP_FHIR_SERVER_ADDRESS}.
 */
@Validated
@ConfigurationProperties("ssp.fhir")
public record FhirServerProperties(
        @DefaultValue("20") @Min(1) @Max(1000) int defaultPageSize,
        @DefaultValue("200") @Min(1) @Max(1000) int maxPageSize,
        @DefaultValue("false") boolean prettyPrint,
        @DefaultValue("") String serverAddress) {}
