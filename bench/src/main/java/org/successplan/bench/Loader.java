package org.successplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the synthetic district through the API: registers schools, agencies and clinics with their
 * clients (admin API), creates each school's navigators, then posts the students in transactions of
 * {@code batch} students each, in parallel, as the custodian school's client. A district grows: students
 * already in the state file are kept, the missing indexes are loaded.
 */
final class Loader {

    private final District district;
    private final Target target;
    private final Admin admin;
    private final Path stateFile;

    Loader(District district, Target target, Admin admin, Path stateFile) {
        this.district = district;
        this.target = target;
        this.admin = admin;
        this.stateFile = stateFile;
    }

    /** Makes sure the organizations that {@code students} students need exist and have clients. */
    void setUp(int students, int agencies, int clinics) {
        DistrictState state = target.state;
        int schools = (students + state.studentsPerSchool - 1) / state.studentsPerSchool;
        boolean changed = false;
        for (int p = state.providers.size(); p < agencies + clinics; p++) {
            requireAdmin();
            boolean clinic = p >= agencies;
            DistrictState.Org org = new DistrictState.Org();
            org.name = String.format(clinic ? "Bench %d Clinic %03d" : "Bench %d Community Agency %03d", state.seed, p);
            org.type = clinic ? "clinic" : "community-agency";
            org.clientId = String.format("bench-%d-provider-%03d", state.seed, p);
            org.scope = Admin.PROVIDER_SCOPES;
            org.domains = District.providerDomains(state.seed, p, clinic);
            long n = Math.floorMod(state.seed, 100) * 100_000L + p;
            admin.register(
                    org,
                    clinic ? Admin.NPI : Admin.EIN,
                    clinic ? String.format("%010d", 1_000_000_000L + n) : String.format("62-%07d", n));
            state.providers.add(org);
            changed = true;
        }
        for (int s = state.schools.size(); s < schools; s++) {
            requireAdmin();
            DistrictState.Org org = new DistrictState.Org();
            org.name = String.format("Bench %d School %03d", state.seed, s);
            org.type = "school";
            org.clientId = String.format("bench-%d-school-%03d", state.seed, s);
            org.scope = Admin.SCHOOL_SCOPES;
            admin.register(
                    org, Admin.NCES_SCHOOL_ID, String.format("47%05d%05d", Math.floorMod(state.seed, 100_000), s));
            state.schools.add(org);
            changed = true;
        }
        target.refreshClients();
        int perSchool =
                Math.max(1, (state.studentsPerSchool + state.studentsPerNavigator - 1) / state.studentsPerNavigator);
        for (int s = 0; s < state.schools.size(); s++) {
            DistrictState.Org school = state.schools.get(s);
            if (!school.navigators.isEmpty()) {
                continue;
            }
            List<District.Entry> entries = new ArrayList<>();
            for (int n = 0; n < perSchool; n++) {
                entries.addAll(district.navigator(s, n, school.organization));
            }
            JsonNode response = post(target.schools.get(s), entries);
            for (int k = 0; k < entries.size(); k++) {
                if (entries.get(k).role().equals("navigator")) {
                    school.navigators.add(location(response, k));
                }
            }
            changed = true;
        }
        if (changed) {
            state.write(stateFile);
        }
    }

    private void requireAdmin() {
        if (admin == null) {
            throw new IllegalArgumentException(
                    "The district needs organizations and clients: give --admin-password (or SSP_SECURITY_ADMIN_PASSWORD),"
                            + " or a state file that has them");
        }
    }

    /** Loads students until the district has {@code students}; returns the load's result. */
    Result load(int students, int batch, int threads) {
        DistrictState state = target.state;
        BitSet loaded = new BitSet();
        state.students.forEach(s -> loaded.set(s.i));
        List<List<Integer>> batches = new ArrayList<>();
        for (int school = 0; school * state.studentsPerSchool < students; school++) {
            List<Integer> current = new ArrayList<>();
            int end = Math.min(students, (school + 1) * state.studentsPerSchool);
            for (int i = school * state.studentsPerSchool; i < end; i++) {
                if (loaded.get(i)) {
                    continue;
                }
                current.add(i);
                if (current.size() == batch) {
                    batches.add(current);
                    current = new ArrayList<>();
                }
            }
            if (!current.isEmpty()) {
                batches.add(current);
            }
        }
        int pending = batches.stream().mapToInt(List::size).sum();
        Result result = new Result();
        result.scenario = "load";
        result.target = target.name;
        result.baseUrl = target.fhirBase;
        result.threads = threads;
        result.unit = "resources";
        result.started = java.time.Instant.now().toString();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        AtomicLong lastSave = new AtomicLong(System.nanoTime());
        ExecutorService pool = Executors.newFixedThreadPool(threads, Http.daemon("ssp-bench-load"));
        Progress progress = new Progress("students", pending);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<Integer> b : batches) {
                futures.add(pool.submit(() -> {
                    if (firstError.get() != null && errors.get() > 20) {
                        return; // the district does not load: stop early instead of failing 60,000 times
                    }
                    int school = b.get(0) / state.studentsPerSchool;
                    DistrictState.Org org = state.schools.get(school);
                    List<District.Entry> entries = new ArrayList<>();
                    List<int[]> ranges = new ArrayList<>();
                    List<String> navigators = new ArrayList<>();
                    for (int i : b) {
                        String navigator = org.navigators.get(i % org.navigators.size());
                        int from = entries.size();
                        entries.addAll(district.student(i, org.organization, navigator, state.providers));
                        ranges.add(new int[] {i, from, entries.size()});
                        navigators.add(navigator);
                    }
                    long t0 = System.nanoTime();
                    HttpResponse<String> response =
                            target.post(target.schools.get(school), "", Http.write(District.transaction(entries)));
                    latencies.add(System.nanoTime() - t0);
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                        progress.error();
                        firstError.compareAndSet(
                                null,
                                "students " + b.get(0) + ".." + b.get(b.size() - 1) + ": " + Http.describe(response));
                        return;
                    }
                    JsonNode body = Http.json(response.body());
                    List<DistrictState.Student> done = new ArrayList<>();
                    for (int k = 0; k < ranges.size(); k++) {
                        done.add(student(ranges.get(k), school, navigators.get(k), entries, body));
                    }
                    synchronized (state) {
                        state.students.addAll(done);
                    }
                    progress.add(b.size(), entries.size());
                    long now = System.nanoTime();
                    long last = lastSave.get();
                    if (now - last > 30_000_000_000L && lastSave.compareAndSet(last, now)) {
                        state.write(stateFile);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(6, TimeUnit.HOURS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Loading failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
            progress.close();
            synchronized (state) {
                state.students.sort(java.util.Comparator.comparingInt(s -> s.i));
            }
            state.write(stateFile);
        }
        result.seconds = progress.seconds();
        result.operations = batches.size();
        result.errors = errors.get();
        result.students = state.students.size();
        result.throughput = Math.round(progress.resources() / Math.max(0.001, result.seconds) * 100) / 100.0;
        result.extra.put("studentsLoaded", pending - (int) (errors.get() * batch));
        result.extra.put("resourcesLoaded", progress.resources());
        result.extra.put("studentsPerSecond", Math.round(pending / Math.max(0.001, result.seconds) * 100) / 100.0);
        result.extra.put("batchStudents", batch);
        result.extra.put("latencyIs", "per transaction of " + batch + " students");
        if (firstError.get() != null) {
            result.sampleErrors.add(firstError.get());
            result.errorsByStatus.put(firstError.get().replaceAll(".*: HTTP (\\d+).*", "$1"), errors.get());
        }
        result.latencies(latencies.stream().mapToLong(Long::longValue).toArray());
        return result;
    }

    private static DistrictState.Student student(
            int[] range, int school, String navigator, List<District.Entry> entries, JsonNode response) {
        DistrictState.Student student = new DistrictState.Student();
        student.i = range[0];
        student.school = school;
        student.navigator = navigator;
        java.util.Map<String, String> consentByKey = new java.util.HashMap<>();
        for (int k = range[1]; k < range[2]; k++) {
            String role = entries.get(k).role();
            String id = location(response, k);
            if (role.equals("patient")) {
                student.patient = id;
            } else if (role.equals("plan")) {
                student.plan = id;
            } else if (role.startsWith("need:")) {
                student.needs.put(role.substring(5), id);
            } else if (role.startsWith("consent:")) {
                String[] parts = role.split(":");
                DistrictState.Grant grant = new DistrictState.Grant();
                grant.provider = Integer.parseInt(parts[1]);
                grant.domain = parts[2];
                grant.consent = id;
                student.grants.add(grant);
                consentByKey.put(parts[1], id);
            } else if (role.startsWith("task:")) {
                DistrictState.TaskRef task = new DistrictState.TaskRef();
                task.provider = Integer.parseInt(role.substring(5));
                task.task = id;
                student.tasks.add(task);
            }
        }
        return student;
    }

    private JsonNode post(SmartClient client, List<District.Entry> entries) {
        HttpResponse<String> response = target.post(client, "", Http.write(District.transaction(entries)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Transaction refused: " + Http.describe(response));
        }
        return Http.json(response.body());
    }

    /** "Type/id" of entry {@code k} of a transaction response. */
    static String location(JsonNode response, int k) {
        String location =
                response.path("entry").path(k).path("response").path("location").asText();
        String[] parts = location.split("/");
        for (int p = 0; p + 1 < parts.length; p++) {
            if (parts[p + 1].matches("[^/]+") && p + 2 < parts.length && parts[p + 2].equals("_history")) {
                return parts[p] + "/" + parts[p + 1];
            }
        }
        return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : location;
    }
}
