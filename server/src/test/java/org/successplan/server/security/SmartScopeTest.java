package org.successplan.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.successplan.server.security.SmartScope.Permission.CREATE;
import static org.successplan.server.security.SmartScope.Permission.DELETE;
import static org.successplan.server.security.SmartScope.Permission.READ;
import static org.successplan.server.security.SmartScope.Permission.SEARCH;
import static org.successplan.server.security.SmartScope.Permission.UPDATE;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.successplan.server.security.SmartScope.Permission;

class SmartScopeTest {

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource({
        "system/Patient.rs,    system,  Patient, rs",
        "system/Task.cru,      system,  Task,    cru",
        "system/*.cruds,       system,  *,       cruds",
        "system/CarePlan.d,    system,  CarePlan, d",
        "user/Observation.s,   user,    Observation, s",
        "patient/*.r,          patient, *,       r",
        // SMART v1
        "system/Patient.read,  system,  Patient, rs",
        "system/*.write,       system,  *,       cud",
        "system/*.*,           system,  *,       cruds",
    })
    void parse_v2AndV1(String text, String context, String type, String letters) {
        SmartScope scope = SmartScope.parse(text).orElseThrow();

        assertThat(scope.context()).isEqualTo(context);
        assertThat(scope.resourceType()).isEqualTo(type);
        assertThat(scope.permissions()).isEqualTo(permissions(letters));
        assertThat(scope.text()).isEqualTo(text);
        assertThat(scope.filter()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "openid",
                "launch",
                "system/Patient.sr", // wrong order
                "system/Patient.rr", // repeated
                "system/Patient.x",
                "system/Patient.",
                "system/patient.rs", // resource types are capitalised
                "admin/Patient.rs",
                "system/Patient.read?category=x", // v1 has no filters
                "",
            })
    void parse_rejectsWhatIsNotASmartResourceScope(String text) {
        assertThat(SmartScope.parse(text)).isEmpty();
    }

    @Test
    void parse_keepsAV2Filter() {
        SmartScope scope =
                SmartScope.parse("system/Observation.rs?category=laboratory").orElseThrow();

        assertThat(scope.filter()).isEqualTo("category=laboratory");
        assertThat(scope.toV2String()).isEqualTo("system/Observation.rs?category=laboratory");
    }

    @Test
    void v1Read_isWrittenAsV2rs() {
        assertThat(SmartScope.parse("system/Patient.read").orElseThrow().toV2String())
                .isEqualTo("system/Patient.rs");
    }

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource({
        "system/*.cruds,    system/Patient.rs,  true",
        "system/*.rs,       system/Task.r,      true",
        "system/Patient.rs, system/Patient.r,   true",
        "system/Patient.rs, system/Patient.rs,  true",
        "system/Patient.rs, system/Patient.c,   false",
        "system/Patient.rs, system/Task.r,      false",
        "system/Patient.rs, system/*.r,         false",
        "system/*.read,     system/Patient.rs,  true",
        "system/*.rs,       system/*.read,      true",
        "system/*.cruds,    user/Patient.r,     false",
    })
    void covers(String allowed, String requested, boolean expected) {
        assertThat(SmartScope.parse(allowed)
                        .orElseThrow()
                        .covers(SmartScope.parse(requested).orElseThrow()))
                .isEqualTo(expected);
    }

    @Test
    void scopes_permitByTypeAndWildcard() {
        SmartScopes scopes = SmartScopes.parse("system/Patient.rs system/Task.cu openid system/Observation.rs?code=x");

        assertThat(scopes.asList()).extracting(SmartScope::text).containsExactly("system/Patient.rs", "system/Task.cu");
        assertThat(scopes.permits("Patient", READ)).isTrue();
        assertThat(scopes.permits("Patient", CREATE)).isFalse();
        assertThat(scopes.permits("Task", UPDATE)).isTrue();
        assertThat(scopes.permits("Observation", READ))
                .as("filtered scopes grant nothing")
                .isFalse();
        assertThat(scopes.permitsOnAllTypes(SEARCH)).isFalse();
        assertThat(SmartScopes.parse("system/*.rs").permitsOnAllTypes(SEARCH)).isTrue();
        assertThat(SmartScopes.parse("system/*.rs").permits("Anything", DELETE)).isFalse();
    }

    private static Set<Permission> permissions(String letters) {
        EnumSet<Permission> result = EnumSet.noneOf(Permission.class);
        for (Permission p : Permission.values()) {
            if (letters.indexOf(p.letter()) >= 0) {
                result.add(p);
            }
        }
        return result;
    }
}
