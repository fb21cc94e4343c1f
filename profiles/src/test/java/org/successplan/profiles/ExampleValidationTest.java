package org.successplan.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in the built package (package/example/ and the story Bundle in package/other/)
 * validates against the profile it declares in meta.profile with no errors.
 */
class ExampleValidationTest {

    static Stream<Arguments> examples() {
        SspPackage pkg = SspPackage.get();
        return Stream.concat(pkg.resourceFiles("example").stream(), pkg.resourceFiles("other").stream())
                .map(f -> Arguments.of(f.folder() + "/" + f.name(), f.json()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_validatesWithoutErrors(String file, String json) {
        ValidationResult result = Validators.ssp().validateWithResult(json);

        List<SingleValidationMessage> errors = Validators.errors(result);
        assertThat(errors)
                .as("%s has validation errors:%s", file, Validators.describe(errors))
                .isEmpty();
    }
}
