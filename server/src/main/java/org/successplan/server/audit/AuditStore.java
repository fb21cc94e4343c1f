package org.successplan.server.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The audit tables ({@code db/ssp/V2__audit_tables.sql}): appending batches to the hash chain under a
 * lock on its one head row (so nodes sharing a database write one chain), reading records for the
 * AuditEvent API and the disclosure report, verifying the chain, and removing records past the
 * retention period. Plain JDBC, portable between H2 and PostgreSQL.
 */
final class AuditStore {

    /** A record ready to append: its index (derived from the JSON by {@link AuditIndex}) and JSON. */
    record Prepared(AuditIndex.Columns columns, String eventJson, List<AuditIndex.StudentRow> students) {}

    /** The chain head row. */
    record Head(long lastSeq, String lastHash, long anchorSeq, String anchorHash) {}

    /**
     * Search criteria of the AuditEvent API; {@code null} fields do not restrict.
     *
     * @param custodian only records about a student of this custodian (the restriction for non-auditors)
     * @param from inclusive lower bound of {@code recorded}
     * @param to inclusive upper bound of {@code recorded}
     */
    record Query(
            String student,
            String custodian,
            String organization,
            Instant from,
            Instant to,
            Integer outcome,
            String interaction,
            String purpose,
            String requestId,
            boolean oldestFirst) {}

    private static final String LOCK_HEAD =
            "SELECT last_seq, last_hash, anchor_seq, anchor_hash FROM ssp_audit_chain WHERE id = 1 FOR UPDATE";
    private static final int VERIFY_PAGE = 500;
    private static final int PURGE_PAGE = 1000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    AuditStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    // ---- writing -------------------------------------------------------------------------------

    /**
     * Appends the records, in order, in one transaction that holds the chain head's row lock: each gets
     * the next position, the previous record's hash and its own.
     *
     * @return the head hash after the batch
     */
    String append(List<Prepared> batch) throws SQLException {
        return underChainLock((connection, head) -> {
            long seq = head.lastSeq();
            String previous = head.lastHash();
            try (PreparedStatement events = connection.prepareStatement("INSERT INTO ssp_audit_event (seq, event_id,"
                            + " recorded_at, request_id, client_id, organization, interaction, outcome, purpose,"
                            + " emergency, event_json, previous_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
                    PreparedStatement students = connection.prepareStatement("INSERT INTO ssp_audit_student"
                            + " (seq, student, custodian, disclosure, recorded_at) VALUES (?,?,?,?,?)")) {
                for (Prepared record : batch) {
                    seq++;
                    String hash = HashChain.hash(seq, previous, record.eventJson());
                    AuditIndex.Columns c = record.columns();
                    OffsetDateTime recorded = utc(c.recorded());
                    events.setLong(1, seq);
                    events.setString(2, c.eventId());
                    events.setObject(3, recorded);
                    events.setString(4, c.requestId());
                    events.setString(5, c.clientId());
                    events.setString(6, c.organization());
                    events.setString(7, c.interaction());
                    events.setInt(8, c.outcome());
                    events.setString(9, c.purpose());
                    events.setBoolean(10, c.emergency());
                    events.setString(11, record.eventJson());
                    events.setString(12, previous);
                    events.setString(13, hash);
                    events.addBatch();
                    for (AuditIndex.StudentRow row : record.students()) {
                        students.setLong(1, seq);
                        students.setString(2, row.student());
                        students.setString(3, row.custodian());
                        students.setBoolean(4, row.disclosure());
                        students.setObject(5, recorded);
                        students.addBatch();
                    }
                    previous = hash;
                }
                events.executeBatch();
                students.executeBatch();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE ssp_audit_chain SET last_seq = ?, last_hash = ?, updated_at = ? WHERE id = 1")) {
                update.setLong(1, seq);
                update.setString(2, previous);
                update.setObject(3, utc(Instant.now()));
                update.executeUpdate();
            }
            return previous;
        });
    }

    // ---- reading -------------------------------------------------------------------------------

    Optional<String> findJson(String eventId) {
        return jdbc
                .queryForList("SELECT event_json FROM ssp_audit_event WHERE event_id = ?", String.class, eventId)
                .stream()
                .findFirst();
    }

    /** The records matching {@code query}, newest first unless asked otherwise; one page. */
    List<String> search(Query query, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT event_json FROM ssp_audit_event e WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        condition(sql, args, "e.organization = ?", query.organization());
        condition(sql, args, "e.recorded_at >= ?", query.from() == null ? null : utc(query.from()));
        condition(sql, args, "e.recorded_at <= ?", query.to() == null ? null : utc(query.to()));
        condition(sql, args, "e.outcome = ?", query.outcome());
        condition(sql, args, "e.interaction = ?", query.interaction());
        condition(sql, args, "e.purpose = ?", query.purpose());
        condition(sql, args, "e.request_id = ?", query.requestId());
        if (query.student() != null || query.custodian() != null) {
            sql.append(" AND e.seq IN (SELECT s.seq FROM ssp_audit_student s WHERE 1 = 1");
            condition(sql, args, "s.student = ?", query.student());
            condition(sql, args, "s.custodian = ?", query.custodian());
            sql.append(')');
        }
        sql.append(" ORDER BY e.seq ").append(query.oldestFirst() ? "ASC" : "DESC");
        sql.append(" LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        return jdbc.queryForList(sql.toString(), String.class, args.toArray());
    }

    /** The records that disclosed {@code student}'s records, oldest first, within the bounds (inclusive, exclusive). */
    List<String> disclosuresOf(String student, Instant from, Instant until) {
        StringBuilder sql = new StringBuilder("SELECT e.event_json FROM ssp_audit_student s"
                + " JOIN ssp_audit_event e ON e.seq = s.seq WHERE s.student = ? AND s.disclosure = TRUE");
        List<Object> args = new ArrayList<>();
        args.add(student);
        condition(sql, args, "s.recorded_at >= ?", from == null ? null : utc(from));
        condition(sql, args, "s.recorded_at < ?", until == null ? null : utc(until));
        sql.append(" ORDER BY s.recorded_at, s.seq");
        return jdbc.queryForList(sql.toString(), String.class, args.toArray());
    }

    Optional<Head> head() {
        try (Connection connection = dataSource.getConnection()) {
            return head(connection, LOCK_HEAD.replace(" FOR UPDATE", ""));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit chain head", e);
        }
    }

    // ---- verification --------------------------------------------------------------------------

    /** Checks every retained record from the anchor to the head read at the start. */
    ChainVerifier.Result verify(Function<String, AuditEvent> parser) {
        Head head = head().orElseThrow(() -> new IllegalStateException("The audit chain head row is missing"));
        ChainVerifier verifier = new ChainVerifier(head.anchorSeq(), head.anchorHash(), parser);
        long after = head.anchorSeq();
        while (after < head.lastSeq()) {
            List<ChainVerifier.Stored> page = page(after, head.lastSeq());
            if (page.isEmpty()) {
                break;
            }
            for (ChainVerifier.Stored stored : page) {
                if (verifier.check(stored).isPresent()) {
                    return verifier.finish(head.lastSeq(), head.lastHash());
                }
            }
            after = page.get(page.size() - 1).seq();
        }
        return verifier.finish(head.lastSeq(), head.lastHash());
    }

    private List<ChainVerifier.Stored> page(long after, long upTo) {
        List<Object[]> events = jdbc.query(
                "SELECT seq, event_id, recorded_at, request_id, client_id, organization, interaction, outcome,"
                        + " purpose, emergency, event_json, previous_hash, hash FROM ssp_audit_event"
                        + " WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT " + VERIFY_PAGE,
                (rs, n) -> new Object[] {
                    rs.getLong(1),
                    new AuditIndex.Columns(
                            rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getInt(8),
                            rs.getString(9),
                            rs.getBoolean(10)),
                    rs.getString(11),
                    rs.getString(12),
                    rs.getString(13)
                },
                after,
                upTo);
        if (events.isEmpty()) {
            return List.of();
        }
        long first = (Long) events.get(0)[0];
        long last = (Long) events.get(events.size() - 1)[0];
        Map<Long, List<AuditIndex.StudentRow>> rows = new HashMap<>();
        jdbc.query(
                "SELECT seq, student, custodian, disclosure FROM ssp_audit_student WHERE seq >= ? AND seq <= ?"
                        + " ORDER BY seq, student",
                (RowCallbackHandler) rs -> rows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new AuditIndex.StudentRow(rs.getString(2), rs.getString(3), rs.getBoolean(4))),
                first,
                last);
        List<ChainVerifier.Stored> page = new ArrayList<>(events.size());
        for (Object[] e : events) {
            AuditIndex.Columns columns = (AuditIndex.Columns) e[1];
            page.add(new ChainVerifier.Stored(
                    (Long) e[0],
                    columns.eventId(),
                    (String) e[2],
                    (String) e[3],
                    (String) e[4],
                    columns,
                    rows.getOrDefault((Long) e[0], List.of())));
        }
        return page;
    }

    // ---- retention -----------------------------------------------------------------------------

    /**
     * Removes the oldest records recorded before {@code cutoff}, in chain order, keeping the chain
     * verifiable: the last removed record becomes the anchor the remaining chain starts from.
     *
     * @return how many records were removed
     */
    long purgeBefore(Instant cutoff) throws SQLException {
        long removed = 0;
        while (true) {
            int page = purgePage(cutoff);
            removed += page;
            if (page < PURGE_PAGE) {
                return removed;
            }
        }
    }

    private int purgePage(Instant cutoff) throws SQLException {
        return underChainLock((connection, head) -> {
            long lastSeq = -1;
            String lastHash = null;
            int count = 0;
            try (PreparedStatement oldest = connection.prepareStatement("SELECT seq, hash, recorded_at FROM"
                    + " ssp_audit_event WHERE seq > ? ORDER BY seq LIMIT " + PURGE_PAGE)) {
                oldest.setLong(1, head.anchorSeq());
                try (ResultSet rs = oldest.executeQuery()) {
                    while (rs.next()) {
                        if (!rs.getObject(3, OffsetDateTime.class).toInstant().isBefore(cutoff)) {
                            break;
                        }
                        lastSeq = rs.getLong(1);
                        lastHash = rs.getString(2);
                        count++;
                    }
                }
            }
            if (count > 0) {
                for (String table : List.of("ssp_audit_student", "ssp_audit_event")) {
                    try (PreparedStatement delete =
                            connection.prepareStatement("DELETE FROM " + table + " WHERE seq <= ?")) {
                        delete.setLong(1, lastSeq);
                        delete.executeUpdate();
                    }
                }
                try (PreparedStatement anchor = connection.prepareStatement(
                        "UPDATE ssp_audit_chain SET anchor_seq = ?, anchor_hash = ?, updated_at = ? WHERE id = 1")) {
                    anchor.setLong(1, lastSeq);
                    anchor.setString(2, lastHash);
                    anchor.setObject(3, utc(Instant.now()));
                    anchor.executeUpdate();
                }
            }
            return count;
        });
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** A unit of work on the chain, inside a transaction that holds the chain head's row lock. */
    @FunctionalInterface
    private interface ChainWork<T> {
        T run(Connection connection, Head head) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction that first locks the chain head row (so appends and purges
     * never interleave), commits it, or rolls it back when the work fails.
     */
    private <T> T underChainLock(ChainWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Head head = head(connection, LOCK_HEAD)
                        .orElseThrow(() -> new SQLException("The audit chain head row is missing"));
                T result = work.run(connection, head);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static Optional<Head> head(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
        }
    }

    private static void condition(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            args.add(value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
