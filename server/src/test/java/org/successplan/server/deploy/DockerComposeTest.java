package org.successplan.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine on the build machines, so the compose file and Dockerfile are checked by
 * reading them: the essentials a deployment relies on, and the environment names the server reads.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    static Map<String, Object> compose;

    @BeforeAll
    static void parse() throws IOException {
        compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    }

    @Test
    void database_isPostgres15_withNamedVolumeAndHealthcheck() {
        Map<String, Object> db = service("db");

        assertThat(db.get("image")).isEqualTo("postgres:15");
        assertThat((List<String>) db.get("volumes")).containsExactly("ssp-db:/var/lib/postgresql/data");
        assertThat(map(compose, "volumes")).containsKey("ssp-db");
        assertThat(map(db, "healthcheck").get("test").toString()).contains("pg_isready");
        assertThat(map(db, "environment").get("POSTGRES_PASSWORD").toString())
                .as("the password comes from the environment, never the file")
                .startsWith("${SSP_DB_PASSWORD");
    }

    @Test
    void server_isBuiltFromItsDockerfile_andWaitsForAHealthyDatabase() {
        Map<String, Object> server = service("server");

        assertThat(map(server, "build")).containsEntry("context", ".").containsEntry("dockerfile", "server/Dockerfile");
        assertThat(map(map(server, "depends_on"), "db")).containsEntry("condition", "service_healthy");
        assertThat((List<String>) server.get("ports")).containsExactly("8080:8080");
        assertThat(ROOT.resolve("server/Dockerfile")).exists();
    }

    @Test
    void server_getsEveryVariableThePostgresProfileRequires() throws IOException {
        Map<String, Object> environment = map(service("server"), "environment");
        String postgresProfile = Files.readString(ROOT.resolve("server/src/main/resources/application-postgres.yaml"));

        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
        assertThat(environment.keySet()).containsAll(placeholders(postgresProfile));
        assertThat(environment.get("SSP_DB_URL").toString()).isEqualTo("jdbc:postgresql://db:5432/ssp");
        assertThat(environment.get("SSP_DB_USER"))
                .isEqualTo(map(service("db"), "environment").get("POSTGRES_USER"));
    }

    @Test
    void dockerfile_buildsInAStageAndRunsAsNonRoot() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("server/Dockerfile"));

        assertThat(lines).filteredOn(l -> l.startsWith("FROM ")).hasSize(2);
        assertThat(lines).anyMatch(l -> l.startsWith("COPY --from=build"));
        assertThat(lines).filteredOn(l -> l.startsWith("USER ")).singleElement().isNotEqualTo("USER root");
    }

    private static TreeSet<String> placeholders(String yaml) {
        TreeSet<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\$\\{(SSP_[A-Z_]+)}").matcher(yaml);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        assertThat(names).as("placeholders in the postgres profile").isNotEmpty();
        return names;
    }

    private static Map<String, Object> service(String name) {
        return map(map(compose, "services"), name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
