package org.successplan.server.storage;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Storage settings ({@code ssp.storage.*}).
 *
 * @param dataDir directory of the embedded H2 database (the default datasource URL points inside it);
 *     unused with PostgreSQL. Env: {@code SSP_DATA_DIR}. Default {@code ./data}.
 * @param migrateSchema whether to create or upgrade the database schema with HAPI's migrator on
 *     start. Turn off only when an operator migrates with the HAPI CLI. Default {@code true}.
 * @param shutdownDrainTimeout how long each {@link QueuedWork} (audit records, notifications) may take to
 *     write out what it queued when the server shuts down. Env: {@code SSP_STORAGE_SHUTDOWN_DRAIN_TIMEOUT}.
 *     Default 10s.
 */
@Validated
@ConfigurationProperties("ssp.storage")
public record StorageProperties(
        @NotBlank String dataDir,
        boolean migrateSchema,
        @DefaultValue("10s") Duration shutdownDrainTimeout) {}
