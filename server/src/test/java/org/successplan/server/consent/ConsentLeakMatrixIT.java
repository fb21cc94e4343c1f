package org.successplan.server.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.Story;
import org.successplan.server.testing.TestClients;
import org.successplan.server.testing.TestClients.TestClient;

/**
 * The leak matrix: for each read and write path, what the custodian school, a consented food bank, an
 * unconsented agency and a clinic declaring emergency access get back, by exact ids, with no totals. Each
 * test stores its own copy of the example story, with a consent for the food bank modelled on the
 * guide's example (food needs, goals, referrals, services and demographics; N; MH/SDV/SPED denied).
 */
@ServerIT
class ConsentLeakMatrixIT {

    static final String JSON = "application/fhir+json";
    static final String MH_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    @LocalServerPort
    int port;

    TestClient school;
    TestClient foodBank;
    TestClient otherAgency;
    TestClient clinic;

    String student;
    String foodNeed;
    String readingNeed;
    String mentalHealthNeed;
    String labelledFoodNeed;
    String foodBankConsent;
    Story.Posted story;

    @BeforeEach
    void storeTheStory() {
        school = TestClients.school(port);
        foodBank = TestClients.withScopes(
                port, "Matrix Food Bank", "system/*.rs", "system/Condition.c", "system/Consent.c");
        otherAgency = TestClients.withScopes(port, "Matrix Other Agency", "system/*.rs", "system/Condition.cd");
        clinic = TestClients.withScopes(port, "Matrix Clinic", "system/*.rs", "ssp/emergency-access");
        story = Story.forSchool(port).post(school.fhir());
        student = story.id("Patient/ssp-ex-maya-student");
        foodNeed = story.id("Condition/ssp-ex-maya-need-food");
        readingNeed = story.id("Condition/ssp-ex-maya-need-reading");
        mentalHealthNeed = create(needIn("mental-health"));
        Condition labelled = story.copyOf("Condition/ssp-ex-maya-need-food", Condition.class);
        labelled.getMeta().addSecurity(new Coding(MH_SYSTEM, "MH", null));
        labelledFoodNeed = create(labelled);
        Consent consent = story.copyOf("Consent/ssp-ex-maya-consent-foodbank", Consent.class);
        consent.getProvision()
                .getProvisionFirstRep()
                .getActorFirstRep()
                .setReference(new Reference(foodBank.organization()));
        foodBankConsent = create(consent);
    }

    // ---- direct reads ---------------------------------------------------------------------------

    @Test
    void reads_answer404_whereConsentHidesTheRecord() {
        assertStatus(school.http(), student, 200);
        assertStatus(school.http(), mentalHealthNeed, 200);
        assertStatus(foodBank.http(), student, 200);
        assertStatus(foodBank.http(), foodNeed, 200);
        assertStatus(foodBank.http(), readingNeed, 404);
        assertStatus(foodBank.http(), mentalHealthNeed, 404);
        assertStatus(foodBank.http(), labelledFoodNeed, 404);
        assertStatus(otherAgency.http(), student, 404);
        assertStatus(otherAgency.http(), foodNeed, 404);
        assertStatus(foodBank.http(), foodNeed + "/_history/1", 200);
        assertStatus(foodBank.http(), readingNeed + "/_history/1", 404);

        HttpResponse<String> hidden = foodBank.http().get("/fhir/" + readingNeed);
        HttpResponse<String> missing = foodBank.http().get("/fhir/Condition/no-such-need");
        assertThat(RawHttp.outcome(hidden).getIssueFirstRep().getCode())
                .as("a hidden record looks like a missing one")
                .isEqualTo(RawHttp.outcome(missing).getIssueFirstRep().getCode());
    }

    @Test
    void defaultLabels_followTheNeedDomain() {
        Condition stored = school.fhir()
                .read()
                .resource(Condition.class)
                .withId(mentalHealthNeed)
                .execute();

        assertThat(stored.getMeta().getSecurity())
                .extracting(Coding::getCode)
                .contains("R", "MH")
                .doesNotContain("N");
    }

    // ---- searches -------------------------------------------------------------------------------

    @Test
    void search_returnsExactlyThePermittedIds_withoutTotals() {
        String query = "/fhir/Condition?patient=" + student;

        assertThat(ids(school.http(), query)).contains(foodNeed, readingNeed, mentalHealthNeed, labelledFoodNeed);
        assertThat(ids(foodBank.http(), query)).containsExactly(foodNeed);
        assertThat(ids(otherAgency.http(), query)).isEmpty();

        assertThat(bundle(foodBank.http(), query).hasTotal()).isFalse();
        assertThat(otherAgency.http().get(query + "&_summary=count").statusCode())
                .as("counting is refused where consent filters")
                .isBetween(400, 499);
        assertThat(foodBank.http().get(query + "&_total=accurate").statusCode()).isBetween(400, 499);
    }

    @Test
    void includesAndRevincludes_applyTheSameDecision() {
        assertThat(ids(foodBank.http(), "/fhir/Condition?patient=" + student + "&_include=Condition:subject"))
                .containsExactlyInAnyOrder(foodNeed, student);
        assertThat(ids(otherAgency.http(), "/fhir/Condition?patient=" + student + "&_include=Condition:subject"))
                .isEmpty();
        assertThat(ids(foodBank.http(), "/fhir/Patient?_id=" + idPart(student) + "&_revinclude=Condition:subject"))
                .containsExactlyInAnyOrder(student, foodNeed);
    }

    @Test
    void hasAndChains_intoStudentRecords_areRefused_forEveryone() {
        for (TestClient client : List.of(school, foodBank, otherAgency)) {
            assertRefused(
                    client.http().get("/fhir/Patient?_has:Condition:subject:category=academic"),
                    403,
                    ErrorCode.SEARCH_ACROSS_STUDENT_RECORDS);
            assertRefused(
                    client.http().get("/fhir/Condition?subject.family=Johnson"),
                    403,
                    ErrorCode.SEARCH_ACROSS_STUDENT_RECORDS);
        }
        assertThat(foodBank.http()
                        .get("/fhir/Task?owner:Organization.name=Nobody")
                        .statusCode())
                .as("chains into directory data stay available")
                .isEqualTo(200);
    }

    @Test
    void history_showsOnlyVisibleVersions_andHidesHiddenRecords() {
        assertStatus(foodBank.http(), foodNeed + "/_history", 200);
        assertStatus(foodBank.http(), readingNeed + "/_history", 404);
        assertStatus(otherAgency.http(), foodNeed + "/_history", 404);

        Set<String> typeHistory = ids(foodBank.http(), "/fhir/Condition/_history?_count=200");
        assertThat(typeHistory).contains(foodNeed).doesNotContain(readingNeed, mentalHealthNeed, labelledFoodNeed);
    }

    @Test
    void batchReads_applyTheSameDecisionPerEntry() {
        Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
        batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl(foodNeed);
        batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl(readingNeed);
        batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Condition?patient=" + student);

        HttpResponse<String> response = foodBank.http().post("/fhir", JSON, encode(batch));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Bundle result = FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, response.body());
        assertThat(result.getEntry().get(0).getResponse().getStatus()).startsWith("200");
        assertThat(result.getEntry().get(1).getResponse().getStatus()).startsWith("404");
        Bundle searched = (Bundle) result.getEntry().get(2).getResource();
        assertThat(searched.getEntry())
                .extracting(e -> versionless(e.getResource()))
                .containsExactly(foodNeed);
    }

    @Test
    void everything_returnsOnlyWhatTheConsentReleases() {
        Set<String> everything = ids(foodBank.http(), "/fhir/" + student + "/$everything?_count=200");

        assertThat(everything)
                .contains(student, foodNeed)
                .doesNotContain(readingNeed, mentalHealthNeed, labelledFoodNeed);
        assertThat(everything)
                .as("the eye-exam referral and its task are for the clinic, not the food bank")
                .doesNotContain(
                        story.id("ServiceRequest/ssp-ex-maya-referral-clinic"),
                        story.id("Task/ssp-ex-maya-task-clinic"));
        assertThat(ids(otherAgency.http(), "/fhir/" + student + "/$everything?_count=200"))
                .as("an unconsented agency sees no student record, only directory data")
                .allSatisfy(id ->
                        assertThat(id).matches("(Organization|Practitioner|PractitionerRole|HealthcareService)/.*"));
    }

    // ---- revocation -----------------------------------------------------------------------------

    @Test
    void revocation_takesEffectOnTheVeryNextRequest() {
        assertStatus(foodBank.http(), foodNeed, 200);

        Consent consent = school.fhir()
                .read()
                .resource(Consent.class)
                .withId(foodBankConsent)
                .execute();
        consent.setStatus(Consent.ConsentState.INACTIVE);
        school.fhir().update().resource(consent).execute();

        assertStatus(foodBank.http(), foodNeed, 404);
        assertStatus(foodBank.http(), student, 404);
        assertThat(ids(foodBank.http(), "/fhir/Condition?patient=" + student)).isEmpty();
    }

    // ---- emergency ------------------------------------------------------------------------------

    @Test
    void emergencyAccess_needsTheScopeAndAReason_andIsGranted() {
        assertStatus(clinic.http(), mentalHealthNeed, 404);
        assertStatus(
                clinic.http(),
                mentalHealthNeed,
                200,
                "X-Purpose-Of-Use",
                "BTG",
                "X-Emergency-Reason",
                "Student unresponsive in class; nurse needs medication history");
        assertRefused(
                clinic.http().get("/fhir/" + mentalHealthNeed, "X-Purpose-Of-Use", "BTG"),
                400,
                ErrorCode.EMERGENCY_REASON_MISSING);
        assertRefused(
                foodBank.http()
                        .get("/fhir/" + mentalHealthNeed, "X-Purpose-Of-Use", "BTG", "X-Emergency-Reason", "flood"),
                403,
                ErrorCode.EMERGENCY_ACCESS_NOT_ALLOWED);
    }

    // ---- writes ---------------------------------------------------------------------------------

    @Test
    void writes_byNonCustodians_needACollectPermission() {
        assertRefused(
                foodBank.http().post("/fhir/Condition", JSON, encode(needIn("academic"))),
                403,
                ErrorCode.WRITE_NOT_PERMITTED);
        assertRefused(
                otherAgency.http().post("/fhir/Condition", JSON, encode(needIn("food"))),
                403,
                ErrorCode.WRITE_NOT_PERMITTED);

        Patient anotherStudent = story.copyOf("Patient/ssp-ex-maya-student", Patient.class);
        assertRefused(
                TestClients.withScopes(port, "Matrix Food Bank", "system/Patient.crus")
                        .http()
                        .post("/fhir/Patient", JSON, encode(anotherStudent)),
                403,
                ErrorCode.WRITE_NOT_PERMITTED);

        assertThat(ids(school.http(), "/fhir/Condition?patient=" + student))
                .as("nothing was stored")
                .containsExactlyInAnyOrder(foodNeed, readingNeed, mentalHealthNeed, labelledFoodNeed);

        HttpResponse<String> collected = foodBank.http().post("/fhir/Condition", JSON, encode(needIn("food")));
        assertThat(collected.statusCode())
                .as("the consent lets the food bank collect food needs: " + collected.body())
                .isEqualTo(201);
    }

    @Test
    void consents_areRecordedAndChangedByTheCustodianOnly() {
        Consent forItself = story.copyOf("Consent/ssp-ex-maya-consent-foodbank", Consent.class);
        forItself
                .getProvision()
                .getProvisionFirstRep()
                .getActorFirstRep()
                .setReference(new Reference(foodBank.organization()));

        assertRefused(
                foodBank.http().post("/fhir/Consent", JSON, encode(forItself)),
                403,
                ErrorCode.CONSENT_CHANGE_NOT_CUSTODIAN);
        assertThat(ids(school.http(), "/fhir/Consent?patient=" + student))
                .contains(foodBankConsent)
                .hasSize(3);
        assertStatus(foodBank.http(), foodBankConsent, 200);
    }

    @Test
    void deletes_areForTheCustodianAndTheAuthor() {
        assertThat(otherAgency.http().delete("/fhir/" + foodNeed).statusCode()).isEqualTo(404);
        assertStatus(school.http(), foodNeed, 200);
    }

    @Test
    void referral_toAnOrganizationWithoutConsent_isRefused() {
        ServiceRequest toOther = story.copyOf("ServiceRequest/ssp-ex-maya-referral-food", ServiceRequest.class);
        toOther.getPerformer().clear();
        toOther.addPerformer(new Reference(otherAgency.organization()));
        ServiceRequest toFoodBank = story.copyOf("ServiceRequest/ssp-ex-maya-referral-food", ServiceRequest.class);
        toFoodBank.getPerformer().clear();
        toFoodBank.addPerformer(new Reference(foodBank.organization()));

        HttpResponse<String> refused = school.http().post("/fhir/ServiceRequest", JSON, encode(toOther));
        HttpResponse<String> accepted = school.http().post("/fhir/ServiceRequest", JSON, encode(toFoodBank));

        OperationOutcome outcome = assertRefused(refused, 403, ErrorCode.REFERRAL_WITHOUT_CONSENT);
        assertThat(outcome.getIssueFirstRep().getDiagnostics())
                .contains("consent is missing")
                .contains(otherAgency.organization());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Condition needIn(String domain) {
        Condition need = story.copyOf("Condition/ssp-ex-maya-need-food", Condition.class);
        need.getCategory().removeIf(c -> c.getCodingFirstRep().getSystem().contains("sdoh"));
        need.getCategoryFirstRep().getCodingFirstRep().setCode(domain).setDisplay(null);
        need.getMeta().getSecurity().clear();
        return need;
    }

    private String create(Resource resource) {
        return school.fhir()
                .create()
                .resource(resource)
                .execute()
                .getId()
                .toUnqualifiedVersionless()
                .getValue();
    }

    private static void assertStatus(RawHttp http, String path, int status, String... headers) {
        HttpResponse<String> response = http.get("/fhir/" + path, headers);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
    }

    private static OperationOutcome assertRefused(HttpResponse<String> response, int status, ErrorCode code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        OperationOutcome outcome = RawHttp.outcome(response);
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
                .isEqualTo(code.code());
        return outcome;
    }

    private static Bundle bundle(RawHttp http, String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, response.body());
    }

    private static Set<String> ids(RawHttp http, String path) {
        return bundle(http, path).getEntry().stream()
                .filter(e -> e.getResource() != null && !(e.getResource() instanceof OperationOutcome))
                .map(e -> versionless(e.getResource()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String versionless(Resource resource) {
        return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
    }

    private static String idPart(String reference) {
        return reference.substring(reference.indexOf('/') + 1);
    }

    private static String encode(Resource resource) {
        return FhirClients.FHIR.newJsonParser().encodeResourceToString(resource);
    }
}
