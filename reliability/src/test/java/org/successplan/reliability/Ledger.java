package org.successplan.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** What the client saw for each referral it sent: an answer with the stored ids, a refusal, or nothing. */
final class Ledger {

    enum Kind {
        /** 200 with the transaction response: the server promised the referral is stored. */
        ACKNOWLEDGED,
        /** No answer (connection refused, reset, timed out): stored or not, the client cannot know. */
        UNANSWERED,
        /** An error status: nothing of the transaction was stored. */
        REFUSED
    }

    /** One referral: how its request ended, and the ids the server gave (when acknowledged). */
    record Outcome(int n, Kind kind, String referralId, String taskId, String detail) {}

    private final Map<Integer, Outcome> outcomes = new ConcurrentSkipListMap<>();

    void acknowledged(int n, HttpResponse<String> response) {
        JsonNode entries;
        try {
            entries = Api.json(response).path("entry");
        } catch (RuntimeException notJson) {
            outcomes.put(
                    n,
                    new Outcome(
                            n,
                            Kind.REFUSED,
                            null,
                            null,
                            response.statusCode() + " with an incomplete body ("
                                    + response.body().length() + " chars, headers "
                                    + response.headers().map() + "): " + response.body()));
            return;
        }
        outcomes.put(
                n,
                new Outcome(
                        n,
                        Kind.ACKNOWLEDGED,
                        idOf(entries.path(0)),
                        idOf(entries.path(1)),
                        entries.path(0).path("response").path("status").asText()));
    }

    void unanswered(int n, Exception e) {
        outcomes.put(n, new Outcome(n, Kind.UNANSWERED, null, null, e.getClass().getSimpleName()));
    }

    void refused(int n, HttpResponse<String> response) {
        outcomes.put(n, new Outcome(n, Kind.REFUSED, null, null, response.statusCode() + " " + response.body()));
    }

    List<Outcome> all() {
        return List.copyOf(outcomes.values());
    }

    List<Outcome> of(Kind kind) {
        return outcomes.values().stream().filter(o -> o.kind() == kind).toList();
    }

    /** "ServiceRequest/123" from an entry's response location "ServiceRequest/123/_history/1". */
    static String idOf(JsonNode entry) {
        String[] parts = entry.path("response").path("location").asText().split("/");
        return parts.length >= 2 ? parts[0] + "/" + parts[1] : null;
    }

    @Override
    public String toString() {
        return "acknowledged " + of(Kind.ACKNOWLEDGED).size() + ", unanswered "
                + of(Kind.UNANSWERED).size() + ", refused " + of(Kind.REFUSED).size();
    }
}
