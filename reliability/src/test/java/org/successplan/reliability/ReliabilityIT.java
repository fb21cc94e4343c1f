package org.successplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.successplan.reliability.Ledger.Kind;
import org.successplan.reliability.Ledger.Outcome;

/**
 * What the server promises when processes and databases die (docs/reliability.md), tested against the
 * real jar as a separate process, on an H2 file database and on PostgreSQL:
 *
 * <ol>
 *   <li><b>Crash</b>: parallel referral transactions; the server gets {@code SIGKILL} mid-load and is
 *       started again. Every acknowledged referral is there exactly once (with the ids the answer
 *       named), and retrying the unanswered ones stores each exactly once.
 *   <li><b>Database outage</b> (PostgreSQL): the database stops under a running server; requests get
 *       {@code 503} with an OperationOutcome within a bounded time and readiness turns DOWN; the
 *       database starts again; the same server process recovers, loses nothing acknowledged, and the
 *       refused write succeeds when retried.
 *   <li><b>Graceful shutdown</b>: {@code SIGTERM} while transactions are in flight; each of them is
 *       answered, the process exits, and what it acknowledged is in the database.
 * </ol>
 *
 * Bounded: each phase has a deadline, each test a timeout. PostgreSQL runs only when reliability/run
 * provided a cluster of its own ({@code RELIABILITY_PG_*}); it is never the shared one.
 */
class ReliabilityIT {

    /** Generous: a loaded 2-core machine needs minutes to start HAPI. */
    private static final Duration START_TIMEOUT =
            Duration.ofSeconds(Long.getLong("reliability.start-timeout-seconds", 360));

    /** Also generous: the first validating write of a freshly started server warms HAPI's validator up. */
    private static final Duration REQUEST_TIMEOUT =
            Duration.ofSeconds(Long.getLong("reliability.request-timeout-seconds", 180));

    private static final int WORKERS = 6;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 24;
    private static final Duration LOAD_LIMIT = Duration.ofSeconds(60);
    /** A request during an outage must be answered within this (connection timeout 5 s + margin). */
    private static final Duration OUTAGE_ANSWER_LIMIT = Duration.ofSeconds(20);

    private static final Path WORK = Path.of(System.getProperty("reliability.work", "target/reliability"));

    @Test
    @Timeout(value = 14, unit = TimeUnit.MINUTES)
    void h2File_keepsEveryAcknowledgedReferral_throughSigkill_andAGracefulShutdown() throws Exception {
        Path data = fresh("h2");
        Map<String, String> env = env(Map.of());
        Referrals referrals = new Referrals(run());
        AtomicInteger next = new AtomicInteger(1);
        int port = ServerProcess.freePort();

        Ledger crash;
        try (ServerProcess first = ServerProcess.start("h2-1", data, port, env)) {
            first.awaitReady(START_TIMEOUT);
            storeStory(first);
            crash = loadAndKill(first, referrals, next);
        }
        Ledger graceful;
        try (ServerProcess second = ServerProcess.start("h2-2", data, port, env)) {
            second.awaitReady(START_TIMEOUT);
            Api api = new Api(second, REQUEST_TIMEOUT);
            verifyAfterCrash(api, referrals, crash);
            graceful = shutDownWithRequestsInFlight(second, referrals, next);
        }

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("h2/ssp"), "sa", "")) {
            assertStoredOnce(db, referrals, graceful);
        }
    }

    @Test
    @Timeout(value = 14, unit = TimeUnit.MINUTES)
    void postgres_keepsEveryAcknowledgedReferral_throughSigkill_anOutage_andAGracefulShutdown() throws Exception {
        String url = System.getenv("RELIABILITY_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "RELIABILITY_PG_URL not set: run reliability/run");
        Path data = fresh("postgres");
        Map<String, String> env = env(Map.of(
                "SSP_DB_URL", url,
                "SSP_DB_USER", System.getenv("RELIABILITY_PG_USER"),
                "SSP_DB_PASSWORD", System.getenv("RELIABILITY_PG_PASSWORD")));
        Referrals referrals = new Referrals(run());
        AtomicInteger next = new AtomicInteger(1);
        int port = ServerProcess.freePort();

        Ledger crash;
        try (ServerProcess first = ServerProcess.start("pg-1", data, port, env, "postgres")) {
            first.awaitReady(START_TIMEOUT);
            storeStory(first);
            crash = loadAndKill(first, referrals, next);
        }
        Ledger graceful;
        try (ServerProcess second = ServerProcess.start("pg-2", data, port, env, "postgres")) {
            second.awaitReady(START_TIMEOUT);
            Api api = new Api(second, REQUEST_TIMEOUT);
            verifyAfterCrash(api, referrals, crash);
            survivesDatabaseOutage(second, api, referrals, next);
            graceful = shutDownWithRequestsInFlight(second, referrals, next);
        }

        try (Connection db = DriverManager.getConnection(
                url, System.getenv("RELIABILITY_PG_USER"), System.getenv("RELIABILITY_PG_PASSWORD"))) {
            assertStoredOnce(db, referrals, graceful);
        }
    }

    // ---- crash -------------------------------------------------------------------------------

    /** Sends referrals from {@link #WORKERS} threads until enough are acknowledged, then SIGKILLs the server. */
    private static Ledger loadAndKill(ServerProcess server, Referrals referrals, AtomicInteger next) throws Exception {
        Api api = new Api(server, REQUEST_TIMEOUT);
        Ledger ledger = new Ledger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        for (int w = 0; w < WORKERS; w++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    int n = next.getAndIncrement();
                    try {
                        HttpResponse<String> response = api.postJson("/fhir", referrals.transaction(n));
                        if (response.statusCode() == 200) {
                            ledger.acknowledged(n, response);
                        } else {
                            ledger.refused(n, response);
                        }
                    } catch (IOException e) {
                        ledger.unanswered(n, e);
                    } catch (InterruptedException e) {
                        ledger.unanswered(n, e);
                        return null;
                    }
                }
                return null;
            });
        }
        Instant deadline = Instant.now().plus(LOAD_LIMIT);
        while (ledger.of(Kind.ACKNOWLEDGED).size() < ACKNOWLEDGED_BEFORE_KILL
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        stop.set(true); // workers send nothing new; the requests in flight now are cut by the kill
        server.kill();
        pool.shutdown();
        assertThat(pool.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
        System.out.printf("[%s] at the kill: %s%n", server, ledger);
        assertThat(ledger.of(Kind.REFUSED)).as("refusals before the kill").isEmpty();
        assertThat(ledger.of(Kind.ACKNOWLEDGED))
                .as("acknowledged before the kill")
                .isNotEmpty();
        return ledger;
    }

    /**
     * After the restart: every acknowledged referral is stored exactly once under the ids its answer
     * named; every unanswered one, sent again, is stored exactly once; and sending acknowledged ones again
     * changes nothing.
     */
    private static void verifyAfterCrash(Api api, Referrals referrals, Ledger ledger) throws Exception {
        for (Outcome acked : ledger.of(Kind.ACKNOWLEDGED)) {
            assertStoredOnce(api, referrals, acked.n(), acked.referralId(), acked.taskId());
        }
        int storedBeforeTheCrash = 0;
        for (Outcome unanswered : ledger.of(Kind.UNANSWERED)) {
            HttpResponse<String> retry = api.postJson("/fhir", referrals.transaction(unanswered.n()));
            assertThat(retry.statusCode())
                    .as("retry of unanswered %s: %s", unanswered.n(), retry.body())
                    .isEqualTo(200);
            if (Api.json(retry)
                    .path("entry")
                    .path(0)
                    .path("response")
                    .path("status")
                    .asText()
                    .startsWith("200")) {
                storedBeforeTheCrash++; // the first attempt was committed; its answer was lost
            }
            assertStoredOnce(api, referrals, unanswered.n(), null, null);
        }
        List<Outcome> sample = ledger.of(Kind.ACKNOWLEDGED).stream().limit(8).toList();
        for (Outcome acked : sample) {
            HttpResponse<String> again = api.postJson("/fhir", referrals.transaction(acked.n()));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(Ledger.idOf(Api.json(again).path("entry").path(0))).isEqualTo(acked.referralId());
        }
        int sent = ledger.all().size();
        assertThat(api.count(referrals.allReferrals()))
                .as("referrals stored in all")
                .isEqualTo(sent);
        assertThat(api.count(referrals.allTasks()))
                .as("referral tasks stored in all")
                .isEqualTo(sent);
        System.out.printf(
                "After the restart: %s; of the unanswered, %d had been stored before the kill; %d resent"
                        + " acknowledged referrals matched the stored ones; %d referrals, each stored once%n",
                ledger, storedBeforeTheCrash, sample.size(), sent);
    }

    private static void assertStoredOnce(Api api, Referrals referrals, int n, String referralId, String taskId)
            throws Exception {
        JsonNode referralsFound = Api.json(api.get(referrals.referralSearch(n)));
        JsonNode tasksFound = Api.json(api.get(referrals.taskSearch(n)));
        assertThat(referralsFound.path("entry").size())
                .as("referral R-%d stored", n)
                .isEqualTo(1);
        assertThat(tasksFound.path("entry").size()).as("task T-%d stored", n).isEqualTo(1);
        if (referralId != null) {
            assertThat(idOfFirst(referralsFound)).as("referral R-%d id", n).isEqualTo(referralId);
            assertThat(idOfFirst(tasksFound)).as("task T-%d id", n).isEqualTo(taskId);
        }
    }

    private static String idOfFirst(JsonNode searchset) {
        JsonNode resource = searchset.path("entry").path(0).path("resource");
        return resource.path("resourceType").asText() + "/"
                + resource.path("id").asText();
    }

    // ---- database outage ---------------------------------------------------------------------

    private static void survivesDatabaseOutage(ServerProcess server, Api api, Referrals referrals, AtomicInteger next)
            throws Exception {
        Ledger before = new Ledger();
        for (int i = 0; i < 3; i++) {
            int n = next.getAndIncrement();
            HttpResponse<String> response = api.postJson("/fhir", referrals.transaction(n));
            assertThat(response.statusCode()).isEqualTo(200);
            before.acknowledged(n, response);
        }
        long pid = server.pid();

        runCommand(System.getenv("RELIABILITY_PG_STOP"));
        Instant stopped = Instant.now();
        List<Integer> refusedWrites = new ArrayList<>();
        List<String> observed = new ArrayList<>();
        while (Duration.between(stopped, Instant.now()).toSeconds() < 12) {
            int n = next.getAndIncrement();
            refusedWrites.add(n);
            observed.add(assertUnavailable("write", () -> api.postJson("/fhir", referrals.transaction(n))));
            observed.add(assertUnavailable("read", () -> api.get(referrals.referralSearch(1))));
            Instant asked = Instant.now();
            int readiness = server.readinessStatus();
            observed.add("readiness " + readiness + " in "
                    + Duration.between(asked, Instant.now()).toMillis() + " ms");
            assertThat(readiness).as("readiness while the database is down").isEqualTo(503);
        }
        System.out.println("During the outage: " + observed);

        runCommand(System.getenv("RELIABILITY_PG_START"));
        Instant restarted = Instant.now();
        while (server.readinessStatus() != 200) {
            assertThat(Duration.between(restarted, Instant.now()))
                    .as("recovery")
                    .isLessThan(Duration.ofSeconds(90));
            Thread.sleep(500);
        }
        System.out.printf(
                "Ready again %d s after the database started, same process (pid %d)%n",
                Duration.between(restarted, Instant.now()).toSeconds(), server.pid());
        assertThat(server.isAlive()).isTrue();
        assertThat(server.pid()).isEqualTo(pid);
        for (Outcome acked : before.all()) {
            assertStoredOnce(api, referrals, acked.n(), acked.referralId(), acked.taskId());
        }
        for (int n : refusedWrites) {
            HttpResponse<String> retry = api.postJson("/fhir", referrals.transaction(n));
            assertThat(retry.statusCode()).as("retry of %s after the outage", n).isEqualTo(200);
            assertStoredOnce(api, referrals, n, null, null);
        }
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** The request is answered 503 with an OperationOutcome and Retry-After, in bounded time. */
    private static String assertUnavailable(String what, Call call) throws Exception {
        Instant start = Instant.now();
        HttpResponse<String> response = call.send();
        Duration took = Duration.between(start, Instant.now());
        assertThat(response.statusCode())
                .as("%s during the outage: %s", what, response.body())
                .isEqualTo(503);
        assertThat(took).as("%s answered in", what).isLessThan(OUTAGE_ANSWER_LIMIT);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        JsonNode outcome = Api.json(response);
        assertThat(outcome.path("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(outcome.toString())
                .contains("SSP-STORE-001")
                .doesNotContain("Exception")
                .doesNotContain("Hikari");
        return what + " 503 in " + took.toMillis() + " ms";
    }

    private static void runCommand(String command) throws IOException, InterruptedException {
        assertThat(command).as("command").isNotBlank();
        Process process = new ProcessBuilder(command.split(" ")).inheritIO().start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(command).isTrue();
        assertThat(process.exitValue()).as(command).isZero();
    }

    // ---- graceful shutdown -------------------------------------------------------------------

    /**
     * Sends several larger transactions at once and, while they run, SIGTERMs the server: each is
     * answered 200, new connections are refused, and the process exits after completing them.
     */
    private static Ledger shutDownWithRequestsInFlight(ServerProcess server, Referrals referrals, AtomicInteger next)
            throws Exception {
        Api api = new Api(server, REQUEST_TIMEOUT);
        api.get("/fhir/metadata"); // token fetched before the clock starts
        Ledger ledger = new Ledger();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> inFlight = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            List<Integer> batch = IntStream.range(0, 6)
                    .map(i -> next.getAndIncrement())
                    .boxed()
                    .toList();
            inFlight.add(pool.submit(() -> {
                try {
                    HttpResponse<String> response = api.postJson("/fhir", referrals.transaction(batch));
                    for (int n : batch) {
                        if (response.statusCode() == 200) {
                            ledger.acknowledged(n, response);
                        } else {
                            ledger.refused(n, response);
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    batch.forEach(n -> ledger.unanswered(n, e));
                }
                return null;
            }));
        }
        Thread.sleep(1500); // all sent, none finished: each is 12 validated resources
        server.signalTerm();
        Instant signalled = Instant.now();
        // Once the graceful shutdown has begun, a new connection is refused (an orchestrator has taken the
        // node out of rotation by then; requests on connections already open are answered).
        while (!server.logText().contains("Commencing graceful shutdown")) {
            assertThat(Duration.between(signalled, Instant.now())).isLessThan(Duration.ofSeconds(30));
            Thread.sleep(100);
        }
        String newRequest;
        try {
            newRequest = "a new connection during the graceful shutdown got "
                    + ServerProcess.probe(server.baseUrl() + "/fhir/metadata");
        } catch (IOException refused) {
            newRequest = "a new connection during the graceful shutdown was refused ("
                    + refused.getClass().getSimpleName() + ")";
        }
        for (Future<?> request : inFlight) {
            request.get(90, TimeUnit.SECONDS);
        }
        pool.shutdown();
        int exit = server.awaitExit(Duration.ofSeconds(90));
        System.out.printf(
                "Graceful shutdown: %s; %s; exit %d after %d s%n",
                ledger,
                newRequest,
                exit,
                Duration.between(signalled, Instant.now()).toSeconds());
        assertThat(ledger.of(Kind.ACKNOWLEDGED))
                .as("in-flight transactions answered; the others: %s", ledger.of(Kind.REFUSED))
                .hasSize(ledger.all().size());
        assertThat(newRequest).as(newRequest).doesNotContain("got 2");
        assertThat(exit).as("exit code after SIGTERM").isIn(0, 143);
        assertThat(server.logText()).contains("Graceful shutdown complete");
        return ledger;
    }

    /** Each acknowledged referral is in the database exactly once, read directly after the server stopped. */
    private static void assertStoredOnce(Connection db, Referrals referrals, Ledger ledger) throws SQLException {
        String sql = "select count(distinct t.res_id) from hfj_spidx_token t join hfj_resource r on r.res_id = t.res_id"
                + " where t.sp_name = 'identifier' and t.sp_system = ? and t.sp_value = ? and r.res_deleted_at is null";
        try (PreparedStatement count = db.prepareStatement(sql)) {
            for (Outcome acked : ledger.of(Kind.ACKNOWLEDGED)) {
                assertThat(countOf(count, referrals.referralSystem(), "R-" + acked.n()))
                        .as("referral R-%d in the database", acked.n())
                        .isEqualTo(1);
                assertThat(countOf(count, referrals.taskSystem(), "T-" + acked.n()))
                        .as("task T-%d in the database", acked.n())
                        .isEqualTo(1);
            }
        }
        System.out.printf(
                "In the database after the graceful shutdown: all %d acknowledged referrals, once each%n",
                ledger.of(Kind.ACKNOWLEDGED).size());
    }

    private static int countOf(PreparedStatement count, String system, String value) throws SQLException {
        count.setString(1, system);
        count.setString(2, value);
        try (ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    // ---- set-up --------------------------------------------------------------------------------

    private static void storeStory(ServerProcess server) throws Exception {
        HttpResponse<String> story = new Api(server, REQUEST_TIMEOUT)
                .postJson("/fhir", Referrals.storyTransaction(server.schoolOrganization()));
        assertThat(story.statusCode()).as(story.body()).isEqualTo(200);
    }

    private static Map<String, String> env(Map<String, String> database) {
        Map<String, String> env = new HashMap<>(database);
        // The load comes from one client as fast as it can; this test is not about the rate limit.
        env.put("SSP_LIMITS_RATE_ENABLED", "false");
        return env;
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Path fresh(String name) throws IOException {
        Path dir = WORK.resolve(name).toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir.getParent());
        return dir.resolve("data");
    }
}
