package org.successplan.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseFailuresTest {

    @Test
    void aPoolTimeout_deepInsideHapisWrappers_isUnavailability() {
        SQLTransientConnectionException timeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 5000ms",
                "08001",
                new SQLException("Connection to localhost:5434 refused", "08001", new ConnectException()));
        RuntimeException wrapped = new IllegalStateException(
                "HAPI-0389: Failed to call access method",
                new CannotCreateTransactionException("Could not open JPA EntityManager", timeout));

        assertThat(DatabaseFailures.isUnavailable(wrapped)).isTrue();
    }

    @Test
    void connectionStates_andPostgresShutdownStates_areUnavailability() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("I/O error", "08006")))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(
                        new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void aRollbackOnAConnectionTheOutageClosed_isUnavailability() {
        // What Spring reports when the database went away mid-transaction: the rollback fails on the
        // closed connection (no SQLSTATE from the pool) and its failure hides the original one.
        RuntimeException rollback =
                new org.springframework.orm.jpa.JpaSystemException(new org.hibernate.TransactionException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

        assertThat(DatabaseFailures.isUnavailable(rollback)).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new org.hibernate.TransactionException("Transaction not active")))
                .isFalse();
    }

    @Test
    void otherDatabaseErrors_andBugs_areNot() {
        assertThat(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(DatabaseFailures.isUnavailable(new NullPointerException())).isFalse();
    }

    @Test
    void causeCycles_doNotLoop() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(DatabaseFailures.isUnavailable(a)).isFalse();
    }
}
