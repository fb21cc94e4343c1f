package org.successplan.server.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A rest-hook endpoint for tests: a tiny HTTP server on a free local port that records every request
 * it gets and answers {@code 500} to the first {@code failures} of them, {@code 200} afterwards.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(
            String method, String path, Map<String, List<String>> headers, String body, int answeredWith, Instant at) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger remainingFailures;

    private WebhookReceiver(int failures) {
        this.remainingFailures = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = remainingFailures.getAndDecrement() > 0 ? 500 : 200;
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body,
                    status,
                    Instant.now()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** A receiver that accepts everything. */
    public static WebhookReceiver start() {
        return new WebhookReceiver(0);
    }

    /** A receiver that fails the first {@code failures} deliveries with {@code 500}. */
    public static WebhookReceiver failingFirst(int failures) {
        return new WebhookReceiver(failures);
    }

    public String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    /** The next request, waiting up to {@code timeout}; {@code null} if none came. */
    public Received next(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits for the next request whose body mentions {@code text}, skipping others. */
    public Received nextMentioning(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Received r = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (r != null && r.body().contains(text)) {
                return r;
            }
        }
        return null;
    }

    /** Everything received so far, without waiting. */
    public List<Received> drain() {
        List<Received> all = new java.util.ArrayList<>();
        received.drainTo(all);
        return all;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
