package org.successplan.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.successplan.server.testing.ServerIT;

/**
 * Keeps the two integration-test runs honest: the database the run claims to test (system property
 * {@code ssp.test.database}, set per failsafe execution) is the one the server is really using.
 */
@ServerIT
class DatabaseSelectionIT {

    @Autowired
    DataSource dataSource;

    @Test
    void serverRunsOnTheDatabaseThisTestRunIsFor() throws Exception {
        String expected = System.getProperty("ssp.test.database", "h2");
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualToIgnoringCase(expected.equals("postgres") ? "PostgreSQL" : "H2");
            if (expected.equals("postgres")) {
                assertThat(connection.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(15);
            }
        }
    }

    @Test
    void schemaWasMigratedByHapi() throws Exception {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from \"FLY_HFJ_MIGRATION\"")) {
            rows.next();
            assertThat(rows.getInt(1)).isGreaterThan(100);
        }
    }
}
