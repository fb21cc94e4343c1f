package org.successplan.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Writes the audit trail off the request threads: requests put their {@link AuditRecord} on a bounded
 * queue ({@link #submit}); one writer thread per node takes whatever is queued, up to {@code batch-size}
 * records, as soon as it is free (group commit: no waiting to fill a batch), resolves the students'
 * custodians, builds the AuditEvents and appends them to the hash chain in one transaction
 * ({@link AuditStore#append}). A failed batch is
 * retried with back-off and never dropped; while the database is down the queue fills and
 * {@link AuditFilter} refuses new requests ({@code 503}) instead of serving them unaudited.
 *
 * <p>Shutdown: this lifecycle stops after the web server (lower phase), so every request that was
 * answered has been submitted; {@link #stop} then writes everything still queued, waiting up to
 * {@code shutdown-timeout}. A crash loses the records still in memory: the batch being written and
 * those queued behind it (requests that completed during that write; at most {@code queue-capacity}).
 */
final class AuditWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    private static final Duration SUBMIT_WAIT = Duration.ofSeconds(5);
    private static final Duration IDLE_POLL = Duration.ofMillis(100);

    private final AuditStore store;
    private final AuditEventFactory factory;
    private final Custodians custodians;
    private final FhirContext fhirContext;
    private final AuditProperties properties;
    private final BlockingQueue<AuditRecord> queue;
    private final Counter written;
    private final Counter failures;
    private final Counter lost;
    private final Timer batchTimer;
    private final long firstBackoffMillis;

    private volatile boolean running;
    private volatile boolean stopping;
    private volatile boolean failing;
    private Thread thread;

    AuditWriter(
            AuditStore store,
            AuditEventFactory factory,
            Custodians custodians,
            FhirContext fhirContext,
            AuditProperties properties,
            MeterRegistry meters) {
        this(store, factory, custodians, fhirContext, properties, meters, Duration.ofMillis(200));
    }

    /** @param firstBackoff the wait before the first retry of a failed batch; doubles up to 10 s */
    AuditWriter(
            AuditStore store,
            AuditEventFactory factory,
            Custodians custodians,
            FhirContext fhirContext,
            AuditProperties properties,
            MeterRegistry meters,
            Duration firstBackoff) {
        this.firstBackoffMillis = firstBackoff.toMillis();
        this.store = store;
        this.factory = factory;
        this.custodians = custodians;
        this.fhirContext = fhirContext;
        this.properties = properties;
        this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
        this.written = meters.counter("ssp.audit.records.written");
        this.failures = meters.counter("ssp.audit.write.failures");
        this.lost = meters.counter("ssp.audit.records.lost");
        this.batchTimer = meters.timer("ssp.audit.batch.write");
        Gauge.builder("ssp.audit.queue.size", queue, BlockingQueue::size).register(meters);
    }

    boolean enabled() {
        return properties.enabled();
    }

    /** Whether a new request may be served: the writer runs and has room for its record. */
    boolean accepting() {
        return running && !stopping && queue.remainingCapacity() > 0;
    }

    /** Whether the last write attempt failed (for health checks). */
    boolean failing() {
        return failing;
    }

    int backlog() {
        return queue.size();
    }

    /**
     * Queues a record; waits a little if the queue is full. A record that still finds no room is logged
     * in full at ERROR level (logger {@code ssp.audit.lost}) and counted in {@code ssp.audit.records.lost}.
     */
    void submit(AuditRecord record) {
        try {
            if (queue.offer(record, SUBMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lost.increment();
        LoggerFactory.getLogger("ssp.audit.lost").error("Audit record not written (queue full): {}", record);
    }

    // ---- the writer thread ---------------------------------------------------------------------

    private void run() {
        List<AuditRecord> batch = new ArrayList<>(properties.batchSize());
        while (!stopping || !queue.isEmpty()) {
            batch.clear();
            try {
                // No interrupts: H2 closes its files when a thread is interrupted during I/O. The poll
                // timeout bounds how long stop() waits for the loop to notice.
                AuditRecord first = queue.poll(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, properties.batchSize() - 1);
                writeWithRetry(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.error("The audit writer was interrupted; {} records are queued", queue.size());
                return;
            } catch (RuntimeException | Error e) {
                log.error("The audit writer failed on a batch of {} records; it goes on", batch.size(), e);
            }
        }
    }

    private void writeWithRetry(List<AuditRecord> batch) {
        List<Pending> pending = new ArrayList<>(batch.size());
        for (AuditRecord record : batch) {
            try {
                pending.add(new Pending(record, prepare(record)));
            } catch (RuntimeException e) {
                lost.increment();
                log.error("Cannot build the AuditEvent of request {}", record.requestId(), e);
                LoggerFactory.getLogger("ssp.audit.lost").error("Audit record not written (build failed): {}", record);
            }
        }
        if (!pending.isEmpty()) {
            write(pending);
        }
    }

    private record Pending(AuditRecord record, AuditStore.Prepared prepared) {}

    /**
     * Appends, retrying with back-off while the database is unavailable. When the database refuses the
     * data itself (SQL state class 22 or 23: a value it cannot store), the batch is written record by
     * record and the one record it refuses is logged in full and dropped, so that one bad record cannot
     * stop the audit trail.
     */
    private void write(List<Pending> pending) {
        List<AuditStore.Prepared> prepared =
                pending.stream().map(Pending::prepared).toList();
        long backoff = firstBackoffMillis;
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                long started = System.nanoTime();
                store.append(prepared);
                batchTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                written.increment(prepared.size());
                if (failing) {
                    log.info("The audit log is written again ({} records waiting)", queue.size());
                }
                failing = false;
                return;
            } catch (Exception e) {
                failures.increment();
                failing = true;
                if (refusesData(e)) {
                    if (pending.size() > 1) {
                        log.warn(
                                "The database refuses a batch of {} audit records; writing them one by one",
                                pending.size());
                        pending.forEach(one -> write(List.of(one)));
                    } else {
                        lost.increment();
                        LoggerFactory.getLogger("ssp.audit.lost")
                                .error(
                                        "Audit record refused by the database ({}): {}",
                                        e,
                                        pending.get(0).record());
                    }
                    return;
                }
                if (stopping && attempts >= 5) {
                    lost.increment(prepared.size());
                    LoggerFactory.getLogger("ssp.audit.lost")
                            .error(
                                    "Shutting down: {} audit records could not be written: {}",
                                    prepared.size(),
                                    pending);
                    return;
                }
                log.error(
                        "Cannot write {} audit records (attempt {}), retrying in {} ms: {}",
                        prepared.size(),
                        attempts,
                        backoff,
                        e.toString());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    lost.increment(prepared.size());
                    LoggerFactory.getLogger("ssp.audit.lost")
                            .error("Interrupted: {} audit records not written: {}", prepared.size(), pending);
                    return;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    /** Whether the database refused the data (data exception or integrity violation), not the connection. */
    static boolean refusesData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.startsWith("22") || state.startsWith("23");
            }
        }
        return false;
    }

    /** Resolves custodians and builds the AuditEvent, its JSON and its index. */
    AuditStore.Prepared prepare(AuditRecord record) {
        Map<String, String> known = AuditEventFactory.knownCustodians(record);
        known.forEach(custodians::remember);
        Map<String, String> resolved = new HashMap<>(known);
        for (String student : AuditEventFactory.studentsConcerned(record)) {
            if (!resolved.containsKey(student)) {
                resolved.put(student, custodians.of(student));
            }
        }
        AuditEvent event = factory.build(record, resolved);
        IParser parser = fhirContext.newJsonParser();
        return new AuditStore.Prepared(
                AuditIndex.columnsOf(event), parser.encodeResourceToString(event), AuditIndex.studentsOf(event));
    }

    // ---- lifecycle -----------------------------------------------------------------------------

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (!properties.enabled()) {
            log.warn("The audit trail is OFF (ssp.audit.enabled=false): FHIR requests are not recorded."
                    + " Use this only to measure its overhead, never with real data.");
            return;
        }
        stopping = false;
        thread = new Thread(this::run, "ssp-audit-writer");
        thread.setDaemon(false);
        thread.start();
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        stopping = true;
        try {
            thread.join(properties.shutdownTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.error(
                    "The audit writer did not finish within {}: {} records are still queued",
                    properties.shutdownTimeout(),
                    queue.size());
        } else {
            log.info("Audit trail written; writer stopped");
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Low: stops after the web server has finished its requests (phase Integer.MAX_VALUE - 2048). */
    @Override
    public int getPhase() {
        return 0;
    }
}
