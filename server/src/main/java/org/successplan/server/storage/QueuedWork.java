package org.successplan.server.storage;

import java.time.Duration;

/**
 * Work a feature accepted during a request but writes later (audit records, notifications, ...). A
 * Spring bean implementing this is drained when the server shuts down: after the HTTP server stopped
 * accepting requests and the in-flight ones finished (graceful shutdown, {@code SIGTERM}), and before
 * the database pool closes ({@link QueuedWorkDrain}).
 */
public interface QueuedWork {

    /** A short name for the logs, e.g. "audit events". */
    String name();

    /**
     * Writes out everything queued, waiting at most {@code timeout}; called once, on shutdown. What
     * cannot be written in time must be logged (how many items were lost), never silently dropped.
     */
    void drain(Duration timeout);
}
