package org.successplan.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** FHIR over plain HTTP with the demo school's token; JSON through Jackson. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ServerProcess server;
    private final Duration timeout;

    Api(ServerProcess server, Duration timeout) {
        this.server = server;
        this.timeout = timeout;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(builder(path).GET());
    }

    HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return send(builder(path)
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * How many resources a search finds, counted page by page: the server reports no totals for
     * student records (consent filtering may hide some), so the entries are what the client sees.
     */
    int count(String searchPath) throws IOException, InterruptedException {
        int count = 0;
        String page = searchPath + (searchPath.contains("?") ? "&" : "?") + "_elements=id&_count=200";
        while (page != null) {
            HttpResponse<String> response = get(page);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Search " + page + " answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode bundle = json(response);
            count += bundle.path("entry").size();
            page = null;
            for (JsonNode link : bundle.path("link")) {
                if (link.path("relation").asText().equals("next")) {
                    String next = link.path("url").asText();
                    page = next.substring(next.indexOf("/fhir"));
                }
            }
        }
        return count;
    }

    private HttpRequest.Builder builder(String path) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + server.token())
                .header("Accept", "application/fhir+json");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.body(), e);
        }
    }
}
