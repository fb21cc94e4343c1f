package org.successplan.server.storage;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Drains every {@link QueuedWork} on shutdown, in a lifecycle phase after the web server's graceful
 * shutdown (in-flight requests finished, {@code 2147482623}) and its stop ({@code 2147481599}), and
 * before singletons such as the connection pool are destroyed. Each queue gets the same time budget.
 */
class QueuedWorkDrain implements SmartLifecycle {

    /** Below the web server's stop phase: runs after it. */
    static final int PHASE = Integer.MAX_VALUE - 4096;

    private static final Logger log = LoggerFactory.getLogger(QueuedWorkDrain.class);

    private final List<QueuedWork> queues;
    private final Duration timeout;
    private volatile boolean running;

    QueuedWorkDrain(List<QueuedWork> queues, Duration timeout) {
        this.queues = List.copyOf(queues);
        this.timeout = timeout;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        for (QueuedWork queue : queues) {
            long start = System.nanoTime();
            try {
                queue.drain(timeout);
                log.info("Drained {} in {} ms", queue.name(), (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                log.error("Could not drain {} on shutdown", queue.name(), e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
