package org.successplan.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deliberately broken instances (src/test/resources/invalid/, listed with the message each must
 * produce in expected-errors.tsv) are rejected by the validator with that message - at least one
 * per profile.
 */
class InvalidInstanceTest {

    record Case(String file, String fragment, String rule) {
        @Override
        public String toString() {
            return file + " (" + rule + ")";
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String line : read("/invalid/expected-errors.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            cases.add(new Case(cols[0], cols[1], cols[2]));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenInstance_isRejected_withExpectedMessage(Case c) {
        ValidationResult result = Validators.ssp().validateWithResult(read("/invalid/" + c.file()));

        List<SingleValidationMessage> errors = Validators.errors(result);
        assertThat(errors).as("%s must fail (%s)", c.file(), c.rule()).isNotEmpty();
        assertThat(errors)
                .as(
                        "%s: expected an error containing '%s', got:%s",
                        c.file(), c.fragment(), Validators.describe(errors))
                .anyMatch(m -> m.getMessage().contains(c.fragment())
                        || m.getLocationString().contains(c.fragment()));
    }

    @Test
    void everyProfile_hasAtLeastOneBrokenInstance() {
        Set<String> profiles = SspPackage.get().conformanceResources().stream()
                .filter(r -> r instanceof StructureDefinition sd
                        && "resource".equals(sd.getKind().toCode()))
                .map(r -> ((StructureDefinition) r).getUrl())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = cases().stream()
                .map(c -> (Resource)
                        SspPackage.get().fhirContext().newJsonParser().parseResource(read("/invalid/" + c.file())))
                .flatMap(r -> r.getMeta().getProfile().stream().map(p -> p.getValue()))
                .collect(Collectors.toSet());

        assertThat(covered).containsAll(profiles);
    }

    static String read(String path) {
        try (InputStream in = InvalidInstanceTest.class.getResourceAsStream(path)) {
            assertThat(in).as("test resource %s", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
