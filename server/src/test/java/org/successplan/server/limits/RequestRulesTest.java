package org.successplan.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.successplan.server.limits.RequestRules.Kind;
import org.successplan.server.limits.RequestRules.ParamType;
import org.successplan.server.limits.RequestRules.Problem;

class RequestRulesTest {

    private static final Map<String, ParamType> PATIENT = Map.of(
            "name", ParamType.STRING,
            "gender", ParamType.TOKEN,
            "birthdate", ParamType.DATE,
            "organization", ParamType.REFERENCE,
            "_id", ParamType.TOKEN,
            "_lastUpdated", ParamType.DATE);

    @ParameterizedTest
    @ValueSource(strings = {"W/\"1\"", "\"12\"", " W/\"3\" "})
    void ifMatch_acceptsVersionEtags(String value) {
        assertThat(RequestRules.checkIfMatch(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "W/\"abc\"", "W/3", "*", "\"\""})
    void ifMatch_refusesAnythingElse(String value) {
        assertThat(RequestRules.checkIfMatch(value))
                .get()
                .extracting(Problem::kind)
                .isEqualTo(Kind.INVALID_HEADER);
    }

    @Test
    void ifNoneExist_mustNotBeBlank() {
        assertThat(RequestRules.checkIfNoneExist(null)).isEmpty();
        assertThat(RequestRules.checkIfNoneExist("identifier=a|b")).isEmpty();
        assertThat(RequestRules.checkIfNoneExist(" ")).isPresent();
    }

    @Test
    void paging_needsWholeNumbers() {
        assertThat(RequestRules.checkPaging(Map.of("_count", new String[] {"10"}, "_offset", new String[] {"0"})))
                .isEmpty();
        assertThat(RequestRules.checkPaging(Map.of("_count", new String[] {"abc"})))
                .isPresent();
        assertThat(RequestRules.checkPaging(Map.of("_count", new String[] {"-1"})))
                .isPresent();
        assertThat(RequestRules.checkPaging(Map.of("_offset", new String[] {"-5"})))
                .get()
                .satisfies(p -> assertThat(p.message()).startsWith("_offset must be a whole number"));
        assertThat(RequestRules.checkPaging(Map.of("_count", new String[] {"99999999999999"})))
                .isPresent();
    }

    @Test
    void includes_areCounted_andIteratingOnesSeparately() {
        Map<String, String[]> two = Map.of(
                "_include", new String[] {"Task:focus"}, "_revinclude:iterate", new String[] {"Provenance:target"});

        assertThat(RequestRules.checkIncludes(two, 2, 1)).isEmpty();
        assertThat(RequestRules.checkIncludes(two, 1, 1))
                .get()
                .extracting(Problem::kind)
                .isEqualTo(Kind.SEARCH_TOO_COMPLEX);
        assertThat(RequestRules.checkIncludes(two, 2, 0))
                .get()
                .satisfies(p -> assertThat(p.message()).contains(":iterate"));
        assertThat(RequestRules.checkIncludes(Map.of("_include:recurse", new String[] {"a", "b"}), 5, 1))
                .isPresent();
    }

    @Test
    void modifiers_mustBeOnesFhirDefinesForTheParameterType() {
        assertThat(check("name:exact", "x")).isEmpty();
        assertThat(check("name:contains", "x")).isEmpty();
        assertThat(check("gender:not", "male")).isEmpty();
        assertThat(check("birthdate:missing", "true")).isEmpty();
        assertThat(check("name:fuzzy", "x")).get().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.INVALID_SEARCH_PARAMETER);
            assertThat(p.message()).contains("':fuzzy'").contains("string parameter 'name'");
        });
        assertThat(check("birthdate:exact", "2020")).isPresent();
        assertThat(check("_id:bogus", "1")).isPresent();
        assertThat(check("gender:contains", "male")).isPresent();
    }

    @Test
    void missing_takesTrueOrFalse() {
        assertThat(check("name:missing", "maybe"))
                .get()
                .satisfies(p -> assertThat(p.message()).isEqualTo("name:missing takes true or false; got 'maybe'"));
    }

    @Test
    void referenceModifiers_chains_hasAndUnknownParameters_areLeftToHapi() {
        assertThat(check("organization:Organization", "1")).isEmpty();
        assertThat(check("organization.name:exact", "x")).isEmpty();
        assertThat(check("_has:Observation:patient:code", "x")).isEmpty();
        assertThat(check("favourite-colour:exact", "x")).isEmpty();
        assertThat(check("_include:iterate", "Patient:organization")).isEmpty();
    }

    @Test
    void echoedInput_isShortAndPrintable() {
        assertThat(RequestRules.abbreviate("a\u0000b" + "c".repeat(100)))
                .startsWith("a?b")
                .hasSize(43);
    }

    private static java.util.Optional<Problem> check(String name, String value) {
        return RequestRules.checkModifiers(
                "Patient",
                Map.of(name, new String[] {value}),
                (type, param) -> PATIENT.getOrDefault(param, ParamType.UNKNOWN));
    }
}
