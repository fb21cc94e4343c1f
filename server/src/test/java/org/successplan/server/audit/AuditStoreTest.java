package org.successplan.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.successplan.server.audit.Records.AGENCY;
import static org.successplan.server.audit.Records.LEO;
import static org.successplan.server.audit.Records.MAYA;
import static org.successplan.server.audit.Records.SCHOOL;
import static org.successplan.server.audit.Records.by;
import static org.successplan.server.audit.Records.need;
import static org.successplan.server.audit.Records.patient;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.hl7.fhir.r4.model.AuditEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The audit tables on an in-memory H2 database migrated by the real Flyway scripts: one contiguous
 * chain even with concurrent writers, queries that find what the API and the report need, and
 * retention that removes old records yet keeps the rest verifiable.
 */
class AuditStoreTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final AuditEventFactory FACTORY = new AuditEventFactory("test-node");

    DriverManagerDataSource dataSource;
    AuditStore store;

    @BeforeEach
    void database() {
        dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/ssp")
                .table("ssp_schema_history")
                .load()
                .migrate();
        store = new AuditStore(dataSource);
    }

    static AuditStore.Prepared prepared(AuditRecord record) {
        AuditEvent event = FACTORY.build(record, Map.of(MAYA, SCHOOL, LEO, "Organization/other"));
        return new AuditStore.Prepared(
                AuditIndex.columnsOf(event),
                FHIR.newJsonParser().encodeResourceToString(event),
                AuditIndex.studentsOf(event));
    }

    AuditEvent parse(String json) {
        return FHIR.newJsonParser().parseResource(AuditEvent.class, json);
    }

    @Test
    void appendedBatches_formOneVerifiableChain() throws Exception {
        store.append(List.of(prepared(by(SCHOOL).returned(patient(MAYA, SCHOOL)).build())));
        String head = store.append(List.of(
                prepared(by(AGENCY).returned(need("Condition/c1", MAYA, "food")).build()),
                prepared(by(AGENCY).status(403).build())));

        ChainVerifier.Result result = store.verify(this::parse);

        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(3);
        assertThat(result.headSeq()).isEqualTo(3);
        assertThat(result.headHash()).isEqualTo(head);
        assertThat(new JdbcTemplate(dataSource)
                        .queryForList("SELECT seq FROM ssp_audit_event ORDER BY seq", Long.class))
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void concurrentWriters_appendOneContiguousChain() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            done.add(writers.submit(() -> {
                for (int batch = 0; batch < 10; batch++) {
                    List<AuditStore.Prepared> records = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        records.add(prepared(
                                by(SCHOOL).returned(patient(MAYA, SCHOOL)).build()));
                    }
                    store.append(records);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();

        ChainVerifier.Result result = store.verify(this::parse);

        assertThat(result.intact()).as(String.valueOf(result.brokenLink())).isTrue();
        assertThat(result.checked()).isEqualTo(200);
        assertThat(result.headSeq()).isEqualTo(200);
    }

    @Test
    void search_restrictsByStudentCustodianOrganizationOutcomeAndRequestId() throws Exception {
        AuditRecord schoolRead =
                by(SCHOOL).returned(patient(MAYA, SCHOOL)).requestId("r-1").build();
        AuditRecord agencyRead =
                by(AGENCY).returned(need("Condition/c1", MAYA)).requestId("r-2").build();
        AuditRecord otherStudent = by(AGENCY)
                .returned(patient(LEO, "Organization/other"))
                .requestId("r-3")
                .build();
        AuditRecord refused = by(AGENCY).status(403).requestId("r-4").build();
        store.append(List.of(prepared(schoolRead), prepared(agencyRead), prepared(otherStudent), prepared(refused)));

        assertThat(requestIds(query(MAYA, null, null, null, null))).containsExactly("r-2", "r-1");
        assertThat(requestIds(query(null, SCHOOL, null, null, null))).containsExactly("r-2", "r-1");
        assertThat(requestIds(query(null, null, AGENCY, null, null))).containsExactly("r-4", "r-3", "r-2");
        assertThat(requestIds(query(null, null, null, 4, null))).containsExactly("r-4");
        assertThat(requestIds(query(null, null, null, null, "r-3"))).containsExactly("r-3");
        AuditStore.Query oldestFirst = new AuditStore.Query(null, null, null, null, null, null, null, null, null, true);
        assertThat(requestIds(store.search(oldestFirst, 1, 2))).containsExactly("r-2", "r-3");
    }

    @Test
    void disclosuresOf_findsOnlyDisclosuresOfThatStudent_inTime() throws Exception {
        Instant march = Instant.parse("2026-03-01T09:00:00Z");
        Instant april = Instant.parse("2026-04-01T09:00:00Z");
        store.append(List.of(
                prepared(by(SCHOOL)
                        .returned(patient(MAYA, SCHOOL))
                        .at(march)
                        .requestId("custodian")
                        .build()),
                prepared(by(AGENCY)
                        .returned(need("Condition/c1", MAYA))
                        .at(march)
                        .requestId("march")
                        .build()),
                prepared(by(AGENCY)
                        .returned(need("Condition/c1", MAYA))
                        .at(april)
                        .requestId("april")
                        .build()),
                prepared(by(AGENCY)
                        .returned(need("Condition/c7", LEO))
                        .at(april)
                        .requestId("leo")
                        .build())));

        assertThat(requestIds(store.disclosuresOf(MAYA, null, null))).containsExactly("march", "april");
        assertThat(requestIds(store.disclosuresOf(MAYA, Instant.parse("2026-03-15T00:00:00Z"), null)))
                .containsExactly("april");
        assertThat(requestIds(store.disclosuresOf(MAYA, null, april))).containsExactly("march");
    }

    @Test
    void retention_removesTheOldest_andTheRestStaysVerifiable() throws Exception {
        Instant old = Instant.parse("2019-01-01T00:00:00Z");
        Instant recent = Instant.parse("2026-01-01T00:00:00Z");
        store.append(List.of(
                prepared(by(SCHOOL).at(old).build()),
                prepared(by(SCHOOL).at(old).build()),
                prepared(by(SCHOOL).returned(patient(MAYA, SCHOOL)).at(recent).build())));

        long removed = store.purgeBefore(Instant.parse("2020-01-01T00:00:00Z"));
        store.append(List.of(prepared(by(SCHOOL).at(recent).build())));

        assertThat(removed).isEqualTo(2);
        ChainVerifier.Result result = store.verify(this::parse);
        assertThat(result.intact()).as(String.valueOf(result.brokenLink())).isTrue();
        assertThat(result.anchorSeq()).isEqualTo(2);
        assertThat(result.checked()).isEqualTo(2);
        assertThat(store.purgeBefore(Instant.parse("2020-01-01T00:00:00Z"))).isZero();
    }

    @Test
    void deletedRecord_isNamedAsMissing() throws Exception {
        store.append(List.of(
                prepared(by(SCHOOL).build()),
                prepared(by(SCHOOL).build()),
                prepared(by(SCHOOL).build())));
        new JdbcTemplate(dataSource).update("DELETE FROM ssp_audit_event WHERE seq = 2");

        ChainVerifier.Result result = store.verify(this::parse);

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenLink().seq()).isEqualTo(2);
        assertThat(result.brokenLink().problem()).contains("record 2 is missing");
    }

    @Test
    void truncatedTail_isNoticedAgainstTheHead() throws Exception {
        store.append(List.of(prepared(by(SCHOOL).build()), prepared(by(SCHOOL).build())));
        new JdbcTemplate(dataSource).update("DELETE FROM ssp_audit_event WHERE seq = 2");

        ChainVerifier.Result result = store.verify(this::parse);

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenLink().problem()).contains("records 2 to 2 are missing");
    }

    AuditStore.Query query(String student, String custodian, String organization, Integer outcome, String requestId) {
        return new AuditStore.Query(
                student, custodian, organization, null, null, outcome, null, null, requestId, false);
    }

    List<String> requestIds(AuditStore.Query query) {
        return requestIds(store.search(query, 0, 50));
    }

    List<String> requestIds(List<String> jsons) {
        List<String> ids = new ArrayList<>();
        for (String json : jsons) {
            ids.add(AuditIndex.columnsOf(parse(json)).requestId());
        }
        return Collections.unmodifiableList(ids);
    }
}
