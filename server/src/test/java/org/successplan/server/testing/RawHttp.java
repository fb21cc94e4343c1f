package org.successplan.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Plain HTTP for requests a FHIR client would never send (broken bodies, wrong content types) and for
 * non-FHIR endpoints. Bodies are returned as text; {@link #outcome} parses an OperationOutcome.
 */
public final class RawHttp {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String root;
    private final String[] defaultHeaders;

    /** Plain HTTP without credentials. */
    public RawHttp(int port) {
        this("http://localhost:" + port, new String[0]);
    }

    private RawHttp(String root, String[] defaultHeaders) {
        this.root = root;
        this.defaultHeaders = defaultHeaders;
    }

    /** Plain HTTP as the shared full-access test client (a real bearer token). */
    public static RawHttp authenticated(int port) {
        return TestClients.school(port).http();
    }

    /** The same, sending these headers (name, value, …) on every request too. */
    public RawHttp withHeaders(String... headers) {
        String[] all = java.util.Arrays.copyOf(defaultHeaders, defaultHeaders.length + headers.length);
        System.arraycopy(headers, 0, all, defaultHeaders.length, headers.length);
        return new RawHttp(root, all);
    }

    public HttpResponse<String> delete(String path, String... headers) {
        return send(request(path, headers).DELETE().build());
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public HttpResponse<String> put(String path, String contentType, String body, String... headers) {
        return send(request(path, headers)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        return send(request(path, headers).method(method, body).build());
    }

    public static OperationOutcome outcome(HttpResponse<String> response) {
        return FhirClients.FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60));
        if (defaultHeaders.length > 0) {
            builder.headers(defaultHeaders);
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // The JDK client may pick a pooled connection that the server has just closed (Jetty
                // closes after answering a request whose body it did not read, e.g. a 401). The
                // request never reached the server, so sending it once more on a new connection is safe.
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                    throw e;
                }
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
