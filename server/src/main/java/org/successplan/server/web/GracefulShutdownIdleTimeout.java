package org.successplan.server.web;

import java.time.Duration;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.springframework.boot.web.embedded.jetty.JettyServerCustomizer;

/**
 * Lets requests that are in flight when a graceful shutdown begins finish, however long they are silent.
 * When Jetty shuts a connector down it lowers every open connection's idle timeout to the connector's
 * <em>shutdown idle timeout</em>, 1 s by default, so a transaction still being processed (no bytes moving
 * for more than a second) could have its response cut: seen as a {@code 200} with a truncated body
 * during SIGTERM with validated transactions in flight (docs/reliability.md). This sets it to the time
 * Spring Boot waits for the shutdown phase ({@code spring.lifecycle.timeout-per-shutdown-phase}); after
 * that the server stops anyway.
 */
final class GracefulShutdownIdleTimeout implements JettyServerCustomizer {

    private final Duration timeout;

    GracefulShutdownIdleTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void customize(Server server) {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector jetty) {
                jetty.setShutdownIdleTimeout(timeout.toMillis());
            }
        }
    }
}
