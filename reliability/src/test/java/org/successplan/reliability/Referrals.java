package org.successplan.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Referral creates the way the implementation guide asks clients to send them: one transaction with a
 * Referral (ServiceRequest) and its ReferralTask, each a conditional create on its identifier, so that
 * sending the same transaction again never duplicates. Built from the example story's conformant
 * resources ({@code profiles/fsh-generated/resources}), which the story transaction stores first.
 * Referral {@code n} has identifiers {@code R-n} and {@code T-n} in systems unique to this run.
 */
final class Referrals {

    static final Path RESOURCES =
            Path.of(System.getProperty("ssp.fhir.resources", "../profiles/fsh-generated/resources"));

    private final String referralSystem;
    private final String taskSystem;
    private final ObjectNode referral;
    private final ObjectNode task;

    Referrals(String run) {
        this.referralSystem = "http://successplan.org/fhir/test/reliability/" + run + "/referral";
        this.taskSystem = "http://successplan.org/fhir/test/reliability/" + run + "/task";
        this.referral = (ObjectNode) read("ServiceRequest-ssp-ex-maya-referral-clinic.json");
        this.task = (ObjectNode) read("Task-ssp-ex-maya-task-clinic.json");
        for (ObjectNode resource : List.of(referral, task)) {
            resource.remove("id");
            resource.remove("text");
        }
        // A new referral task waits for the clinic's answer.
        task.put("status", "requested");
        task.remove("businessStatus");
    }

    /** The example story as one transaction (PUTs with fixed ids: storing it twice changes nothing). */
    private static final String DISTRICT = "Organization/ssp-ex-maya-district";

    /**
     * The implementation guide's example story as the demo school may store it: the school {@code
     * custodian} in place of the example's district (only a student's custodian creates the student and
     * records consents), consents in force today, and without its ReferralTasks (the server creates Tasks
     * only by POST in their first status; these tests create their own).
     */
    static String storyTransaction(String custodian) {
        try {
            String json = Files.readString(RESOURCES.resolve("Bundle-ssp-ex-maya-bundle.json"));
            ObjectNode bundle =
                    (ObjectNode) Api.JSON.readTree(json.replace("\"" + DISTRICT + "\"", "\"" + custodian + "\""));
            ArrayNode entries = (ArrayNode) bundle.get("entry");
            for (int i = entries.size() - 1; i >= 0; i--) {
                JsonNode resource = entries.get(i).path("resource");
                String type = resource.path("resourceType").asText();
                if (type.equals("Task")
                        || DISTRICT.equals(type + "/" + resource.path("id").asText())) {
                    entries.remove(i);
                } else if (type.equals("Consent")) {
                    inForceToday(resource.path("provision"));
                }
            }
            return bundle.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void inForceToday(JsonNode provision) {
        if (provision.path("period") instanceof ObjectNode period) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            period.put("start", today.minusMonths(2).toString());
            period.put("end", today.plusMonths(10).toString());
        }
        provision.path("provision").forEach(Referrals::inForceToday);
    }

    /** One transaction creating referrals {@code ns} (two entries each). */
    String transaction(List<Integer> ns) {
        ObjectNode bundle =
                Api.JSON.createObjectNode().put("resourceType", "Bundle").put("type", "transaction");
        ArrayNode entries = bundle.putArray("entry");
        for (int n : ns) {
            String referralUrn =
                    "urn:uuid:" + UUID.nameUUIDFromBytes((referralSystem + n).getBytes(StandardCharsets.UTF_8));
            String taskUrn = "urn:uuid:" + UUID.nameUUIDFromBytes((taskSystem + n).getBytes(StandardCharsets.UTF_8));
            ObjectNode sr = referral.deepCopy();
            sr.putArray("identifier").addObject().put("system", referralSystem).put("value", "R-" + n);
            ObjectNode t = task.deepCopy();
            t.putArray("identifier").addObject().put("system", taskSystem).put("value", "T-" + n);
            t.putObject("focus").put("reference", referralUrn);
            entry(entries, referralUrn, sr, "ServiceRequest", referralSystem + "|R-" + n);
            entry(entries, taskUrn, t, "Task", taskSystem + "|T-" + n);
        }
        return bundle.toString();
    }

    String transaction(int n) {
        return transaction(List.of(n));
    }

    private static void entry(ArrayNode entries, String fullUrl, ObjectNode resource, String type, String identifier) {
        ObjectNode entry = entries.addObject();
        entry.put("fullUrl", fullUrl);
        entry.set("resource", resource);
        entry.putObject("request")
                .put("method", "POST")
                .put("url", type)
                .put("ifNoneExist", "identifier=" + identifier);
    }

    String referralSearch(int n) {
        return "/fhir/ServiceRequest?identifier=" + encode(referralSystem + "|R-" + n);
    }

    String taskSearch(int n) {
        return "/fhir/Task?identifier=" + encode(taskSystem + "|T-" + n);
    }

    /** Every referral of this run (any value in the run's identifier system). */
    String allReferrals() {
        return "/fhir/ServiceRequest?identifier=" + encode(referralSystem + "|");
    }

    String allTasks() {
        return "/fhir/Task?identifier=" + encode(taskSystem + "|");
    }

    String referralSystem() {
        return referralSystem;
    }

    String taskSystem() {
        return taskSystem;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode read(String file) {
        try {
            return Api.JSON.readTree(RESOURCES.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
