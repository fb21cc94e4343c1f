package org.successplan.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.successplan.server.SuccessPlanServerApplication;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.Story;
import org.successplan.server.testing.TestClients;

/**
 * The embedded default keeps its data: a student stored before a restart is read back after it, from
 * the same H2 file directory, and so do the clients and signing keys (a token outlives the restart).
 * Starts the real application twice (no shared test context).
 */
class EmbeddedDatabaseRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartOnTheSameDataDirectory() {
        Patient student;
        String id;
        String tokenBeforeRestart;
        try (ConfigurableApplicationContext first = start()) {
            Story story = Story.forSchool(portOf(first));
            student = story.resource("Patient/ssp-ex-maya-student", Patient.class);
            tokenBeforeRestart = TestClients.school(portOf(first)).token();
            id = story.post(FhirClients.client(portOf(first))).id("Patient/ssp-ex-maya-student");
        }
        assertThat(dataDir.resolve("h2/ssp.mv.db")).exists();

        try (ConfigurableApplicationContext second = start()) {
            Patient read = FhirClients.client(portOf(second))
                    .read()
                    .resource(Patient.class)
                    .withId(id)
                    .execute();
            assertThat(read.getIdentifierFirstRep().getValue())
                    .isEqualTo(student.getIdentifierFirstRep().getValue());
            // The client registry and the signing key are in the database too: a token issued before the
            // restart still works.
            HttpResponse<String> withOldToken =
                    new RawHttp(portOf(second)).get("/fhir/" + id, "Authorization", "Bearer " + tokenBeforeRestart);
            assertThat(withOldToken.statusCode()).as(withOldToken.body()).isEqualTo(200);
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments outrank the test profile's in-memory database.
        return new SpringApplicationBuilder(SuccessPlanServerApplication.class)
                .run(
                        "--server.port=0",
                        "--ssp.storage.data-dir=" + dataDir,
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/h2/ssp");
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
