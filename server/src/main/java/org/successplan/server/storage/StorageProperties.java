package org.successplan.server.storage;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Storage settings ({@code ssp.storage.*}).
 *
 * @param dataDir directory of the embedded H2 database (the default datasource URL points inside it);
 *     unused with PostgreSQL. Env: {@code SSP_DATA_DIR}. Default {@code ./data}.
 * @param migrateSchema whether to create or upgrade the database schema with HAPI's migrator on
 *     start. Turn off only when an operator migrates with the HAPI CLI. Default {@code true}.
 */
@Validated
@ConfigurationProperties("ssp.storage")
public record StorageProperties(@NotBlank String dataDir, boolean migrateSchema) {}
