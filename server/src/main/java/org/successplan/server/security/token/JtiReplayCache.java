package org.successplan.server.security.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Remembers each client assertion's {@code jti} until the assertion expires (table
 * {@code ssp_client_assertion_jti}). The primary key makes "first use wins" atomic across nodes: of
 * several requests with one assertion exactly one insert succeeds. Expired rows are purged at most once
 * a minute, by whichever token request comes along.
 */
class JtiReplayCache {

    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);
    private static final Duration PURGE_MARGIN = Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicLong nextPurge = new AtomicLong();

    JtiReplayCache(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** Records the id; {@code false} when this client already used it (a replay). */
    boolean firstUse(String clientId, String jti, Instant expiresAt) {
        purgeNowAndThen();
        try {
            jdbc.update(
                    "insert into ssp_client_assertion_jti (client_id, jti, expires_at) values (?, ?, ?)",
                    clientId,
                    jti,
                    expiresAt.getEpochSecond());
            return true;
        } catch (DuplicateKeyException replay) {
            return false;
        }
    }

    private void purgeNowAndThen() {
        long now = clock.millis();
        long due = nextPurge.get();
        if (now >= due && nextPurge.compareAndSet(due, now + PURGE_EVERY.toMillis())) {
            jdbc.update(
                    "delete from ssp_client_assertion_jti where expires_at < ?",
                    clock.instant().minus(PURGE_MARGIN).getEpochSecond());
        }
    }
}
