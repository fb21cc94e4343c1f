package org.successplan.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.successplan.server.audit.Records.AGENCY;
import static org.successplan.server.audit.Records.LEO;
import static org.successplan.server.audit.Records.MAYA;
import static org.successplan.server.audit.Records.SCHOOL;
import static org.successplan.server.audit.Records.by;
import static org.successplan.server.audit.Records.patient;

import java.util.Map;
import org.hl7.fhir.r4.model.AuditEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.successplan.server.security.RequestIdentity;
import org.successplan.server.security.SmartScopes;

/** Who reads which audit records: auditors everything, custodians their students', nobody else anything. */
class AuditAccessTest {

    static final String OTHER_SCHOOL = "Organization/other-school";

    static RequestIdentity client(String organization, String scopes, boolean admin) {
        return new RequestIdentity("c", organization, SmartScopes.parse(scopes), admin, "https://issuer");
    }

    @ParameterizedTest(name = "{0} admin={1} -> auditor {2}")
    @CsvSource({
        "system/AuditEvent.rs, false, true",
        "system/AuditEvent.r, false, true",
        "system/AuditEvent.read, false, true",
        "system/*.rs, false, false",
        "system/*.cruds, false, false",
        "system/Patient.rs, false, false",
        "system/Patient.rs, true, true"
    })
    void auditors_areOperatorsOrClientsGrantedAuditEventByName(String scopes, boolean admin, boolean auditor) {
        assertThat(AuditAccess.isAuditor(client(SCHOOL, scopes, admin))).isEqualTo(auditor);
    }

    @Test
    void visibility_followsTheCustodiansOfTheStudentsConcerned() {
        AuditEvent aboutMaya = new AuditEventFactory("n")
                .build(by(AGENCY).returned(patient(MAYA, SCHOOL)).build(), Map.of());
        AuditEvent aboutBoth = new AuditEventFactory("n")
                .build(
                        by(AGENCY)
                                .search()
                                .returned(patient(MAYA, SCHOOL), patient(LEO, OTHER_SCHOOL))
                                .build(),
                        Map.of());
        AuditEvent aboutNobody =
                new AuditEventFactory("n").build(by(AGENCY).status(401).build(), Map.of());

        RequestIdentity school = client(SCHOOL, "system/*.rs", false);
        assertThat(AuditAccess.visibility(school, aboutMaya)).isEqualTo(AuditAccess.Visibility.FULL);
        assertThat(AuditAccess.visibility(school, aboutBoth)).isEqualTo(AuditAccess.Visibility.MASKED);
        assertThat(AuditAccess.visibility(school, aboutNobody)).isEqualTo(AuditAccess.Visibility.HIDDEN);
        RequestIdentity agency = client(AGENCY, "system/*.rs", false);
        assertThat(AuditAccess.visibility(agency, aboutMaya)).isEqualTo(AuditAccess.Visibility.HIDDEN);
        assertThat(AuditAccess.visibility(null, aboutMaya)).isEqualTo(AuditAccess.Visibility.HIDDEN);
        RequestIdentity auditor = client(AGENCY, "system/AuditEvent.rs", false);
        assertThat(AuditAccess.visibility(auditor, aboutNobody)).isEqualTo(AuditAccess.Visibility.FULL);
    }

    @Test
    void maskedCopy_dropsOtherCustodiansStudentsAndTheQuery() {
        AuditEvent aboutBoth = new AuditEventFactory("n")
                .build(
                        by(AGENCY)
                                .search()
                                .returned(patient(MAYA, SCHOOL), patient(LEO, OTHER_SCHOOL))
                                .build(),
                        Map.of());

        AuditEvent masked = AuditAccess.maskFor(aboutBoth, SCHOOL);

        assertThat(AuditIndex.studentsOf(masked))
                .extracting(AuditIndex.StudentRow::student)
                .containsExactly(MAYA);
        String json =
                ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser().encodeResourceToString(masked);
        assertThat(json).doesNotContain(LEO).doesNotContain("subject=");
        assertThat(masked.getMeta().getSecurityFirstRep().getCode()).isEqualTo("REDACTED");
        assertThat(AuditIndex.studentsOf(aboutBoth)).hasSize(2);
    }
}
