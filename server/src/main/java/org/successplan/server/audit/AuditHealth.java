package org.successplan.server.audit;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code /actuator/health} component {@code audit}: DOWN while the audit log cannot be written (the
 * last write failed, or the queue is full, so FHIR requests get {@code 503}); with the backlog size.
 */
final class AuditHealth implements HealthIndicator {

    private final AuditWriter writer;

    AuditHealth(AuditWriter writer) {
        this.writer = writer;
    }

    @Override
    public Health health() {
        if (!writer.enabled()) {
            return Health.up().withDetail("enabled", false).build();
        }
        Health.Builder health = writer.failing() || !writer.accepting() ? Health.down() : Health.up();
        return health.withDetail("backlog", writer.backlog()).build();
    }
}
