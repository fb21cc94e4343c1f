package org.successplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/** The one HTTP client of the harness (JDK HttpClient, HTTP/1.1, its own small executor) and JSON helpers. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String FHIR_JSON = "application/fhir+json";

    private final HttpClient client;
    private final Duration timeout;

    Http(int threads, Duration timeout) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(Math.max(2, threads), daemon("ssp-bench-http")))
                .build();
        this.timeout = timeout;
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + body.substring(0, Math.min(300, body.length())), e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short description of a failed response: status and the first OperationOutcome diagnostics. */
    static String describe(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        String detail = body.length() > 400 ? body.substring(0, 400) + "..." : body;
        try {
            JsonNode node = JSON.readTree(body);
            if ("OperationOutcome".equals(node.path("resourceType").asText())) {
                StringBuilder issues = new StringBuilder();
                for (JsonNode issue : node.path("issue")) {
                    if (issues.length() > 0) {
                        issues.append("; ");
                    }
                    issues.append(issue.path("diagnostics").asText())
                            .append(issue.has("expression") ? " @" + issue.path("expression") : "");
                    if (issues.length() > 600) {
                        break;
                    }
                }
                detail = issues.toString();
            }
        } catch (IOException | RuntimeException ignored) {
            // not JSON: keep the raw text
        }
        return "HTTP " + response.statusCode() + " " + detail;
    }
}
