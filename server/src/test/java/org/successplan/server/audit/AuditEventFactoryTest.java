package org.successplan.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.successplan.server.audit.Records.AGENCY;
import static org.successplan.server.audit.Records.LEO;
import static org.successplan.server.audit.Records.MAYA;
import static org.successplan.server.audit.Records.SCHOOL;
import static org.successplan.server.audit.Records.by;
import static org.successplan.server.audit.Records.need;
import static org.successplan.server.audit.Records.patient;

import ca.uhn.fhir.context.FhirContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.successplan.server.consent.AccessBasis;
import org.successplan.server.consent.AccessDecision;

/**
 * From a captured request to the AuditEvent: which records were disclosed, on which basis, with the
 * consent decisions when the consent feature took them and this server's own knowledge when not.
 */
class AuditEventFactoryTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final AuditEventFactory FACTORY = new AuditEventFactory("node-1");
    static final Map<String, String> CUSTODIANS = Map.of(MAYA, SCHOOL, LEO, "Organization/other-school");

    static AuditEvent build(AuditRecord record) {
        return FACTORY.build(record, CUSTODIANS);
    }

    static AuditEventEntityComponent entity(AuditEvent event, String id) {
        return event.getEntity().stream()
                .filter(e -> e.getWhat().hasReference()
                        && AuditEventFactory.versionless(e.getWhat().getReference())
                                .equals(id)
                        && AuditIndex.is(e.getRole(), AuditCodes.OBJECT_ROLE, AuditCodes.ROLE_DOMAIN_RESOURCE))
                .findFirst()
                .orElseThrow();
    }

    // ---- the basis table when no consent decision was recorded ---------------------------------

    static Stream<Arguments> withoutDecisions() {
        SeenResource byAgency = new SeenResource(
                "Procedure/p1", "1", "Procedure", List.of(MAYA), null, Set.of("food"), List.of(), Set.of(AGENCY));
        return Stream.of(
                Arguments.of(
                        "custodian reads",
                        by(SCHOOL).returned(need("Condition/c1", MAYA)),
                        "Condition/c1",
                        "CUSTODIAN",
                        AuditCodes.ACCESSED),
                Arguments.of(
                        "author reads its record",
                        by(AGENCY).returned(byAgency),
                        "Procedure/p1",
                        "AUTHOR",
                        AuditCodes.ACCESSED),
                Arguments.of(
                        "another organization reads",
                        by(AGENCY).returned(need("Condition/c1", MAYA)),
                        "Condition/c1",
                        null,
                        AuditCodes.DISCLOSED),
                Arguments.of(
                        "emergency access",
                        by(AGENCY).emergency("unconscious").returned(need("Condition/c1", MAYA)),
                        "Condition/c1",
                        "EMERGENCY",
                        AuditCodes.DISCLOSED),
                Arguments.of(
                        "unknown custodian counts as another",
                        by(AGENCY).returned(need("Condition/c9", "Patient/unknown")),
                        "Condition/c9",
                        null,
                        AuditCodes.DISCLOSED),
                Arguments.of(
                        "not a student record",
                        by(AGENCY).returned(Records.organization("Organization/x")),
                        "Organization/x",
                        "NOT_STUDENT_RECORD",
                        AuditCodes.ACCESSED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutDecisions")
    void withoutConsentDecisions_theServerDecidesTheBasis(
            String name, Records.Builder record, String id, String basis, String lifecycle) {
        AuditEvent event = build(record.build());

        AuditEventEntityComponent entity = entity(event, id);
        assertThat(AuditIndex.detail(entity, AuditCodes.DETAIL_BASIS)).isEqualTo(basis);
        assertThat(entity.getLifecycle().getCode()).isEqualTo(lifecycle);
    }

    @Test
    void consentDecision_namesTheConsent_andMarksTheDisclosure() {
        AuditRecord record = by(AGENCY)
                .search()
                .returned(need("Condition/c1", MAYA, "food"))
                .decision(new AccessDecision("Condition/c1", MAYA, AccessBasis.CONSENT, "Consent/9", "permit food"))
                .build();

        AuditEvent event = build(record);

        AuditEventEntityComponent condition = entity(event, "Condition/c1");
        assertThat(condition.getLifecycle().getCode()).isEqualTo(AuditCodes.DISCLOSED);
        assertThat(condition.getWhat().getReference()).isEqualTo("Condition/c1/_history/2");
        assertThat(AuditIndex.detail(condition, AuditCodes.DETAIL_BASIS)).isEqualTo("CONSENT");
        assertThat(AuditIndex.detail(condition, AuditCodes.DETAIL_CONSENT)).isEqualTo("Consent/9");
        assertThat(AuditIndex.details(condition, AuditCodes.DETAIL_NEED_DOMAIN)).containsExactly("food");
        assertThat(condition.getSecurityLabelFirstRep().getCode()).isEqualTo("N");
        assertThat(event.getEntity()).anySatisfy(e -> {
            assertThat(e.getWhat().getReference()).isEqualTo("Consent/9");
            assertThat(e.getRole().getCode()).isEqualTo(AuditCodes.ROLE_SECURITY_RESOURCE);
        });
        assertThat(AuditIndex.studentsOf(event)).containsExactly(new AuditIndex.StudentRow(MAYA, SCHOOL, true));
    }

    @Test
    void consentDecision_winsOverTheServersOwnGuess() {
        AuditRecord record = by(AGENCY)
                .returned(need("Condition/c1", MAYA))
                .decision(new AccessDecision("Condition/c1", MAYA, AccessBasis.AUTHOR, null, "wrote it"))
                .build();

        AuditEventEntityComponent condition = entity(build(record), "Condition/c1");

        assertThat(AuditIndex.detail(condition, AuditCodes.DETAIL_BASIS)).isEqualTo("AUTHOR");
        assertThat(condition.getLifecycle().getCode()).isEqualTo(AuditCodes.ACCESSED);
    }

    @Test
    void withheldRecords_areListedWithTheirStudent_butNotDisclosed() {
        AuditRecord record = by(AGENCY)
                .search()
                .returned(need("Condition/c1", MAYA, "food"))
                .decision(new AccessDecision("Condition/c1", MAYA, AccessBasis.CONSENT, "Consent/9", "permit"))
                .decision(new AccessDecision("Condition/c2", LEO, AccessBasis.DENIED, null, "no consent names agency"))
                .build();

        AuditEvent event = build(record);

        AuditEventEntityComponent withheld = entity(event, "Condition/c2");
        assertThat(withheld.hasLifecycle()).isFalse();
        assertThat(AuditIndex.detail(withheld, AuditCodes.DETAIL_BASIS)).isEqualTo("DENIED");
        assertThat(AuditIndex.detail(withheld, AuditCodes.DETAIL_EXPLANATION)).contains("no consent");
        assertThat(AuditIndex.studentsOf(event))
                .containsExactly(
                        new AuditIndex.StudentRow(LEO, "Organization/other-school", false),
                        new AuditIndex.StudentRow(MAYA, SCHOOL, true));
    }

    @Test
    void searchAcrossStudents_recordsEachStudentWithItsCustodian() {
        AuditRecord record = by(SCHOOL)
                .search()
                .returned(
                        patient(MAYA, SCHOOL),
                        patient(LEO, "Organization/other-school"),
                        patient("Patient/ana", SCHOOL))
                .build();

        AuditEvent event = build(record);

        assertThat(AuditIndex.studentsOf(event))
                .extracting(AuditIndex.StudentRow::student)
                .containsExactly("Patient/ana", LEO, MAYA);
        assertThat(AuditIndex.studentsOf(event))
                .filteredOn(AuditIndex.StudentRow::disclosure)
                .extracting(AuditIndex.StudentRow::student)
                .containsExactly(LEO);
    }

    @Test
    void failedRequest_showsNothing_butNamesItsTargetStudent() {
        AuditRecord record = by(AGENCY).status(403).target(MAYA).build();

        AuditEvent event = build(record);

        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
        assertThat(event.getOutcomeDesc()).isEqualTo("HTTP 403 SSP-AUTH-002: refused");
        assertThat(event.getEntity()).noneMatch(e -> e.hasLifecycle());
        assertThat(AuditIndex.studentsOf(event)).containsExactly(new AuditIndex.StudentRow(MAYA, SCHOOL, false));
    }

    @Test
    void writeResponse_isListedOnce_asWritten() {
        SeenResource created = need("Condition/c5", MAYA);
        AuditRecord record =
                by(SCHOOL).returned(created).wrote(created, AuditCodes.CREATED).build();

        AuditEvent event = build(record);

        assertThat(event.getEntity())
                .filteredOn(e -> e.hasWhat()
                        && "Condition/c5/_history/2".equals(e.getWhat().getReference()))
                .singleElement()
                .satisfies(e -> assertThat(e.getLifecycle().getCode()).isEqualTo(AuditCodes.CREATED));
    }

    @Test
    void emergencyAccess_recordsBreakTheGlassWithItsReason() {
        AuditEvent event = build(by(AGENCY)
                .emergency("seizure at practice")
                .returned(need("Condition/c1", MAYA))
                .build());

        assertThat(event.getPurposeOfEventFirstRep().getCodingFirstRep().getSystem())
                .isEqualTo(AuditCodes.ACT_REASON);
        assertThat(event.getPurposeOfEventFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("BTG");
        assertThat(event.getPurposeOfEventFirstRep().getText()).isEqualTo("Emergency access: seizure at practice");
        assertThat(AuditIndex.columnsOf(event).emergency()).isTrue();
    }

    @Test
    void agents_nameOrganizationClientAndServer() {
        AuditEvent event = build(by(AGENCY).purpose("referral-fulfillment").build());

        assertThat(AuditIndex.requestor(event)).isEqualTo(AGENCY);
        assertThat(AuditIndex.client(event)).isEqualTo("client-of-agency");
        assertThat(event.getAgent()).hasSize(3);
        assertThat(event.getAgentFirstRep()
                        .getPurposeOfUseFirstRep()
                        .getCodingFirstRep()
                        .getSystem())
                .isEqualTo(AuditCodes.PURPOSE);
        assertThat(event.getSource().getSite()).isEqualTo("node-1");
    }

    @Test
    void theStoredJson_yieldsTheSameIndex() {
        AuditRecord record = by(AGENCY)
                .search()
                .returned(need("Condition/c1", MAYA, "food"), patient(LEO, "Organization/other-school"))
                .decision(new AccessDecision("Condition/c1", MAYA, AccessBasis.CONSENT, "Consent/9", "permit"))
                .build();
        AuditEvent built = build(record);

        AuditEvent parsed = FHIR.newJsonParser()
                .parseResource(AuditEvent.class, FHIR.newJsonParser().encodeResourceToString(built));

        assertThat(AuditIndex.columnsOf(parsed)).isEqualTo(AuditIndex.columnsOf(built));
        assertThat(AuditIndex.studentsOf(parsed)).isEqualTo(AuditIndex.studentsOf(built));
        assertThat(AuditIndex.columnsOf(parsed).recorded()).isEqualTo(record.recorded());
    }

    @Test
    void knownCustodians_comeFromPatientsShownOrWritten() {
        AuditRecord record = by(SCHOOL)
                .returned(patient(MAYA, SCHOOL))
                .wrote(patient(LEO, AGENCY), AuditCodes.AMENDED)
                .target("Patient/zoe")
                .build();

        assertThat(AuditEventFactory.knownCustodians(record))
                .isEqualTo(new HashMap<>(Map.of(MAYA, SCHOOL, LEO, AGENCY)));
        assertThat(AuditEventFactory.studentsConcerned(record)).containsExactly(LEO, MAYA, "Patient/zoe");
    }
}
