package org.successplan.server.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.successplan.server.referral.Referrals.assertOk;
import static org.successplan.server.referral.Referrals.assertRefused;
import static org.successplan.server.referral.Referrals.change;
import static org.successplan.server.referral.Referrals.output;
import static org.successplan.server.referral.Referrals.reason;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.referral.Referrals.Created;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.Story;
import org.successplan.server.testing.TestClients;
import org.successplan.server.testing.TestClients.TestClient;

/** {@code Task/$closed-loop-report} over HTTP, for a school and an agency that only this class uses. */
@ServerIT
class ClosedLoopReportIT {

    @LocalServerPort
    int port;

    TestClient school;
    TestClient agency;

    @BeforeEach
    void clients() {
        school = TestClients.withScopes(port, "Report School", TestClients.FULL_ACCESS);
        agency = TestClients.withScopes(port, "Report Food Bank", Referrals.AGENCY_SCOPES);
    }

    @Test
    void report_countsEachRoleByStatus_andMeasuresTheLoop() {
        Story.Posted story = Story.maya(school.organization()).post(school.fhir());
        Created completed = Referrals.create(school, Referrals.newReferral(story, school, agency.organization()));
        Created rejected = Referrals.create(school, Referrals.newReferral(story, school, agency.organization()));
        Referrals.create(school, Referrals.newReferral(story, school, agency.organization()));
        assertOk(change(agency, completed.task(), t -> t.setStatus(TaskStatus.ACCEPTED)));
        assertOk(change(agency, completed.task(), t -> t.setStatus(TaskStatus.INPROGRESS)));
        String delivered =
                Referrals.deliver(story, agency, completed.serviceRequest(), story.id(Referrals.STORY_STUDENT));
        assertOk(change(agency, completed.task(), t -> {
            t.setStatus(TaskStatus.COMPLETED);
            output(t, delivered);
        }));
        assertOk(change(agency, rejected.task(), t -> {
            t.setStatus(TaskStatus.REJECTED);
            reason(t, "not-eligible", "Outside the age range of the program");
        }));

        Parameters schoolReport = report(school, "");
        Parameters agencyReport = report(agency, "");

        assertThat(ref(schoolReport, "organization")).isEqualTo(school.organization());
        ParametersParameterComponent made = schoolReport.getParameter("as-requester");
        assertThat(integer(made, "total")).isGreaterThanOrEqualTo(3);
        assertThat(count(made, "completed")).isGreaterThanOrEqualTo(1);
        assertThat(count(made, "rejected")).isGreaterThanOrEqualTo(1);
        assertThat(count(made, "requested")).isGreaterThanOrEqualTo(1);
        assertThat(integer(made, "accepted-measured")).isGreaterThanOrEqualTo(1);
        assertThat(integer(made, "completed-measured")).isGreaterThanOrEqualTo(1);
        assertThat(days(made, "median-days-to-acceptance")).isNotNegative().isLessThan(BigDecimal.ONE);
        assertThat(days(made, "median-days-to-completion")).isNotNegative().isLessThan(BigDecimal.ONE);
        assertThat(integer(schoolReport.getParameter("as-owner"), "total")).isZero();

        ParametersParameterComponent received = agencyReport.getParameter("as-owner");
        assertThat(integer(received, "total")).isEqualTo(integer(made, "total"));
        assertThat(count(received, "completed")).isEqualTo(count(made, "completed"));
        assertThat(integer(received, "stalled")).isZero();
        assertThat(report(agency, "?stalled-days=0").getParameter("as-owner"))
                .as("with stalled-days=0 every open task counts as stalled")
                .satisfies(role -> assertThat(integer(role, "stalled"))
                        .isEqualTo(count(role, "requested")
                                + count(role, "accepted")
                                + count(role, "in-progress")
                                + count(role, "on-hold")));
        assertThat(FhirClients.FHIR.newJsonParser().encodeResourceToString(schoolReport))
                .as("counts only: no student, no task")
                .doesNotContain("Patient/")
                .doesNotContain(completed.task());
    }

    @Test
    void anotherOrganizationsReport_isForbidden_butAnOperatorMayAsk() {
        HttpResponse<String> response =
                agency.http().get("/fhir/Task/$closed-loop-report?organization=" + school.organization());

        assertRefused(response, 403, ErrorCode.REFERRAL_REPORT_FORBIDDEN);
        Parameters asOperator = report(TestClients.operator(port), "?organization=" + school.organization());
        assertThat(ref(asOperator, "organization")).isEqualTo(school.organization());
    }

    @Test
    void clientWithoutTaskSearchScope_cannotRunTheReport() {
        TestClient patientsOnly = TestClients.withScopes(port, "Report Food Bank", "system/Patient.rs");

        HttpResponse<String> response = patientsOnly.http().get("/fhir/Task/$closed-loop-report");

        assertRefused(response, 403, ErrorCode.INSUFFICIENT_SCOPE);
    }

    Parameters report(TestClient client, String query) {
        HttpResponse<String> response = client.http().get("/fhir/Task/$closed-loop-report" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FhirClients.FHIR.newJsonParser().parseResource(Parameters.class, response.body());
    }

    static String ref(Parameters parameters, String name) {
        return ((org.hl7.fhir.r4.model.Reference) parameters.getParameter(name).getValue()).getReference();
    }

    static int integer(ParametersParameterComponent role, String name) {
        return part(role, name).getValue() instanceof IntegerType i ? i.getValue() : -1;
    }

    static BigDecimal days(ParametersParameterComponent role, String name) {
        Quantity quantity = (Quantity) part(role, name).getValue();
        assertThat(quantity.getCode()).isEqualTo("d");
        return quantity.getValue();
    }

    static int count(ParametersParameterComponent role, String status) {
        return role.getPart().stream()
                .filter(p -> p.getName().equals("status"))
                .filter(p -> p.getPart().stream()
                        .anyMatch(c -> c.getName().equals("code")
                                && c.getValue().primitiveValue().equals(status)))
                .flatMap(p -> p.getPart().stream())
                .filter(c -> c.getName().equals("count"))
                .map(c -> ((IntegerType) c.getValue()).getValue())
                .findFirst()
                .orElse(-1);
    }

    static ParametersParameterComponent part(ParametersParameterComponent role, String name) {
        return role.getPart().stream()
                .filter(p -> p.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no part " + name));
    }
}
