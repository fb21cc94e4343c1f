package org.successplan.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worked "how to extend" example (profiles/examples/derived-profile: a Tennessee Student and
 * Student Need deriving from ours, built by SUSHI against our package) validates together with
 * our package: its examples pass, and data breaking either the derived rules or the inherited
 * base rules fails.
 */
class DerivedProfileTest {

    private static final Path DERIVED =
            Path.of(System.getProperty("ssp.derived.dir", "examples/derived-profile"), "fsh-generated", "resources");
    private static final String TN = "http://tn.example.org/fhir/successplan/StructureDefinition/";

    private static final Map<String, IBaseResource> derived = new TreeMap<>();
    private static FhirValidator validator;

    @BeforeAll
    static void loadDerivedPackage() throws IOException {
        var ctx = SspPackage.get().fhirContext();
        PrePopulatedValidationSupport definitions = new PrePopulatedValidationSupport(ctx);
        try (Stream<Path> files = Files.list(DERIVED)) {
            for (Path file : files.sorted().toList()) {
                IBaseResource r = ctx.newJsonParser().parseResource(Files.readString(file, StandardCharsets.UTF_8));
                derived.put(file.getFileName().toString(), r);
                if (r instanceof StructureDefinition sd) {
                    definitions.addStructureDefinition(sd);
                } else if (r instanceof ValueSet vs) {
                    definitions.addValueSet(vs);
                } else if (r instanceof CodeSystem cs) {
                    definitions.addCodeSystem(cs);
                }
            }
        }
        validator = Validators.validator(Validators.chain(definitions));
    }

    @Test
    void derivedProfiles_deriveFromOurs() {
        assertThat(((StructureDefinition) derived.get("StructureDefinition-tn-student.json")).getBaseDefinition())
                .isEqualTo(SspPackage.CANONICAL + "/StructureDefinition/ssp-student");
        assertThat(((StructureDefinition) derived.get("StructureDefinition-tn-student-need.json")).getBaseDefinition())
                .isEqualTo(SspPackage.CANONICAL + "/StructureDefinition/ssp-student-need");
    }

    @Test
    void derivedExamples_validateWithoutErrors() {
        List<IBaseResource> examples = derived.values().stream()
                .filter(r -> r.getIdElement().getIdPart().startsWith("tn-ex-"))
                .toList();
        assertThat(examples).hasSize(2);
        for (IBaseResource example : examples) {
            List<SingleValidationMessage> errors = Validators.errors(validator.validateWithResult(example));
            assertThat(errors)
                    .as("%s:%s", example.getIdElement().getIdPart(), Validators.describe(errors))
                    .isEmpty();
        }
    }

    @Test
    void tnStudent_withoutStateId_failsTheDerivedRule() {
        Patient student = tnStudent();
        student.getIdentifier().clear();
        student.addIdentifier().setSystem("http://example.org/sis").setValue("1");

        assertThat(errorsOf(student)).anyMatch(m -> m.getMessage().contains("stateStudentId"));
    }

    @Test
    void tnStudent_withMalformedStateId_failsTheDerivedInvariant() {
        Patient student = tnStudent();
        student.getIdentifierFirstRep().setValue("12345");

        assertThat(errorsOf(student)).anyMatch(m -> m.getMessage().contains("tn-ssid-format"));
    }

    @Test
    void tnStudent_withoutCustodian_stillFailsTheBaseRule() {
        Patient student = tnStudent();
        student.setManagingOrganization(null);

        assertThat(errorsOf(student))
                .anyMatch(m -> m.getMessage().contains("Patient.managingOrganization: minimum required = 1"));
    }

    @Test
    void tnNeed_withOnlyAStateCode_stillNeedsABaseNeedDomain() {
        Condition need = ((Condition) derived.get("Condition-tn-ex-need-summer-meals.json")).copy();
        need.getCategory().removeIf(c -> c.getCodingFirstRep().getSystem().endsWith("ssp-need-domain"));

        assertThat(errorsOf(need)).anyMatch(m -> m.getMessage().contains("needDomain"));
    }

    private static Patient tnStudent() {
        Patient student = ((Patient) derived.get("Patient-tn-ex-student.json")).copy();
        assertThat(student.getMeta().getProfile()).anyMatch(p -> p.getValue().equals(TN + "tn-student"));
        return student;
    }

    private static List<SingleValidationMessage> errorsOf(IBaseResource resource) {
        return Validators.errors(validator.validateWithResult(resource));
    }
}
