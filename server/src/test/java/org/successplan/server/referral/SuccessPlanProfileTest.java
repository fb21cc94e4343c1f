package org.successplan.server.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CarePlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which plans' links profile validation may trust: only plans that declare the SuccessPlan profile alone. */
class SuccessPlanProfileTest {

    static final String STATE_PLAN = "http://example.org/state/StructureDefinition/state-success-plan";

    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of("the profile", new String[] {SuccessPlanProfile.URL}, true),
                Arguments.of("a version of it", new String[] {SuccessPlanProfile.URL + "|0.1.0"}, true),
                Arguments.of(
                        "declared twice",
                        new String[] {SuccessPlanProfile.URL, SuccessPlanProfile.URL + "|0.1.0"},
                        true),
                Arguments.of("no profile", new String[] {}, false),
                Arguments.of("a derived profile as well", new String[] {SuccessPlanProfile.URL, STATE_PLAN}, false),
                Arguments.of("only a derived profile", new String[] {STATE_PLAN}, false),
                Arguments.of("a longer url", new String[] {SuccessPlanProfile.URL + "-state"}, false),
                Arguments.of("an empty profile", new String[] {null}, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void acceptsReferralLinks_onlyWhenTheSuccessPlanProfileIsAllThePlanDeclares(
            String name, String[] profiles, boolean expected) {
        CarePlan plan = new CarePlan();
        for (String profile : profiles) {
            plan.getMeta().addProfileElement().setValue(profile);
        }

        assertThat(SuccessPlanProfile.acceptsReferralLinks(plan)).isEqualTo(expected);
    }
}
