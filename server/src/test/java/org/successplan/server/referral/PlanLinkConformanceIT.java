package org.successplan.server.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.Story;
import org.successplan.server.testing.TestClients;
import org.successplan.server.testing.TestClients.TestClient;

/**
 * The claim profile validation relies on when it trusts the server's plan links ({@link
 * SuccessPlanProfile}, ADR 0006): adding a reference to a stored Referral keeps a conforming SuccessPlan
 * conforming, checked with the server's own validator ({@code $validate} against the profile), and the
 * plan the server linked is still conforming when read back.
 */
@ServerIT
class PlanLinkConformanceIT {

    @LocalServerPort
    int port;

    TestClient school;
    RawHttp validator;
    Story.Posted story;

    @BeforeEach
    void setUp() {
        school = TestClients.school(port);
        validator = RawHttp.authenticated(port);
        story = Story.forSchool(port).post(FhirClients.client(port));
    }

    @Test
    void aLinkToAReferral_keepsAPlanConformant_withOrWithoutEarlierActivities() {
        CarePlan plan = storedPlan();
        CarePlan withoutActivities = plan.copy();
        withoutActivities.getActivity().clear();
        assertThat(errors(plan)).isEmpty();
        assertThat(errors(withoutActivities)).isEmpty();

        for (CarePlan base : List.of(plan, withoutActivities)) {
            CarePlan linked = base.copy();
            linked.addActivity().setReference(new Reference(story.id(Referrals.STORY_REFERRAL)));
            linked.addActivity().setReference(new Reference(story.id("ServiceRequest/ssp-ex-maya-referral-clinic")));

            assertThat(errors(linked))
                    .as("activities %s", linked.getActivity().size())
                    .isEmpty();
        }
    }

    @Test
    void theCheck_findsALinkTheProfileForbids() {
        CarePlan linked = storedPlan();
        linked.addActivity()
                .setReference(new Reference(story.id(Referrals.STORY_REFERRAL)))
                .getDetail()
                .setStatus(CarePlan.CarePlanActivityStatus.SCHEDULED)
                .setDescription("a referral and an inline activity in one");

        assertThat(errors(linked)).anySatisfy(error -> assertThat(error).contains("cpl-3"));
    }

    @Test
    void aPlanTheServerLinked_isStillConformant() {
        Referrals.Created created = Referrals.create(
                school,
                Referrals.newReferral(
                        story,
                        school,
                        TestClients.withScopes(port, "Plan Link Agency", Referrals.AGENCY_SCOPES)
                                .organization()));

        CarePlan plan = storedPlan();

        assertThat(plan.getActivity())
                .extracting(activity -> activity.getReference().getReference())
                .contains(created.serviceRequest());
        assertThat(plan.getMeta().getProfile())
                .extracting(profile -> profile.getValue())
                .containsExactly(SuccessPlanProfile.URL);
        assertThat(errors(plan)).isEmpty();
    }

    private CarePlan storedPlan() {
        return school.fhir()
                .read()
                .resource(CarePlan.class)
                .withId(story.id(Referrals.STORY_PLAN))
                .execute();
    }

    private List<String> errors(CarePlan plan) {
        HttpResponse<String> response = validator.post(
                "/fhir/CarePlan/$validate?profile=" + SuccessPlanProfile.URL,
                "application/fhir+json",
                FhirClients.FHIR.newJsonParser().encodeResourceToString(plan));
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 422);
        return RawHttp.outcome(response).getIssue().stream()
                .filter(issue ->
                        issue.getSeverity() == IssueSeverity.ERROR || issue.getSeverity() == IssueSeverity.FATAL)
                .map(OperationOutcomeIssueComponent::getDiagnostics)
                .toList();
    }
}
