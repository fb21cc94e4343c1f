package org.successplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's command line: {@code java -jar bench/target/ssp-bench.jar COMMAND [--option value ...]}.
 * See {@link #USAGE} and docs/performance.md.
 */
public final class Bench {

    static final String USAGE = """
            usage: java -jar bench/target/ssp-bench.jar COMMAND [options]

            commands
              load                 generate the district and load it through the API (grows an existing one)
              read | search-custodian | search-agency | referral | task-update | mixed
                                   run one scenario against the loaded district
              all                  load (if needed), then every scenario in turn
              compare              run one scenario against two configurations, alternating rounds, and print
                                   the ratios (A/B): --base-url-b, --state-b, --scenario, --scenario-b
              help                 this text

            server and credentials
              --base-url URL            FHIR base (default http://localhost:8080/fhir)
              --admin-password PW       operator password: registers one client per school, agency, clinic
                                        (default: env SSP_SECURITY_ADMIN_PASSWORD); --admin-user (admin)
              --school-client FILE      instead: a client file as demo mode writes it (repeatable), a custodian
              --agency-client FILE      an agency or clinic client file (repeatable)
              --token BEARER --organization Organization/ID
                                        instead: one school's fixed bearer token
              --state FILE              the district's state file (default OUT/district-SEED.json)

            district (deterministic from the seed)
              --students N              students to load (default 60000)      --seed N (42)
              --students-per-school N   (500)   --students-per-navigator N (10)
              --agencies N (20)  --clinics N (5)  --batch N students per transaction (5)

            running
              --threads N (4)  --duration SECONDS (30)  --warmup SECONDS (5)  --rounds N (3, compare)
              --scenario NAME  --scenario-b NAME  --base-url-b URL  --state-b FILE
              --label-a TEXT --label-b TEXT      --out DIR (bench-results)
            """;

    private final Map<String, List<String>> options;
    private final String command;

    private Bench(String command, Map<String, List<String>> options) {
        this.command = command;
        this.options = options;
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            System.out.println(USAGE);
            return;
        }
        Map<String, List<String>> options = new HashMap<>();
        for (int k = 1; k < args.length; k++) {
            String a = args[k];
            if (!a.startsWith("--")) {
                fail("Unexpected argument " + a + "\n" + USAGE);
            }
            String key = a.substring(2);
            String value;
            if (key.contains("=")) {
                value = key.substring(key.indexOf('=') + 1);
                key = key.substring(0, key.indexOf('='));
            } else if (k + 1 < args.length) {
                value = args[++k];
            } else {
                fail("Option --" + key + " needs a value");
                return;
            }
            options.computeIfAbsent(key, x -> new ArrayList<>()).add(value);
        }
        try {
            int exit = new Bench(args[0], options).run();
            System.exit(exit);
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            System.err.println("ssp-bench: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }

    private String opt(String key, String fallback) {
        List<String> values = options.get(key);
        return values == null ? fallback : values.get(values.size() - 1);
    }

    private int integer(String key, int fallback) {
        return Integer.parseInt(opt(key, Integer.toString(fallback)));
    }

    private int run() throws IOException {
        Path out = Path.of(opt("out", "bench-results"));
        Files.createDirectories(out);
        long seed = Long.parseLong(opt("seed", "42"));
        int threads = integer("threads", 4);
        Http http = new Http(threads * 2 + 4, Duration.ofSeconds(Long.parseLong(opt("timeout", "120"))));
        District district = new District(seed, LocalDate.now(ZoneOffset.UTC));
        List<Result> results = new ArrayList<>();
        ObjectNode comparison = null;
        switch (command) {
            case "load" -> {
                Side a = side("", seed, http, out);
                results.add(a.load(district, integer("students", 60_000)));
            }
            case "all" -> {
                Side a = side("", seed, http, out);
                int students = integer("students", 60_000);
                if (a.target.state.students.size() < students) {
                    results.add(a.load(district, students));
                }
                for (String scenario : Scenarios.NAMES) {
                    results.add(a.scenario(district, scenario));
                }
            }
            case "compare" -> {
                Side a = side("", seed, http, out);
                Side b = side("-b", seed, http, out);
                a.target.state.students.size();
                String scenarioA = opt("scenario", "referral");
                String scenarioB = opt("scenario-b", scenarioA);
                int rounds = integer("rounds", 3);
                List<Result> ra = new ArrayList<>();
                List<Result> rb = new ArrayList<>();
                for (int round = 1; round <= rounds; round++) {
                    System.err.printf("compare round %d/%d%n", round, rounds);
                    Result x = a.scenario(district, scenarioA);
                    Result y = b.scenario(district, scenarioB);
                    x.extra.put("round", round);
                    y.extra.put("round", round);
                    ra.add(x);
                    rb.add(y);
                    System.out.println("  A " + x.summary());
                    System.out.println("  B " + y.summary());
                }
                results.addAll(ra);
                results.addAll(rb);
                comparison = compare(
                        opt("label-a", scenarioA + " @ " + a.target.fhirBase),
                        opt("label-b", scenarioB + " @ " + b.target.fhirBase),
                        ra,
                        rb);
            }
            default -> {
                if (!Scenarios.NAMES.contains(command)) {
                    fail("Unknown command " + command + "\n" + USAGE);
                }
                Side a = side("", seed, http, out);
                results.add(a.scenario(district, command));
            }
        }
        report(out, results, comparison);
        long errors = results.stream().mapToLong(r -> r.errors).sum();
        return errors == 0 ? 0 : 1;
    }

    /** One server and its district state (options with {@code suffix} "-b" for compare's second side). */
    private Side side(String suffix, long seed, Http http, Path out) {
        String base = opt("base-url" + suffix, opt("base-url", "http://localhost:8080/fhir"));
        Path stateFile = Path.of(opt(
                "state" + suffix,
                opt("state", out.resolve("district-" + seed + ".json").toString())));
        DistrictState state;
        if (Files.exists(stateFile)) {
            state = DistrictState.read(stateFile);
            if (state.seed != seed && options.containsKey("seed")) {
                throw new IllegalArgumentException("State file " + stateFile + " is for seed " + state.seed);
            }
        } else {
            state = new DistrictState();
            state.seed = seed;
            state.studentsPerSchool = integer("students-per-school", 500);
            state.studentsPerNavigator = integer("students-per-navigator", 10);
            state.baseUrl = base;
            addClientFiles(state);
        }
        Target target = new Target(suffix.isEmpty() ? "A" : "B", base, http, state);
        String password = opt("admin-password", System.getenv("SSP_SECURITY_ADMIN_PASSWORD"));
        Admin admin = password == null || password.isBlank()
                ? null
                : new Admin(http, target.serverUrl, opt("admin-user", "admin"), password);
        return new Side(target, admin, stateFile);
    }

    private void addClientFiles(DistrictState state) {
        for (String file : options.getOrDefault("school-client", List.of())) {
            state.schools.add(fromFile(file, "school"));
        }
        List<String> agencies = options.getOrDefault("agency-client", List.of());
        for (int p = 0; p < agencies.size(); p++) {
            DistrictState.Org org = fromFile(agencies.get(p), "community-agency");
            org.domains = District.providerDomains(state.seed, p, false);
            state.providers.add(org);
        }
        if (options.containsKey("token")) {
            DistrictState.Org org = new DistrictState.Org();
            org.name = "school (token)";
            org.type = "school";
            org.token = opt("token", null);
            org.organization = opt("organization", null);
            if (org.organization == null) {
                throw new IllegalArgumentException(
                        "--token needs --organization Organization/ID (the school it acts for)");
            }
            state.schools.add(org);
        }
        if (!state.schools.isEmpty() && !options.containsKey("students-per-school")) {
            // Without the admin API the district has only the schools given: all students go to them.
            state.studentsPerSchool =
                    Math.max(1, (integer("students", 60_000) + state.schools.size() - 1) / state.schools.size());
            state.studentsPerNavigator = Math.max(state.studentsPerNavigator, state.studentsPerSchool / 50 + 1);
        }
    }

    private static DistrictState.Org fromFile(String file, String type) {
        try {
            JsonNode json = Http.JSON.readTree(Path.of(file).toFile());
            DistrictState.Org org = new DistrictState.Org();
            org.name = json.path("client_id").asText();
            org.type = type;
            org.clientId = json.path("client_id").asText();
            org.organization = json.path("organization").asText();
            org.scope = json.path("scope").asText();
            org.key = json.path("key").toString();
            return org;
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read client file " + file + ": " + e.getMessage(), e);
        }
    }

    private final class Side {
        final Target target;
        final Admin admin;
        final Path stateFile;

        Side(Target target, Admin admin, Path stateFile) {
            this.target = target;
            this.admin = admin;
            this.stateFile = stateFile;
        }

        Result load(District district, int students) {
            Loader loader = new Loader(district, target, admin, stateFile);
            loader.setUp(students, integer("agencies", 20), integer("clinics", 5));
            Map<String, Double> before = metrics();
            Result result = loader.load(students, integer("batch", 5), integer("threads", 4));
            addMetrics(result, before);
            System.out.println(result.summary());
            return result;
        }

        Result scenario(District district, String name) {
            Scenarios scenarios = new Scenarios(target, district, integer("threads", 4));
            Runner runner = new Runner(
                    integer("threads", 4),
                    Duration.ofSeconds(integer("warmup", 5)),
                    Duration.ofSeconds(integer("duration", 30)),
                    target.state.seed);
            Map<String, Double> before = metrics();
            Result result = runner.run(name, target, scenarios.operation(name));
            addMetrics(result, before);
            System.out.println(result.summary());
            return result;
        }

        private Map<String, Double> metrics() {
            return admin == null ? Map.of() : admin.metrics();
        }

        private void addMetrics(Result result, Map<String, Double> before) {
            Map<String, Double> after = metrics();
            if (before.isEmpty() || after.isEmpty()) {
                return;
            }
            result.extra.put("serverHeapUsedMb", Math.round(after.get("heapUsedMb")));
            result.extra.put("serverHeapMaxMb", Math.round(after.get("heapMaxMb")));
            double wall = after.get("uptimeSeconds") - before.get("uptimeSeconds");
            double gc = after.get("gcPauseSeconds") - before.get("gcPauseSeconds");
            if (wall > 0) {
                result.extra.put("serverGcPauseShare", Math.round(gc / wall * 10_000) / 10_000.0);
                result.extra.put("serverGcPauses", Math.round(after.get("gcPauses") - before.get("gcPauses")));
            }
        }
    }

    static ObjectNode compare(String labelA, String labelB, List<Result> a, List<Result> b) {
        ObjectNode c = District.obj();
        c.put("a", labelA);
        c.put("b", labelB);
        double[] sa = aggregate(a);
        double[] sb = aggregate(b);
        String[] names = {"throughput", "p50", "p95", "p99"};
        ObjectNode ratios = c.putObject("ratioAtoB");
        ObjectNode va = c.putObject("aggregateA");
        ObjectNode vb = c.putObject("aggregateB");
        StringBuilder text = new StringBuilder("\ncompare  A = " + labelA + "\n         B = " + labelB + "\n");
        for (int k = 0; k < names.length; k++) {
            double ratio = sb[k] == 0 ? 0 : Math.round(sa[k] / sb[k] * 1000) / 1000.0;
            ratios.put(names[k], ratio);
            va.put(names[k], sa[k]);
            vb.put(names[k], sb[k]);
            text.append(String.format("  %-10s A %10.2f   B %10.2f   A/B %6.3f%n", names[k], sa[k], sb[k], ratio));
        }
        c.put("text", text.toString());
        System.out.println(text);
        return c;
    }

    /** Throughput summed over rounds' operations / time; percentiles as the median of the rounds' values. */
    private static double[] aggregate(List<Result> rounds) {
        double ops = rounds.stream().mapToDouble(r -> r.operations - r.errors).sum();
        double seconds = rounds.stream().mapToDouble(r -> r.seconds).sum();
        return new double[] {
            Math.round(ops / Math.max(0.001, seconds) * 100) / 100.0,
            median(rounds.stream().mapToDouble(r -> r.p50).toArray()),
            median(rounds.stream().mapToDouble(r -> r.p95).toArray()),
            median(rounds.stream().mapToDouble(r -> r.p99).toArray())
        };
    }

    private static double median(double[] values) {
        java.util.Arrays.sort(values);
        return values.length == 0 ? 0 : values[values.length / 2];
    }

    private void report(Path out, List<Result> results, ObjectNode comparison) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        ObjectNode json = District.obj();
        json.put("command", command);
        json.put("date", java.time.OffsetDateTime.now().toString());
        json.put("machine", machine());
        ObjectNode opts = json.putObject("options");
        options.forEach((k, v) -> {
            if (!k.contains("password") && !k.equals("token")) {
                opts.put(k, String.join(",", v));
            }
        });
        ArrayNode array = json.putArray("results");
        results.forEach(r -> array.add(Http.JSON.valueToTree(r)));
        if (comparison != null) {
            json.set("comparison", comparison);
        }
        Path jsonFile = out.resolve(stamp + "-" + command + ".json");
        Http.JSON.writerWithDefaultPrettyPrinter().writeValue(jsonFile.toFile(), json);
        StringBuilder text = new StringBuilder();
        text.append("Success Plan Exchange benchmark: ")
                .append(command)
                .append(", ")
                .append(json.path("date").asText())
                .append('\n');
        text.append(machine()).append("\n\n");
        results.forEach(r -> {
            text.append(r.summary()).append('\n');
            if (!r.extra.isEmpty()) {
                text.append("    ").append(r.extra).append('\n');
            }
            r.sampleErrors.forEach(e -> text.append("    error: ").append(e).append('\n'));
        });
        if (comparison != null) {
            text.append(comparison.path("text").asText());
        }
        Path textFile = out.resolve(stamp + "-" + command + ".txt");
        Files.writeString(textFile, text.toString());
        results.forEach(r -> r.sampleErrors.forEach(e -> System.err.println("error: " + e)));
        System.out.println("results: " + jsonFile + " , " + textFile);
    }

    static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(
                "%s %s, %d cores, Java %s, harness heap max %d MB",
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                rt.availableProcessors(),
                System.getProperty("java.version"),
                rt.maxMemory() / 1024 / 1024);
    }
}
