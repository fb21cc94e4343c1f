package org.successplan.server.storage;

import ca.uhn.fhir.jpa.migrate.DriverTypeEnum;
import ca.uhn.fhir.jpa.migrate.HapiMigrator;
import ca.uhn.fhir.jpa.migrate.MigrationResult;
import ca.uhn.fhir.jpa.migrate.SchemaMigrator;
import ca.uhn.fhir.jpa.migrate.tasks.HapiFhirJpaMigrationTasks;
import ca.uhn.fhir.util.VersionEnum;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates or upgrades the HAPI schema with HAPI's own migration tasks, the same code path on H2 and
 * PostgreSQL. The migrator takes a database lock, so several nodes starting together migrate once.
 * Hibernate then only validates the schema ({@code hibernate.hbm2ddl.auto=validate}).
 */
final class SchemaMigration {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

    private final DataSource dataSource;
    private final boolean enabled;

    SchemaMigration(DataSource dataSource, boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    /** Runs the migration; called once by Spring before the entity manager factory starts. */
    void migrate() {
        if (!enabled) {
            log.warn("Schema migration is off (ssp.storage.migrate-schema=false): the schema must be current");
            return;
        }
        DriverTypeEnum driverType = driverTypeOf(dataSource);
        HapiMigrator migrator = new HapiMigrator(SchemaMigrator.HAPI_FHIR_MIGRATION_TABLENAME, dataSource, driverType);
        migrator.addTasks(new HapiFhirJpaMigrationTasks(Collections.emptySet()).getAllTasks(VersionEnum.values()));
        migrator.createMigrationTableIfRequired();
        MigrationResult result = migrator.migrate();
        if (!result.failedTasks.isEmpty()) {
            throw new IllegalStateException("Schema migration failed: " + result.summary());
        }
        log.info(
                "Database schema is current ({}): {} migration tasks ran, {} SQL statements",
                driverType,
                result.succeededTasks.size(),
                result.changes);
    }

    static DriverTypeEnum driverTypeOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product) {
                case "H2" -> DriverTypeEnum.H2_EMBEDDED;
                case "PostgreSQL" -> DriverTypeEnum.POSTGRES_9_4;
                default ->
                    throw new IllegalStateException(
                            "Unsupported database '" + product + "': use the embedded H2 default or PostgreSQL");
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database to check its schema", e);
        }
    }
}
