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

    public RawHttp(int port) {
        this.root = "http://localhost:" + port;
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
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
