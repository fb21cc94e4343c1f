package org.successplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scenarios, each an operation the runner repeats. All act as the district's real clients:
 * schools as custodians, agencies and clinics under the families' consents.
 *
 * <ul>
 *   <li>{@code read}: a school reads a student's plan and the needs it addresses
 *       ({@code CarePlan?_id=..&_include=CarePlan:condition}).
 *   <li>{@code search-custodian} / {@code search-agency}: the same per-student searches (needs, goals,
 *       referrals, referral tasks of a consented student), once as the custodian school and once as the
 *       agency or clinic the consent names; the ratio of the two is consent filtering's cost.
 *   <li>{@code referral}: a school creates a Referral + ReferralTask to a consented provider (one
 *       transaction).
 *   <li>{@code task-update}: a provider moves one of its referral tasks one lifecycle step
 *       (requested, accepted, in-progress, on-hold, in-progress, ...) with {@code If-Match}.
 *   <li>{@code mixed}: 70% read, 20% referral, 10% task-update.
 * </ul>
 */
final class Scenarios {

    static final List<String> NAMES =
            List.of("read", "search-custodian", "search-agency", "referral", "task-update", "mixed");

    /** The purpose agencies and clinics declare; both consent templates permit it. */
    static final String PURPOSE = "referral-fulfillment";

    private static final String[] SEARCHES = {
        "Condition?subject=%s", "Goal?subject=%s", "ServiceRequest?subject=%s", "Task?patient=%s"
    };

    private final Target target;
    private final District district;
    private final List<DistrictState.Student> students;
    private final List<DistrictState.Student> consented;
    private final List<List<DistrictState.TaskRef>> tasksByWorker = new ArrayList<>();
    private final Map<String, TaskVersion> taskVersions = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    private record TaskVersion(ObjectNode task, String version) {}

    Scenarios(Target target, District district, int threads) {
        this.target = target;
        this.district = district;
        this.students = target.state.students;
        this.consented = target.state.consentedStudents();
        if (students.isEmpty()) {
            throw new IllegalArgumentException("The district has no students: run `load` first (or give --state)");
        }
        for (int w = 0; w < threads; w++) {
            tasksByWorker.add(new ArrayList<>());
        }
        int k = 0;
        for (DistrictState.Student s : students) {
            for (DistrictState.TaskRef t : s.tasks) {
                tasksByWorker.get(k++ % threads).add(t);
            }
        }
    }

    Runner.Operation operation(String scenario) {
        return switch (scenario) {
            case "read" -> this::read;
            case "search-custodian" -> (w, r) -> search(r, false);
            case "search-agency" -> (w, r) -> search(r, true);
            case "referral" -> (w, r) -> referral(w, r);
            case "task-update" -> this::taskUpdate;
            case "mixed" ->
                (w, r) -> {
                    int dice = r.nextInt(100);
                    return dice < 70 ? read(w, r) : dice < 90 ? referral(w, r) : taskUpdate(w, r);
                };
            default -> throw new IllegalArgumentException("Unknown scenario " + scenario + "; one of " + NAMES);
        };
    }

    String read(int worker, Random r) {
        DistrictState.Student s = students.get(r.nextInt(students.size()));
        HttpResponse<String> response = target.get(
                target.schools.get(s.school), "CarePlan?_id=" + idPart(s.plan) + "&_include=CarePlan:condition", null);
        if (response.statusCode() != 200) {
            return Http.describe(response);
        }
        return entries(response) == 1 + s.needs.size()
                ? null
                : "WRONG " + entries(response) + " entries, expected the plan and " + s.needs.size() + " needs";
    }

    String search(Random r, boolean asAgency) {
        DistrictState.Student s = consented();
        if (s == null) {
            return "NO-DATA no student has a consent";
        }
        DistrictState.Grant grant = s.grants.get(r.nextInt(s.grants.size()));
        SmartClient client = asAgency ? target.providers.get(grant.provider) : target.schools.get(s.school);
        String query = String.format(SEARCHES[r.nextInt(SEARCHES.length)], s.patient);
        HttpResponse<String> response = target.get(client, query + "&_count=50", PURPOSE);
        if (response.statusCode() != 200) {
            return Http.describe(response);
        }
        return null;
    }

    private DistrictState.Student consented() {
        return consented.isEmpty()
                ? null
                : consented.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(consented.size()));
    }

    String referral(int worker, Random r) {
        DistrictState.Student s = consented.isEmpty() ? null : consented.get(r.nextInt(consented.size()));
        if (s == null) {
            return "NO-DATA no student has a consent";
        }
        DistrictState.Grant grant = s.grants.get(r.nextInt(s.grants.size()));
        DistrictState.Org provider = target.state.providers.get(grant.provider);
        String id = "REF-R" + run + "-" + worker + "-" + counter.incrementAndGet();
        String requestUrn = "urn:uuid:" + java.util.UUID.randomUUID();
        String navigator = s.navigator != null
                ? s.navigator
                : target.state.schools.get(s.school).navigators.get(0);
        ObjectNode request = district.serviceRequest(
                id,
                s.patient,
                navigator,
                provider.organization,
                grant.domain,
                s.needs.get(grant.domain),
                grant.consent,
                null,
                s.plan);
        ObjectNode task = district.task(id + "-T1", requestUrn, s.patient, navigator, provider.organization);
        List<District.Entry> entries = List.of(
                new District.Entry(requestUrn, request, "referral"),
                new District.Entry("urn:uuid:" + java.util.UUID.randomUUID(), task, "task"));
        HttpResponse<String> response =
                target.post(target.schools.get(s.school), "", Http.write(District.transaction(entries)));
        if (response.statusCode() != 200) {
            return Http.describe(response);
        }
        return null;
    }

    String taskUpdate(int worker, Random r) {
        List<DistrictState.TaskRef> mine = tasksByWorker.get(worker);
        if (mine.isEmpty()) {
            return "NO-DATA no referral task for this worker";
        }
        DistrictState.TaskRef ref = mine.get(r.nextInt(mine.size()));
        SmartClient owner = target.providers.get(ref.provider);
        TaskVersion current = taskVersions.get(ref.task);
        if (current == null) {
            HttpResponse<String> read = target.get(owner, ref.task, PURPOSE);
            if (read.statusCode() != 200) {
                return Http.describe(read);
            }
            JsonNode task = Http.json(read.body());
            current = new TaskVersion(
                    (ObjectNode) task, task.path("meta").path("versionId").asText());
        }
        ObjectNode next = current.task().deepCopy();
        String status = next.path("status").asText();
        String after = switch (status) {
            case "requested", "received" -> "accepted";
            case "accepted", "on-hold" -> "in-progress";
            case "in-progress" -> "on-hold";
            default -> null;
        };
        if (after == null) {
            return null; // a finished task (not created by the benchmark): nothing to do
        }
        next.put("status", after);
        if (after.equals("on-hold")) {
            next.set("statusReason", District.obj().put("text", "Waiting for the family to confirm a time"));
        } else {
            next.remove("statusReason");
        }
        // Date precision, like authoredOn: Task inv-1 compares the two, and mixed precisions compare as unknown.
        next.put(
                "lastModified",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        next.remove("meta");
        ObjectNode meta = next.putObject("meta");
        ArrayNode profile = meta.putArray("profile");
        current.task().path("meta").path("profile").forEach(profile::add);
        HttpResponse<String> response = target.http.send(target.fhir(owner, ref.task)
                .header("Content-Type", Http.FHIR_JSON)
                .header("X-Purpose-Of-Use", PURPOSE)
                .header("If-Match", "W/\"" + current.version() + "\"")
                .header("Prefer", "return=minimal")
                .PUT(HttpRequest.BodyPublishers.ofString(Http.write(next)))
                .build());
        if (response.statusCode() != 200) {
            taskVersions.remove(ref.task);
            return Http.describe(response);
        }
        String etag = response.headers().firstValue("ETag").orElse("");
        String version = etag.replaceAll("[^0-9]", "");
        next.set("meta", current.task().path("meta").deepCopy());
        ((ObjectNode) next.path("meta")).put("versionId", version);
        taskVersions.put(ref.task, new TaskVersion(next, version));
        return null;
    }

    private static int entries(HttpResponse<String> response) {
        JsonNode entry = Http.json(response.body()).path("entry");
        return entry.isArray() ? entry.size() : 0;
    }

    static String idPart(String id) {
        return id.substring(id.indexOf('/') + 1);
    }
}
