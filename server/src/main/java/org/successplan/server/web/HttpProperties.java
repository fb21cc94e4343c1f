package org.successplan.server.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * HTTP settings ({@code ssp.http.*}).
 *
 * @param maxRequestSize largest accepted request body; larger bodies get {@code 413} with an
 *     OperationOutcome before anything is parsed. Env: {@code SSP_HTTP_MAX_REQUEST_SIZE}. Default 10MB.
 * @param corsAllowedOrigins browser origins allowed to call the API (e.g. {@code https://app.district.org});
 *     empty (the default) means no cross-origin access. Env: {@code SSP_HTTP_CORS_ALLOWED_ORIGINS}
 *     (comma-separated).
 */
@Validated
@ConfigurationProperties("ssp.http")
public record HttpProperties(
        @DefaultValue("10MB") DataSize maxRequestSize,
        @DefaultValue List<String> corsAllowedOrigins) {}
