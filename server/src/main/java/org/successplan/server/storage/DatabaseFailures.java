package org.successplan.server.storage;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a database that cannot be reached (down, restarting, refusing connections, pool exhausted for
 * longer than the connection timeout) from every other failure, by walking an exception's causes:
 * JDBC connection exceptions, SQLSTATE class {@code 08} (connection exception) and PostgreSQL's
 * shutdown states {@code 57P01..57P03}, and a transaction that could not be rolled back or committed
 * because its connection is gone (Hibernate's {@code TransactionException} over an {@code SQLException}:
 * the pool reports a closed connection without an SQLSTATE, and the rollback's failure replaces the
 * original connection error). Such a failure is the client's cue to retry later
 * ({@code 503}), not a bug ({@code 500}). Pure: only {@code java.sql} types.
 */
final class DatabaseFailures {

    /** PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now. */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    /** Wrappers whose presence alone means "no connection" (Spring, Hibernate), matched by name. */
    private static final Set<String> CONNECTION_FAILURE_TYPES =
            Set.of("CannotCreateTransactionException", "CannotGetJdbcConnectionException", "JDBCConnectionException");

    private DatabaseFailures() {}

    static boolean isUnavailable(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            if (CONNECTION_FAILURE_TYPES.contains(t.getClass().getSimpleName())) {
                return true;
            }
            if (t.getClass().getSimpleName().equals("TransactionException") && t.getCause() instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || SHUTDOWN_STATES.contains(state));
    }
}
