package org.successplan.server.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.successplan.server.consent.SharingConsent.Grant;

/** The consent decision table: consent shapes × requests → basis. */
class ConsentPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    static final String STUDENT = "Patient/maya";
    static final String SCHOOL = "Organization/school";
    static final String FOOD_BANK = "Organization/food-bank";
    static final String CLINIC = "Organization/clinic";
    static final String TEAM = "CareTeam/maya-team";

    /** The example story's consent: the food bank, for referral work and support, needs/goals/... in the food domain, N, MH/SDV/SPED denied. */
    static Grant foodBankGrant() {
        return new Grant(
                Set.of(FOOD_BANK),
                Set.of("referral-fulfillment", "student-support"),
                Set.of("access"),
                LocalDate.of(2025, 9, 22),
                LocalDate.of(2026, 6, 30),
                Set.of("demographics", "needs", "goals", "referrals", "services"),
                Set.of("food"),
                Confidentiality.N,
                Set.of(),
                Set.of("MH", "SDV", "SPED"));
    }

    static SharingConsent consent(String id, Grant... grants) {
        return new SharingConsent(id, STUDENT, true, null, null, List.of(grants));
    }

    static StudentRecord need(String domain, String... labels) {
        return record("Condition/1", "Condition", Set.of("needs"), Set.of(domain), Confidentiality.N, labels);
    }

    static StudentRecord record(
            String id,
            String type,
            Set<String> classes,
            Set<String> domains,
            Confidentiality confidentiality,
            String... labels) {
        return new StudentRecord(
                id, type, STUDENT, SCHOOL, Set.of(SCHOOL), classes, domains, confidentiality, Set.of(labels), Set.of());
    }

    static Requester foodBank() {
        return new Requester(FOOD_BANK, Set.of(), "referral-fulfillment", null);
    }

    static Stream<Arguments> cases() {
        SharingConsent standard = consent("Consent/food", foodBankGrant());
        return Stream.of(
                row(
                        "custodian reads anything",
                        new Requester(SCHOOL, Set.of(), "student-support", null),
                        need("mental-health", "MH"),
                        List.of(),
                        AccessBasis.CUSTODIAN),
                row(
                        "author reads its own record",
                        foodBank(),
                        authoredBy(need("academic"), FOOD_BANK),
                        List.of(),
                        AccessBasis.AUTHOR),
                row(
                        "consented agency reads a food need",
                        foodBank(),
                        need("food"),
                        List.of(standard),
                        AccessBasis.CONSENT),
                row(
                        "consented agency does not read an academic need",
                        foodBank(),
                        need("academic"),
                        List.of(standard),
                        AccessBasis.DENIED),
                row(
                        "demographics carry no need domain: class decides",
                        foodBank(),
                        record("Patient/maya", "Patient", Set.of("demographics"), Set.of(), Confidentiality.N),
                        List.of(standard),
                        AccessBasis.CONSENT),
                row(
                        "a class the consent does not name",
                        foodBank(),
                        record("CarePlan/1", "CarePlan", Set.of("plan"), Set.of(), Confidentiality.N),
                        List.of(standard),
                        AccessBasis.DENIED),
                row(
                        "a resource type named as class",
                        foodBank(),
                        record("CarePlan/1", "CarePlan", Set.of("plan"), Set.of(), Confidentiality.N),
                        List.of(consent(
                                "Consent/t",
                                with(foodBankGrant(), g -> grant(g, Set.of("CarePlan"), g.needDomains())))),
                        AccessBasis.CONSENT),
                row(
                        "another purpose",
                        new Requester(FOOD_BANK, Set.of(), "program-evaluation", null),
                        need("food"),
                        List.of(standard),
                        AccessBasis.DENIED),
                row(
                        "revoked consent",
                        foodBank(),
                        need("food"),
                        List.of(new SharingConsent(
                                "Consent/food", STUDENT, false, null, null, List.of(foodBankGrant()))),
                        AccessBasis.DENIED),
                row(
                        "grant period over",
                        foodBank(),
                        need("food"),
                        List.of(consent(
                                "Consent/old",
                                with(
                                        foodBankGrant(),
                                        g -> period(g, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 6, 30))))),
                        AccessBasis.DENIED),
                row(
                        "consent period not started",
                        foodBank(),
                        need("food"),
                        List.of(new SharingConsent(
                                "Consent/next",
                                STUDENT,
                                true,
                                LocalDate.of(2026, 8, 1),
                                null,
                                List.of(foodBankGrant()))),
                        AccessBasis.DENIED),
                row(
                        "a denied label wins over the domain",
                        foodBank(),
                        need("food", "MH"),
                        List.of(standard),
                        AccessBasis.DENIED),
                row(
                        "a sensitive label not released explicitly",
                        foodBank(),
                        need("food", "PSY"),
                        List.of(standard),
                        AccessBasis.DENIED),
                row(
                        "a sensitive label released explicitly",
                        foodBank(),
                        need("food", "PSY"),
                        List.of(consent("Consent/psy", with(foodBankGrant(), g -> labels(g, Set.of("PSY"), Set.of())))),
                        AccessBasis.CONSENT),
                row(
                        "restricted record above the ceiling",
                        foodBank(),
                        record("Condition/2", "Condition", Set.of("needs"), Set.of("food"), Confidentiality.R),
                        List.of(standard),
                        AccessBasis.DENIED),
                row(
                        "restricted record within a raised ceiling",
                        foodBank(),
                        record("Condition/2", "Condition", Set.of("needs"), Set.of("food"), Confidentiality.R),
                        List.of(consent("Consent/r", with(foodBankGrant(), g -> ceiling(g, Confidentiality.R)))),
                        AccessBasis.CONSENT),
                row(
                        "recipient through a team it belongs to",
                        new Requester(CLINIC, Set.of(TEAM), "referral-fulfillment", null),
                        need("food"),
                        List.of(consent("Consent/team", with(foodBankGrant(), g -> actors(g, Set.of(TEAM))))),
                        AccessBasis.CONSENT),
                row(
                        "an organization no consent names",
                        new Requester(CLINIC, Set.of(), "referral-fulfillment", null),
                        need("food"),
                        List.of(standard),
                        AccessBasis.DENIED),
                row(
                        "another student's consent",
                        foodBank(),
                        need("food"),
                        List.of(new SharingConsent(
                                "Consent/other", "Patient/other", true, null, null, List.of(foodBankGrant()))),
                        AccessBasis.DENIED),
                row(
                        "one consent denies, another permits",
                        foodBank(),
                        need("food"),
                        List.of(consent("Consent/a", with(foodBankGrant(), g -> actors(g, Set.of(CLINIC)))), standard),
                        AccessBasis.CONSENT),
                row(
                        "emergency when nothing else permits",
                        new Requester(CLINIC, Set.of(), "BTG", "unconscious at school"),
                        need("mental-health", "MH"),
                        List.of(),
                        AccessBasis.EMERGENCY),
                row("no consents at all", foodBank(), need("food"), List.of(), AccessBasis.DENIED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decides(
            String name,
            Requester requester,
            StudentRecord record,
            List<SharingConsent> consents,
            AccessBasis expected) {
        AccessDecision decision = ConsentPolicy.decide(requester, record, consents, ConsentAction.ACCESS, TODAY);

        assertThat(decision.basis()).as(decision.explanation()).isEqualTo(expected);
        assertThat(decision.resource()).isEqualTo(record.resource());
        assertThat(decision.student()).isEqualTo(STUDENT);
        assertThat(decision.explanation()).isNotBlank();
    }

    @Test
    void permit_namesTheConsentThatAllowedIt() {
        SharingConsent other = consent("Consent/clinic", with(foodBankGrant(), g -> actors(g, Set.of(CLINIC))));
        SharingConsent standard = consent("Consent/food", foodBankGrant());

        AccessDecision decision =
                ConsentPolicy.decide(foodBank(), need("food"), List.of(other, standard), ConsentAction.ACCESS, TODAY);

        assertThat(decision.consent()).isEqualTo("Consent/food");
    }

    @Test
    void denial_explainsTheClosestMiss() {
        AccessDecision decision = ConsentPolicy.decide(
                foodBank(),
                need("food", "MH"),
                List.of(consent("Consent/food", foodBankGrant())),
                ConsentAction.ACCESS,
                TODAY);

        assertThat(decision.explanation()).contains("Consent/food").contains("MH");
    }

    @Test
    void writing_needsACollectPermission() {
        SharingConsent accessOnly = consent("Consent/food", foodBankGrant());
        SharingConsent collect =
                consent("Consent/collect", with(foodBankGrant(), g -> actions(g, Set.of("access", "collect"))));
        SharingConsent anyAction = consent("Consent/any", with(foodBankGrant(), g -> actions(g, Set.of())));

        assertThat(ConsentPolicy.decide(foodBank(), need("food"), List.of(accessOnly), ConsentAction.COLLECT, TODAY)
                        .basis())
                .isEqualTo(AccessBasis.DENIED);
        assertThat(ConsentPolicy.decide(foodBank(), need("food"), List.of(collect), ConsentAction.COLLECT, TODAY)
                        .basis())
                .isEqualTo(AccessBasis.CONSENT);
        assertThat(ConsentPolicy.decide(foodBank(), need("food"), List.of(anyAction), ConsentAction.COLLECT, TODAY)
                        .basis())
                .isEqualTo(AccessBasis.CONSENT);
    }

    @Test
    void consentRecord_isReadableByTheOrganizationsItNames_only() {
        StudentRecord theConsent = new StudentRecord(
                "Consent/food",
                "Consent",
                STUDENT,
                SCHOOL,
                Set.of(SCHOOL),
                Set.of(),
                Set.of(),
                Confidentiality.N,
                Set.of(),
                Set.of(FOOD_BANK));

        assertThat(ConsentPolicy.decide(foodBank(), theConsent, List.of(), ConsentAction.ACCESS, TODAY)
                        .basis())
                .isEqualTo(AccessBasis.CONSENT);
        assertThat(ConsentPolicy.decide(
                                new Requester(CLINIC, Set.of(), "referral-fulfillment", null),
                                theConsent,
                                List.of(),
                                ConsentAction.ACCESS,
                                TODAY)
                        .basis())
                .isEqualTo(AccessBasis.DENIED);
        assertThat(ConsentPolicy.decide(foodBank(), theConsent, List.of(), ConsentAction.COLLECT, TODAY)
                        .basis())
                .as("naming an organization does not let it change the consent")
                .isEqualTo(AccessBasis.DENIED);
    }

    @Test
    void emergency_isNotUsedWhenAConsentPermits() {
        Requester declaredEmergency = new Requester(FOOD_BANK, Set.of(), "referral-fulfillment", "flood");

        assertThat(ConsentPolicy.decide(
                                declaredEmergency,
                                need("food"),
                                List.of(consent("Consent/food", foodBankGrant())),
                                ConsentAction.ACCESS,
                                TODAY)
                        .basis())
                .isEqualTo(AccessBasis.CONSENT);
    }

    // -- fixtures ---------------------------------------------------------------------------------

    private static Arguments row(
            String name,
            Requester requester,
            StudentRecord record,
            List<SharingConsent> consents,
            AccessBasis expected) {
        return Arguments.of(name, requester, record, consents, expected);
    }

    private static StudentRecord authoredBy(StudentRecord record, String author) {
        return new StudentRecord(
                record.resource(),
                record.type(),
                record.student(),
                record.custodian(),
                Set.of(author),
                record.dataClasses(),
                record.needDomains(),
                record.confidentiality(),
                record.sensitivityLabels(),
                record.recipients());
    }

    private static Grant with(Grant grant, UnaryOperator<Grant> change) {
        return change.apply(grant);
    }

    private static Grant grant(Grant g, Set<String> classes, Set<String> domains) {
        return new Grant(
                g.actors(),
                g.purposes(),
                g.actions(),
                g.start(),
                g.end(),
                classes,
                domains,
                g.ceiling(),
                g.permittedLabels(),
                g.deniedLabels());
    }

    private static Grant period(Grant g, LocalDate start, LocalDate end) {
        return new Grant(
                g.actors(),
                g.purposes(),
                g.actions(),
                start,
                end,
                g.dataClasses(),
                g.needDomains(),
                g.ceiling(),
                g.permittedLabels(),
                g.deniedLabels());
    }

    private static Grant labels(Grant g, Set<String> permitted, Set<String> denied) {
        return new Grant(
                g.actors(),
                g.purposes(),
                g.actions(),
                g.start(),
                g.end(),
                g.dataClasses(),
                g.needDomains(),
                g.ceiling(),
                permitted,
                denied);
    }

    private static Grant ceiling(Grant g, Confidentiality ceiling) {
        return new Grant(
                g.actors(),
                g.purposes(),
                g.actions(),
                g.start(),
                g.end(),
                g.dataClasses(),
                g.needDomains(),
                ceiling,
                g.permittedLabels(),
                g.deniedLabels());
    }

    private static Grant actors(Grant g, Set<String> actors) {
        return new Grant(
                actors,
                g.purposes(),
                g.actions(),
                g.start(),
                g.end(),
                g.dataClasses(),
                g.needDomains(),
                g.ceiling(),
                g.permittedLabels(),
                g.deniedLabels());
    }

    private static Grant actions(Grant g, Set<String> actions) {
        return new Grant(
                g.actors(),
                g.purposes(),
                actions,
                g.start(),
                g.end(),
                g.dataClasses(),
                g.needDomains(),
                g.ceiling(),
                g.permittedLabels(),
                g.deniedLabels());
    }
}
