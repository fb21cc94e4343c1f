package org.successplan.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.security.Interaction.Kind;
import org.successplan.server.security.ScopePolicy.Caller;

/** The scope → decision table: (scopes, interaction) → allowed or refused with which code. */
class ScopePolicyTest {

    private static final ScopePolicy POLICY = new ScopePolicy((type, param) -> switch (type + "." + param) {
        case "CarePlan.subject" -> Set.of("Patient", "Group");
        case "Task.owner" -> Set.of("Organization", "Practitioner");
        default -> Set.of();
    });

    static final String PATIENT_READER = "system/Patient.rs";
    static final String FULL = "system/*.cruds";
    static final String ALLOWED = "allowed";
    static final String SCOPE = ErrorCode.INSUFFICIENT_SCOPE.code();
    static final String ADMIN = ErrorCode.ADMIN_REQUIRED.code();

    static Interaction i(Kind kind, String type) {
        return Interaction.of(kind, type);
    }

    static Interaction search(String type, String name, String value) {
        return new Interaction(Kind.SEARCH_TYPE, type, false, false, null, Map.of(name, List.of(value)));
    }

    static Interaction op(String type, boolean instance, String name) {
        return new Interaction(Kind.OPERATION, type, instance, false, name, Map.of());
    }

    static Interaction conditional(Kind kind, String type) {
        return new Interaction(kind, type, false, true, null, Map.of());
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // read vs search vs write on the scoped type
                Arguments.of("read Patient", PATIENT_READER, i(Kind.READ, "Patient"), ALLOWED),
                Arguments.of("vread Patient", PATIENT_READER, i(Kind.VREAD, "Patient"), ALLOWED),
                Arguments.of("search Patient", PATIENT_READER, i(Kind.SEARCH_TYPE, "Patient"), ALLOWED),
                Arguments.of("instance history", PATIENT_READER, i(Kind.HISTORY_INSTANCE, "Patient"), ALLOWED),
                Arguments.of("type history", PATIENT_READER, i(Kind.HISTORY_TYPE, "Patient"), ALLOWED),
                Arguments.of("r only cannot search", "system/Patient.r", i(Kind.SEARCH_TYPE, "Patient"), SCOPE),
                Arguments.of("s only cannot read", "system/Patient.s", i(Kind.READ, "Patient"), SCOPE),
                Arguments.of("create Patient", PATIENT_READER, i(Kind.CREATE, "Patient"), SCOPE),
                Arguments.of("update Patient", PATIENT_READER, i(Kind.UPDATE, "Patient"), SCOPE),
                Arguments.of("patch Patient", PATIENT_READER, i(Kind.PATCH, "Patient"), SCOPE),
                Arguments.of("delete Patient", PATIENT_READER, i(Kind.DELETE, "Patient"), SCOPE),
                Arguments.of("read Task", PATIENT_READER, i(Kind.READ, "Task"), SCOPE),
                Arguments.of("search Task", PATIENT_READER, i(Kind.SEARCH_TYPE, "Task"), SCOPE),
                Arguments.of("create Task", "system/Task.cru", i(Kind.CREATE, "Task"), ALLOWED),
                Arguments.of("update Task", "system/Task.cru", i(Kind.UPDATE, "Task"), ALLOWED),
                Arguments.of("u without c", "system/Task.u", i(Kind.CREATE, "Task"), SCOPE),
                Arguments.of("delete Task", "system/Task.cru", i(Kind.DELETE, "Task"), SCOPE),
                Arguments.of("v1 read", "system/Patient.read", i(Kind.SEARCH_TYPE, "Patient"), ALLOWED),
                Arguments.of("v1 write", "system/*.write", i(Kind.DELETE, "Task"), ALLOWED),
                Arguments.of("v1 write cannot read", "system/*.write", i(Kind.READ, "Task"), SCOPE),
                // conditional writes search first
                Arguments.of("conditional create needs s", "system/Task.c", conditional(Kind.CREATE, "Task"), SCOPE),
                Arguments.of("conditional create", "system/Task.cs", conditional(Kind.CREATE, "Task"), ALLOWED),
                Arguments.of("conditional delete", "system/Task.d", conditional(Kind.DELETE, "Task"), SCOPE),
                // system level
                Arguments.of("system search", PATIENT_READER, i(Kind.SEARCH_SYSTEM, null), SCOPE),
                Arguments.of("system history", PATIENT_READER, i(Kind.HISTORY_SYSTEM, null), SCOPE),
                Arguments.of("system search *.rs", "system/*.rs", i(Kind.SEARCH_SYSTEM, null), ALLOWED),
                // search parameters cannot reach around the scopes
                Arguments.of(
                        "_revinclude Task", PATIENT_READER, search("Patient", "_revinclude", "Task:patient"), SCOPE),
                Arguments.of(
                        "_include typed",
                        PATIENT_READER,
                        search("Patient", "_include", "Patient:organization:Organization"),
                        SCOPE),
                Arguments.of(
                        "_include resolved",
                        "system/CarePlan.rs system/Patient.r",
                        search("CarePlan", "_include", "CarePlan:subject"),
                        SCOPE),
                Arguments.of(
                        "_include resolved ok",
                        "system/CarePlan.rs system/Patient.r system/Group.r",
                        search("CarePlan", "_include", "CarePlan:subject"),
                        ALLOWED),
                Arguments.of("_include *", "system/CarePlan.rs", search("CarePlan", "_include", "*"), SCOPE),
                Arguments.of(
                        "_has Task", PATIENT_READER, search("Patient", "_has:Task:patient:status", "requested"), SCOPE),
                Arguments.of(
                        "_has Task ok",
                        PATIENT_READER + " system/Task.s",
                        search("Patient", "_has:Task:patient:status", "requested"),
                        ALLOWED),
                Arguments.of(
                        "chain typed", "system/CarePlan.rs", search("CarePlan", "subject:Patient.name", "x"), SCOPE),
                Arguments.of(
                        "chain resolved",
                        "system/Task.rs system/Organization.s",
                        search("Task", "owner.name", "x"),
                        SCOPE),
                Arguments.of(
                        "chain resolved ok",
                        "system/Task.rs system/Organization.s system/Practitioner.s",
                        search("Task", "owner.name", "x"),
                        ALLOWED),
                Arguments.of("_filter", PATIENT_READER, search("Patient", "_filter", "name eq x"), SCOPE),
                Arguments.of("plain parameter", PATIENT_READER, search("Patient", "identifier", "a|b"), ALLOWED),
                // conformance resources
                Arguments.of("read SD", PATIENT_READER, i(Kind.READ, "StructureDefinition"), ALLOWED),
                Arguments.of("search ValueSet", PATIENT_READER, i(Kind.SEARCH_TYPE, "ValueSet"), ALLOWED),
                Arguments.of("write SD", FULL, i(Kind.CREATE, "StructureDefinition"), ADMIN),
                Arguments.of("update CodeSystem", FULL, i(Kind.UPDATE, "CodeSystem"), ADMIN),
                Arguments.of("delete ValueSet", FULL, i(Kind.DELETE, "ValueSet"), ADMIN),
                // validate, meta, operations
                Arguments.of("$validate with c", "system/Patient.c", i(Kind.VALIDATE, "Patient"), ALLOWED),
                Arguments.of("$validate read-only", PATIENT_READER, i(Kind.VALIDATE, "Patient"), SCOPE),
                Arguments.of(
                        "$validate instance needs r",
                        "system/Patient.u",
                        new Interaction(Kind.VALIDATE, "Patient", true, false, "$validate", Map.of()),
                        SCOPE),
                Arguments.of(
                        "$meta instance",
                        PATIENT_READER,
                        new Interaction(Kind.META, "Patient", true, false, "$meta", Map.of()),
                        ALLOWED),
                Arguments.of("$meta system", FULL, i(Kind.META, null), ADMIN),
                Arguments.of("$meta type", FULL, i(Kind.META, "Patient"), ADMIN),
                Arguments.of("$meta-add", FULL, i(Kind.META_WRITE, "Patient"), ADMIN),
                Arguments.of("$everything narrow", PATIENT_READER, op("Patient", true, "$everything"), SCOPE),
                Arguments.of("$everything wide", "system/*.rs", op("Patient", true, "$everything"), ALLOWED),
                Arguments.of("$expand", PATIENT_READER, op("ValueSet", false, "$expand"), ALLOWED),
                Arguments.of("$expunge", FULL, op(null, false, "$expunge"), ADMIN),
                Arguments.of(
                        "$closed-loop-report with Task.s",
                        "system/Task.s",
                        op("Task", false, "$closed-loop-report"),
                        ALLOWED),
                Arguments.of(
                        "$closed-loop-report without Task.s",
                        PATIENT_READER,
                        op("Task", false, "$closed-loop-report"),
                        SCOPE),
                Arguments.of(
                        "$closed-loop-report on an instance", FULL, op("Task", true, "$closed-loop-report"), ADMIN),
                Arguments.of(
                        "$mark-all-resources-for-reindexing",
                        FULL,
                        op(null, false, "$mark-all-resources-for-reindexing"),
                        ADMIN),
                Arguments.of("$get-resource-counts", FULL, op(null, false, "$get-resource-counts"), ADMIN),
                Arguments.of("$hapi.fhir.merge", FULL, op("Patient", false, "$merge"), ADMIN),
                // audit operations: the scope gate admits them, the audit feature checks custodian/auditor
                Arguments.of("$disclosures as a reader", PATIENT_READER, op("Patient", true, "$disclosures"), ALLOWED),
                Arguments.of(
                        "$disclosures as an auditor",
                        "system/AuditEvent.rs",
                        op("Patient", true, "$disclosures"),
                        ALLOWED),
                Arguments.of(
                        "$disclosures without either", "system/Task.rs", op("Patient", true, "$disclosures"), SCOPE),
                Arguments.of("$disclosures on a type", FULL, op("Patient", false, "$disclosures"), ADMIN),
                Arguments.of(
                        "$verify-chain as an auditor",
                        "system/AuditEvent.rs",
                        op("AuditEvent", false, "$verify-chain"),
                        ALLOWED),
                Arguments.of(
                        "$verify-chain as a reader", PATIENT_READER, op("AuditEvent", false, "$verify-chain"), SCOPE),
                Arguments.of("GraphQL", FULL, i(Kind.GRAPHQL, null), ADMIN),
                Arguments.of("metadata", PATIENT_READER, i(Kind.METADATA, null), ALLOWED),
                Arguments.of("paging", PATIENT_READER, i(Kind.GET_PAGE, null), ALLOWED),
                Arguments.of("unknown", FULL, i(Kind.UNKNOWN, null), SCOPE));
    }

    @ParameterizedTest(name = "{0}: {1} -> {3}")
    @MethodSource("table")
    void decide(String name, String scopes, Interaction interaction, String expected) {
        ScopeDecision decision = POLICY.decide(caller(scopes), interaction);

        if (ALLOWED.equals(expected)) {
            assertThat(decision.allowed()).as(decision.reason()).isTrue();
        } else {
            assertThat(decision.allowed()).as(decision.reason()).isFalse();
            assertThat(decision.code().code()).isEqualTo(expected);
            assertThat(decision.reason()).isNotBlank();
        }
    }

    @Test
    void refusal_namesTheMissingScope() {
        ScopeDecision decision = POLICY.decide(caller(PATIENT_READER), i(Kind.READ, "Task"));

        assertThat(decision.reason()).contains("system/Task.r");
    }

    @Test
    void allowance_namesTheScopeThatAllowedIt() {
        ScopeDecision decision = POLICY.decide(caller("system/Task.rs system/*.rs"), i(Kind.READ, "Task"));

        assertThat(decision.reason()).isEqualTo("system/Task.rs");
    }

    @Test
    void administrator_mayDoEverything() {
        Caller admin = new Caller(true, true, SmartScopes.none());

        assertThat(POLICY.decide(admin, op(null, false, "$expunge")).allowed()).isTrue();
        assertThat(POLICY.decide(admin, i(Kind.CREATE, "StructureDefinition")).allowed())
                .isTrue();
    }

    @Test
    void anonymous_mayOnlyReadConformanceResources() {
        Caller anonymous = Caller.anonymous();

        assertThat(POLICY.decide(anonymous, i(Kind.SEARCH_TYPE, "StructureDefinition"))
                        .allowed())
                .isTrue();
        assertThat(POLICY.decide(anonymous, i(Kind.METADATA, null)).allowed()).isTrue();
        assertThat(POLICY.decide(anonymous, i(Kind.READ, "Patient")).allowed()).isFalse();
        assertThat(POLICY.decide(anonymous, search("ValueSet", "_revinclude", "Task:focus"))
                        .allowed())
                .isFalse();
        assertThat(POLICY.decide(anonymous, op("ValueSet", false, "$expand")).allowed())
                .isFalse();
        assertThat(POLICY.decide(anonymous, i(Kind.GET_PAGE, null)).allowed()).isFalse();
    }

    private static Caller caller(String scopes) {
        return new Caller(true, false, SmartScopes.parse(scopes));
    }
}
