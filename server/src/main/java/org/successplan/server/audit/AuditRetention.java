package org.successplan.server.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Applies {@code ssp.audit.retention}: when set, removes records older than it once an hour (and a
 * minute after start), oldest first, through {@link AuditStore#purgeBefore}, which moves the chain's
 * anchor so the rest stays verifiable. Every node runs it; the chain head lock makes the runs take turns.
 * With the default (keep for ever) it does nothing.
 */
final class AuditRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditStore store;
    private final AuditProperties properties;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    AuditRetention(AuditStore store, AuditProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Removes what is past the retention period now; returns how many records. */
    long purge() {
        if (properties.keepForever()) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(properties.retention());
        try {
            long removed = store.purgeBefore(cutoff);
            if (removed > 0) {
                log.info("Audit retention: removed {} records recorded before {}", removed, cutoff);
            }
            return removed;
        } catch (Exception e) {
            log.error("Audit retention: cannot remove records recorded before {}: {}", cutoff, e.toString());
            return 0;
        }
    }

    @Override
    public synchronized void start() {
        if (properties.keepForever() || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "ssp-audit-retention");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::purge, 60, 3600, TimeUnit.SECONDS);
        log.info("Audit retention: records older than {} are removed hourly", properties.retention());
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
