package org.successplan.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server jar running as a separate process, as an operator runs it: {@code java -jar}, configured
 * through {@code SSP_*} environment variables, in demo mode (so clients and keys exist), with its output
 * in a log file. {@link #kill()} sends {@code SIGKILL}, {@link #terminate} {@code SIGTERM}.
 */
final class ServerProcess implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("ssp.server.jar", "../server/target/ssp-server-0.1.0.jar"));
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final HttpClient PROBE =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path log;
    private String token;
    private Instant tokenTime = Instant.EPOCH;

    private ServerProcess(String name, Process process, int port, Path dataDir, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
    }

    /**
     * Starts the jar.
     *
     * @param env extra environment (database, limits)
     * @param profiles Spring profiles besides {@code demo}
     */
    static ServerProcess start(String name, Path dataDir, int port, Map<String, String> env, String... profiles)
            throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No server jar at " + JAR.toAbsolutePath()
                    + ": build it first (mvn -pl server -am package -DskipTests)");
        }
        Files.createDirectories(dataDir);
        Path log = dataDir.resolveSibling(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                JAVA,
                // Start-up speed over peak throughput: these servers live for a minute or two.
                "-XX:TieredStopAtLevel=1",
                "-Xmx1g",
                "-jar",
                JAR.toString(),
                "--spring.profiles.active=" + String.join(",", withDemo(profiles))));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("SSP_PORT", Integer.toString(port));
        builder.environment().put("SSP_DATA_DIR", dataDir.toString());
        builder.environment().put("SSP_SECURITY_ADMIN_PASSWORD", "reliability-admin");
        builder.environment().putAll(env);
        Process process = builder.start();
        System.out.printf("[%s] started pid %d on port %d (log %s)%n", name, process.pid(), port, log);
        return new ServerProcess(name, process, port, dataDir, log);
    }

    private static List<String> withDemo(String... profiles) {
        List<String> all = new ArrayList<>(List.of("demo"));
        all.addAll(List.of(profiles));
        return all;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until readiness answers 200; fails early if the process dies. */
    Duration awaitReady(Duration timeout) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with " + process.exitValue() + "; log tail:\n" + logTail());
            }
            if (readinessStatus() == 200) {
                Duration took = Duration.between(start, Instant.now());
                System.out.printf("[%s] ready after %d s%n", name, took.toSeconds());
                return took;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; log tail:\n" + logTail());
    }

    /** Status of {@code /actuator/health/readiness}, or -1 when nothing answers. */
    int readinessStatus() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            return PROBE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The status of a GET on a new connection (a new client each time: no pooled connection). */
    static int probe(String url) throws IOException, InterruptedException {
        HttpClient fresh =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .build();
        return fresh.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hooks, no flushing, like a power cut to the process. */
    void kill() throws InterruptedException {
        System.out.printf("[%s] SIGKILL pid %d%n", name, process.pid());
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as an orchestrator stops a container. */
    void signalTerm() {
        System.out.printf("[%s] SIGTERM pid %d%n", name, process.pid());
        process.destroy();
    }

    /** Waits for the process to exit; its exit code, or -1 when it did not exit in time. */
    int awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** The demo school's organization ({@code Organization/..}), from its client file. */
    String schoolOrganization() throws IOException {
        return Api.JSON
                .readTree(dataDir.resolve("demo/lincoln-elementary.json").toFile())
                .path("organization")
                .asText();
    }

    /** An access token of the demo school, from the jar's own {@code token} command (cached 3 minutes). */
    synchronized String token() throws IOException, InterruptedException {
        if (token != null && Duration.between(tokenTime, Instant.now()).toSeconds() < 180) {
            return token;
        }
        Process tokenCommand = new ProcessBuilder(
                        JAVA,
                        "-jar",
                        JAR.toString(),
                        "token",
                        dataDir.resolve("demo/lincoln-elementary.json").toString())
                .redirectErrorStream(false)
                .start();
        String out = new String(tokenCommand.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(tokenCommand.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!tokenCommand.waitFor(60, TimeUnit.SECONDS) || tokenCommand.exitValue() != 0 || out.isEmpty()) {
            throw new IllegalStateException("No token for " + name + ": " + err);
        }
        token = out.lines().reduce((a, b) -> b).orElseThrow();
        tokenTime = Instant.now();
        return token;
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    String logTail() {
        List<String> lines = logText().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
