package org.successplan.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.Fixtures;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.Story;

/**
 * The bad-input suite: every file under {@code src/test/resources/bad-input/} is one hostile, broken or
 * malformed request (see {@link BadInputCase} for the format). Each must get its documented status
 * ({@code 4xx}; a few injection attempts are harmless searches with no results) with an
 * OperationOutcome that names the problem, must never get a {@code 5xx} or leak internals (stack
 * traces, exception classes, SQL), and must leave the database exactly as it was: the same number of
 * resources and of versions of every resource type.
 */
@ServerIT
class BadInputSuiteIT {

    private static final String ROOT = "bad-input/";
    private static final String PROFILE_BASE = "http://successplan.org/fhir/StructureDefinition/";

    /** Resource types the server may write on its own while a request is refused (audit records). */
    private static final Set<String> SERVER_WRITTEN_TYPES = Set.of("AuditEvent");

    /** What must never appear in an error a client sees. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)(\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|\\w+Exception\\b|org\\.(hibernate|springframework|h2|postgresql)"
                    + "|\\bhfj_\\w+|sqlstate|\\bselect\\s.+\\sfrom\\s|insert\\s+into|root:x:0)");

    /** A second copy of the story per server, so that "matches several students" has something to match. */
    private static final Map<Integer, Story.Posted> SECOND_STORY = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    static Stream<BadInputCase> cases() {
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.yaml");
            return Arrays.stream(files)
                    .map(file -> BadInputCase.load(caseName(file), file))
                    .sorted(java.util.Comparator.comparing(BadInputCase::name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInput_isRefusedWithAnOutcome_andNothingIsStored(BadInputCase badInput) {
        Fixtures fixtures = Fixtures.on(port);
        SECOND_STORY.computeIfAbsent(port, p -> Story.forSchool(p).post(FhirClients.client(p)));
        byte[] body = badInput.body(
                key -> placeholder(fixtures, key), exampleId -> storyJson(fixtures, exampleId), BadInputSuiteIT::file);
        Map<String, Long> before = snapshot();

        HttpResponse<String> response = send(badInput, fixtures, body);

        assertThat(response.statusCode())
                .as("%s (%s): %s", badInput.name(), badInput.description(), response.body())
                .isEqualTo(badInput.status())
                .isLessThan(500);
        if (badInput.status() >= 400) {
            assertOutcome(badInput, response);
        }
        if (badInput.total() != null) {
            Bundle bundle = FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, response.body());
            assertThat(bundle.getTotal()).as(badInput.name()).isEqualTo(badInput.total());
        }
        assertThat(snapshot())
                .as("resources and versions per type after %s", badInput.name())
                .isEqualTo(before);
    }

    @Test
    void theSuiteHasAtLeastSixtyCases() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(60);
    }

    /** Every profile of the data standard has at least one case (files under profiles/) that violates it. */
    @Test
    void everyProfileOfTheStandard_hasACaseThatViolatesIt() {
        Bundle definitions = FhirClients.client(port)
                .search()
                .forResource(StructureDefinition.class)
                .where(StructureDefinition.KIND.exactly().code("resource"))
                .and(StructureDefinition.DERIVATION.exactly().code("constraint"))
                .count(200)
                .returnBundle(Bundle.class)
                .execute();
        List<String> profiles = definitions.getEntry().stream()
                .map(e -> ((StructureDefinition) e.getResource()).getUrl())
                .filter(url -> url.startsWith(PROFILE_BASE))
                .map(url -> url.substring(PROFILE_BASE.length()))
                .sorted()
                .toList();
        Set<String> covered = cases().filter(c -> c.name().startsWith("profiles/"))
                .map(BadInputCase::profile)
                .collect(Collectors.toSet());

        assertThat(profiles).hasSizeGreaterThanOrEqualTo(17);
        assertThat(covered).containsAll(profiles);
    }

    private void assertOutcome(BadInputCase badInput, HttpResponse<String> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertThat(contentType).as("%s: Content-Type", badInput.name()).matches("application/fhir\\+(json|xml).*");
        IBaseResource parsed = contentType.contains("xml")
                ? FhirClients.FHIR.newXmlParser().parseResource(response.body())
                : FhirClients.FHIR.newJsonParser().parseResource(response.body());
        assertThat(parsed).as(badInput.name()).isInstanceOf(OperationOutcome.class);
        OperationOutcome outcome = (OperationOutcome) parsed;
        assertThat(outcome.getIssue()).as(badInput.name()).isNotEmpty();
        assertThat(outcome.getIssueFirstRep().getSeverity())
                .as("%s: first issue is an error", badInput.name())
                .isIn(IssueSeverity.ERROR, IssueSeverity.FATAL);
        String texts = outcome.getIssue().stream().map(BadInputSuiteIT::text).collect(Collectors.joining("\n"));
        for (String fragment : badInput.diagnostics()) {
            assertThat(texts)
                    .as("%s: the outcome names the problem", badInput.name())
                    .contains(fragment);
        }
        if (badInput.code() != null) {
            assertThat(outcome.getIssue().stream()
                            .map(OperationOutcomeIssueComponent::getDetails)
                            .flatMap(d -> d.getCoding().stream())
                            .map(c -> c.getCode())
                            .toList())
                    .as("%s: error codes", badInput.name())
                    .contains(badInput.code());
        }
        assertThat(INTERNALS.matcher(response.body()).find())
                .as("%s: no internals in %s", badInput.name(), response.body())
                .isFalse();
    }

    private static String text(OperationOutcomeIssueComponent issue) {
        CodeableConcept details = issue.getDetails();
        return issue.getDiagnostics() + " " + (details == null ? "" : details.getText());
    }

    private HttpResponse<String> send(BadInputCase badInput, Fixtures fixtures, byte[] body) {
        String path = BadInputCase.resolve(badInput.path(), key -> placeholder(fixtures, key));
        List<String> headers = new ArrayList<>();
        badInput.headers().forEach((name, value) -> {
            headers.add(name);
            headers.add(BadInputCase.resolve(value, key -> placeholder(fixtures, key)));
        });
        HttpRequest.BodyPublisher publisher;
        if (body == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else if (badInput.chunked()) {
            publisher = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            publisher = HttpRequest.BodyPublishers.ofByteArray(body);
        }
        return RawHttp.authenticated(port).send(badInput.method(), path, publisher, headers.toArray(String[]::new));
    }

    /** {@code ${Patient/ssp-ex-maya-student}} → its server id; {@code ${id:...}} → the bare id. */
    private static String placeholder(Fixtures fixtures, String key) {
        if (key.startsWith("id:")) {
            return fixtures.story().id(key.substring(3)).split("/")[1];
        }
        return fixtures.story().id(key);
    }

    private static String storyJson(Fixtures fixtures, String exampleId) {
        org.hl7.fhir.r4.model.Resource copy = fixtures.story().copyOf(exampleId, org.hl7.fhir.r4.model.Resource.class);
        return FhirClients.FHIR.newJsonParser().encodeResourceToString(copy);
    }

    private static String file(String relative) {
        try (var in = new org.springframework.core.io.ClassPathResource(ROOT + relative).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resources, their summed version numbers and history rows, per type (server-written types aside). */
    private Map<String, Long> snapshot() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("select res_type, count(*), coalesce(sum(res_ver), 0) from hfj_resource group by res_type", rs -> {
            String type = rs.getString(1);
            if (!SERVER_WRITTEN_TYPES.contains(type)) {
                counts.put(type + " resources", rs.getLong(2));
                counts.put(type + " versions (sum)", rs.getLong(3));
            }
        });
        jdbc.query("select res_type, count(*) from hfj_res_ver group by res_type", rs -> {
            String type = rs.getString(1);
            if (!SERVER_WRITTEN_TYPES.contains(type)) {
                counts.put(type + " history rows", rs.getLong(2));
            }
        });
        return counts;
    }

    private static String caseName(Resource file) {
        try {
            String uri = file.getURI().toString();
            String name = uri.substring(uri.lastIndexOf(ROOT) + ROOT.length());
            return name.substring(0, name.length() - ".yaml".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
