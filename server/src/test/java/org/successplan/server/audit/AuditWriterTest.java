package org.successplan.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.successplan.server.audit.Records.MAYA;
import static org.successplan.server.audit.Records.SCHOOL;
import static org.successplan.server.audit.Records.by;
import static org.successplan.server.audit.Records.patient;

import ca.uhn.fhir.context.FhirContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.hl7.fhir.r4.model.AuditEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The asynchronous writer: nothing is dropped when the database fails for a while, a clean stop writes
 * what is queued, and a full queue turns new requests away.
 */
class AuditWriterTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    DriverManagerDataSource database;
    AtomicInteger failuresLeft = new AtomicInteger();
    AuditStore store;

    @BeforeEach
    void database() {
        database =
                new DriverManagerDataSource("jdbc:h2:mem:writer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/ssp")
                .table("ssp_schema_history")
                .load()
                .migrate();
        store = new AuditStore(new DelegatingDataSource(database) {
            @Override
            public Connection getConnection() throws SQLException {
                if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new SQLException("database down (test)");
                }
                return super.getConnection();
            }
        });
    }

    AuditWriter writer(int capacity) {
        return writer(capacity, 50);
    }

    AuditWriter writer(int capacity, int batchSize) {
        AuditProperties properties =
                new AuditProperties(true, capacity, batchSize, Duration.ZERO, Duration.ofSeconds(20));
        return new AuditWriter(
                store,
                new AuditEventFactory("test"),
                new Custodians(null, Duration.ofSeconds(30), Clock.systemUTC()),
                FHIR,
                properties,
                new SimpleMeterRegistry(),
                Duration.ofMillis(5));
    }

    long stored() {
        return new JdbcTemplate(database).queryForObject("SELECT COUNT(*) FROM ssp_audit_event", Long.class);
    }

    @Test
    void failingDatabase_isRetried_andNothingIsLost() {
        AuditWriter writer = writer(100);
        failuresLeft.set(3);
        writer.start();
        for (int i = 0; i < 20; i++) {
            writer.submit(by(SCHOOL).returned(patient(MAYA, SCHOOL)).build());
        }

        writer.stop();

        assertThat(stored()).isEqualTo(20);
        assertThat(store.verify(json -> FHIR.newJsonParser().parseResource(AuditEvent.class, json))
                        .intact())
                .isTrue();
    }

    @Test
    void recordTheDatabaseRefuses_isDropped_andTheOthersAreWritten() {
        AuditWriter writer = writer(100);
        writer.start();
        String id = UUID.randomUUID().toString();
        writer.submit(by(SCHOOL).eventId(id).requestId("first").build());
        writer.submit(by(SCHOOL).eventId(id).requestId("duplicate").build());
        writer.submit(by(SCHOOL).requestId("after").build());

        writer.stop();

        assertThat(new JdbcTemplate(database)
                        .queryForList("SELECT request_id FROM ssp_audit_event ORDER BY seq", String.class))
                .containsExactly("first", "after");
        assertThat(store.verify(json -> FHIR.newJsonParser().parseResource(AuditEvent.class, json))
                        .intact())
                .isTrue();
    }

    @Test
    void cleanStop_writesEverythingQueued() {
        AuditWriter writer = writer(5000);
        writer.start();
        for (int i = 0; i < 300; i++) {
            writer.submit(by(SCHOOL).build());
        }

        writer.stop();

        assertThat(stored()).isEqualTo(300);
        assertThat(writer.isRunning()).isFalse();
    }

    @Test
    void writerThatCannotKeepUp_turnsNewRequestsAway() throws InterruptedException {
        AuditWriter writer = writer(10, 1);
        assertThat(writer.accepting()).as("not started").isFalse();
        failuresLeft.set(Integer.MAX_VALUE);
        writer.start();
        assertThat(writer.accepting()).isTrue();
        writer.submit(by(SCHOOL).build());
        while (writer.backlog() > 0) {
            Thread.sleep(10); // the writer holds it and keeps failing
        }
        for (int i = 0; i < 10; i++) {
            writer.submit(by(SCHOOL).build());
        }

        assertThat(writer.accepting()).isFalse();
        assertThat(writer.failing()).isTrue();

        failuresLeft.set(0);
        writer.stop();
        assertThat(stored()).isEqualTo(11);
    }
}
