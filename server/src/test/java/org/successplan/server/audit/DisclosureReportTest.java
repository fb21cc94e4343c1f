package org.successplan.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.successplan.server.audit.Records.AGENCY;
import static org.successplan.server.audit.Records.LEO;
import static org.successplan.server.audit.Records.MAYA;
import static org.successplan.server.audit.Records.SCHOOL;
import static org.successplan.server.audit.Records.by;
import static org.successplan.server.audit.Records.need;
import static org.successplan.server.audit.Records.patient;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.successplan.server.consent.AccessBasis;
import org.successplan.server.consent.AccessDecision;

/** The record of disclosures of one student, from AuditEvents, as FHIR and as CSV. */
class DisclosureReportTest {

    static final AuditEventFactory FACTORY = new AuditEventFactory("n");

    static AuditEvent event(Records.Builder record) {
        return FACTORY.build(record.build(), Map.of(MAYA, SCHOOL, LEO, SCHOOL));
    }

    static DisclosureReport report(AuditEvent... events) {
        return DisclosureReport.of(MAYA, List.of(events), org -> org.equals(AGENCY) ? "Eastside, \"Food\" Bank" : null);
    }

    @Test
    void oneLinePerDisclosingRequest_withWhatWhoWhyAndBasis() {
        AuditEvent consented = event(by(AGENCY)
                .search()
                .purpose("referral-fulfillment")
                .returned(
                        need("Condition/c1", MAYA, "food"),
                        need("Condition/c2", MAYA, "food", "housing"),
                        need("Condition/c3", LEO, "academic"))
                .decision(new AccessDecision("Condition/c1", MAYA, AccessBasis.CONSENT, "Consent/9", "permit"))
                .decision(new AccessDecision("Condition/c2", MAYA, AccessBasis.CONSENT, "Consent/9", "permit"))
                .decision(new AccessDecision("Condition/c3", LEO, AccessBasis.CONSENT, "Consent/4", "permit")));

        DisclosureReport.Line line = report(consented).lines().get(0);

        assertThat(line.recipient()).isEqualTo(AGENCY);
        assertThat(line.recipientName()).isEqualTo("Eastside, \"Food\" Bank");
        assertThat(line.client()).isEqualTo("client-of-agency");
        assertThat(line.purpose()).isEqualTo("referral-fulfillment");
        assertThat(line.resourceTypes()).containsExactly("Condition");
        assertThat(line.needDomains()).containsExactly("food", "housing");
        assertThat(line.resources()).containsExactly("Condition/c1", "Condition/c2");
        assertThat(line.bases()).containsExactly("CONSENT");
        assertThat(line.consents()).containsExactly("Consent/9");
        assertThat(line.emergencyReason()).isNull();
        assertThat(line.date()).isEqualTo(Instant.parse("2026-03-02T10:15:30.123Z"));
    }

    @Test
    void custodianReadsAndWithheldRecords_areNotDisclosures() {
        AuditEvent custodian = event(by(SCHOOL).returned(patient(MAYA, SCHOOL)));
        AuditEvent withheld = event(by(AGENCY)
                .search()
                .decision(new AccessDecision("Condition/c1", MAYA, AccessBasis.DENIED, null, "no consent")));
        AuditEvent refused = event(by(AGENCY).status(403).target(MAYA));

        assertThat(report(custodian, withheld, refused).lines()).isEmpty();
    }

    @Test
    void emergencyAccess_showsItsReason() {
        AuditEvent emergency = event(by(AGENCY).emergency("allergic reaction").returned(need("Condition/c1", MAYA)));

        DisclosureReport.Line line = report(emergency).lines().get(0);

        assertThat(line.bases()).containsExactly("EMERGENCY");
        assertThat(line.emergencyReason()).isEqualTo("Emergency access: allergic reaction");
    }

    @Test
    void csv_isQuotedAndSpreadsheetSafe() {
        AuditEvent emergency = event(by(AGENCY).emergency("=HYPERLINK(\"x\")").returned(need("Condition/c1", MAYA)));

        String[] rows = report(emergency).toCsv().split("\r\n");

        assertThat(rows[0]).isEqualTo(String.join(",", DisclosureReport.CSV_COLUMNS));
        assertThat(rows[1])
                .startsWith("2026-03-02T10:15:30.123Z,Organization/agency,\"Eastside, \"\"Food\"\" Bank\",")
                .contains(",Condition,,EMERGENCY,,")
                .contains("\"Emergency access: =HYPERLINK(\"\"x\"\")\"");
    }

    @ParameterizedTest
    @CsvSource(
            value = {"=1+1,'=1+1", "+cmd,'+cmd", "-2,'-2", "@SUM(A1),'@SUM(A1)", "plain,plain"},
            quoteCharacter = '"')
    void csvField_defusesFormulas(String value, String expected) {
        assertThat(DisclosureReport.csvField(value)).isEqualTo(expected);
    }

    @Test
    void parameters_carryEveryColumn() {
        AuditEvent consented = event(by(AGENCY)
                .returned(need("Condition/c1", MAYA, "food"))
                .decision(new AccessDecision("Condition/c1", MAYA, AccessBasis.CONSENT, "Consent/9", "permit")));

        Parameters parameters = report(consented).toParameters(null, null, Instant.parse("2026-04-01T00:00:00Z"));

        assertThat(parameters.getParameter("count").getValue().primitiveValue()).isEqualTo("1");
        Parameters.ParametersParameterComponent line = parameters.getParameter().stream()
                .filter(p -> p.getName().equals("disclosure"))
                .findFirst()
                .orElseThrow();
        assertThat(line.getPart())
                .extracting(Parameters.ParametersParameterComponent::getName)
                .containsExactly(
                        "date",
                        "recipient",
                        "client",
                        "interaction",
                        "purpose",
                        "resourceType",
                        "needDomain",
                        "basis",
                        "consent",
                        "emergency",
                        "resource",
                        "auditEvent");
    }

    @ParameterizedTest
    @CsvSource({
        "2026-06-30, false, 2026-06-30T00:00:00Z",
        "2026-06-30, true, 2026-07-01T00:00:00Z",
        "2026-06, true, 2026-07-01T00:00:00Z",
        "2026, false, 2026-01-01T00:00:00Z",
        "2026-06-30T08:00:00+02:00, true, 2026-06-30T06:00:00Z"
    })
    void bounds_areUtcDaysOrExactInstants(String value, boolean upper, String expected) {
        assertThat(DisclosureReportProvider.bound(new StringType(value), "_until", upper))
                .isEqualTo(Instant.parse(expected));
    }

    @Test
    void malformedBound_isABadRequestWithItsCode() {
        assertThatThrownBy(() -> DisclosureReportProvider.bound(new StringType("last week"), "_since", false))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("_since must be a FHIR date");
    }
}
