package org.successplan.server.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Audit trail settings ({@code ssp.audit.*}); each key has an {@code SSP_AUDIT_*} environment variable
 * in {@code application.yaml}, listed in README.md.
 *
 * @param enabled record every FHIR request. Default {@code true}. Turning it off is only for measuring
 *     the audit overhead in a benchmark: the server logs a warning, and requests are then not recorded
 *     at all. Env {@code SSP_AUDIT_ENABLED}.
 * @param queueCapacity how many captured requests may wait in memory for the writer. When the queue is
 *     full (the database cannot keep up or is down) the server refuses new FHIR requests with {@code 503}
 *     rather than serve them unaudited. Default 10000. Env {@code SSP_AUDIT_QUEUE_CAPACITY}.
 * @param batchSize most records written in one database transaction. The writer never waits to fill a
 *     batch: it writes what is queued as soon as it is free (group commit), so batches grow only under
 *     load. Default 200. Env {@code SSP_AUDIT_BATCH_SIZE}.
 * @param retention how long records are kept; {@code 0} (the default) keeps them for ever, which FERPA
 *     asks of the record of disclosures for as long as the education records are kept. Removal keeps the
 *     chain verifiable (the last removed record becomes the anchor). Env {@code SSP_AUDIT_RETENTION},
 *     e.g. {@code 2555d} for seven years.
 * @param shutdownTimeout how long a clean shutdown waits for the queue to be written. Default 30s. Env
 *     {@code SSP_AUDIT_SHUTDOWN_TIMEOUT}.
 */
@Validated
@ConfigurationProperties("ssp.audit")
public record AuditProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10000") @Min(10) @Max(1_000_000) int queueCapacity,
        @DefaultValue("200") @Min(1) @Max(5000) int batchSize,
        @NotNull @DefaultValue("0s") Duration retention,
        @NotNull @DefaultValue("30s") Duration shutdownTimeout) {

    /** Whether records are ever removed. */
    public boolean keepForever() {
        return retention.isZero() || retention.isNegative();
    }
}
