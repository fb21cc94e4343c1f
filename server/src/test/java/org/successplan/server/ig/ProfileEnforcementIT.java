package org.successplan.server.ig;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.Story;
import org.successplan.server.testing.TestClients;

/** The data standard enforced by the server: installed package, validation of writes, read-only profiles. */
@ServerIT
class ProfileEnforcementIT {

    static final String CANONICAL = "http://successplan.org/fhir";
    static final String STUDENT_PROFILE = CANONICAL + "/StructureDefinition/ssp-student";
    static final String PLAN_PROFILE = CANONICAL + "/StructureDefinition/ssp-success-plan";
    static final String STUDENT = "Patient/ssp-ex-maya-student";
    static final String FHIR_JSON = "application/fhir+json";

    @LocalServerPort
    int port;

    IGenericClient client;
    RawHttp http;

    @BeforeEach
    void connect() {
        client = FhirClients.client(port);
        http = RawHttp.authenticated(port);
    }

    @Test
    void installedProfiles_areServedWithSnapshots() {
        Bundle found = client.search()
                .forResource(StructureDefinition.class)
                .where(StructureDefinition.URL.matches().value(STUDENT_PROFILE))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(found.getEntry()).hasSize(1);
        StructureDefinition student =
                (StructureDefinition) found.getEntryFirstRep().getResource();
        assertThat(student.getType()).isEqualTo("Patient");
        assertThat(student.getSnapshot().getElement()).isNotEmpty();
    }

    @Test
    void packageSearchParameters_areActive() {
        Story.Posted story = Story.forSchool(port).post(client);
        String school = story.id("Organization/ssp-ex-maya-school");

        Bundle enrolled = client.search()
                .byUrl("Patient?enrolled-school=" + school)
                .returnBundle(Bundle.class)
                .execute();

        assertThat(enrolled.getEntry())
                .singleElement()
                .satisfies(e -> assertThat(e.getResource()
                                .getIdElement()
                                .toUnqualifiedVersionless()
                                .getValue())
                        .isEqualTo(story.id(STUDENT)));
    }

    @Test
    void theWholeExampleStory_isAccepted() {
        Story story = Story.forSchool(port);

        Bundle response = client.transaction().withBundle(story.transaction()).execute();

        assertThat(response.getEntry()).hasSize(story.transaction().getEntry().size());
        assertThat(response.getEntry())
                .allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("201"));
    }

    @Test
    void nonConformantStudent_is422_withEachIssueAndItsLocation_andNothingStored() {
        Patient student = Story.forSchool(port).post(client).copyOf(STUDENT, Patient.class);
        Identifier identifier = student.getIdentifierFirstRep();
        student.setManagingOrganization(null); // the custodian is required
        student.setGender(null);

        HttpResponse<String> response = http.post("/fhir/Patient", FHIR_JSON, encode(student));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        OperationOutcome outcome = RawHttp.outcome(response);
        List<OperationOutcome.OperationOutcomeIssueComponent> errors = outcome.getIssue().stream()
                .filter(i -> i.getSeverity() == IssueSeverity.ERROR)
                .toList();
        assertThat(errors)
                .isNotEmpty()
                .allSatisfy(issue -> assertThat(issue.getExpression())
                        .as("each error names its FHIRPath location")
                        .isNotEmpty());
        assertThat(errors)
                .anySatisfy(issue -> assertThat(issue.getDiagnostics()).contains("managingOrganization"));
        assertThat(patientsWith(identifier)).isZero();
    }

    @Test
    void typeWithSeveralProfiles_mustDeclareOne() {
        Organization school =
                Story.forSchool(port).post(client).copyOf("Organization/ssp-ex-maya-school", Organization.class);
        school.getMeta().getProfile().clear();

        HttpResponse<String> response = http.post("/fhir/Organization", FHIR_JSON, encode(school));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        OperationOutcome outcome = RawHttp.outcome(response);
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
                .isEqualTo(ErrorCode.PROFILE_NOT_DECLARED.code());
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("ssp-school");
    }

    @Test
    void studentWithoutProfile_getsTheStudentProfile_andIsHeldToIt() {
        Story.Posted story = Story.forSchool(port).post(client);
        Patient declaredNothing = story.copyOf(STUDENT, Patient.class);
        declaredNothing.getMeta().getProfile().clear();
        Patient broken = declaredNothing.copy().setManagingOrganization(null);

        var created = client.create().resource(declaredNothing).execute();
        HttpResponse<String> refused = http.post("/fhir/Patient", FHIR_JSON, encode(broken));

        Patient stored =
                client.read().resource(Patient.class).withId(created.getId()).execute();
        assertThat(stored.getMeta().getProfile()).extracting(p -> p.getValue()).containsExactly(STUDENT_PROFILE);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(RawHttp.outcome(refused).getIssue())
                .anySatisfy(issue -> assertThat(issue.getDiagnostics()).contains("managingOrganization"));
    }

    @Test
    void planWithoutProfile_isRefused_becausePlansMustDeclareIt() {
        CarePlan plan = Story.forSchool(port).post(client).copyOf("CarePlan/ssp-ex-maya-plan", CarePlan.class);
        plan.getMeta().getProfile().clear();

        HttpResponse<String> response = http.post("/fhir/CarePlan", FHIR_JSON, encode(plan));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(RawHttp.outcome(response)
                        .getIssueFirstRep()
                        .getDetails()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo(ErrorCode.PROFILE_NOT_DECLARED.code());
    }

    @Test
    void planBreakingAnInvariant_isRefused_namingIt() {
        CarePlan plan = Story.forSchool(port).post(client).copyOf("CarePlan/ssp-ex-maya-plan", CarePlan.class);
        plan.getAddresses().clear();
        plan.getExtension().removeIf(e -> e.getUrl().endsWith("/ssp-strengths-basis"));

        HttpResponse<String> response = http.post("/fhir/CarePlan", FHIR_JSON, encode(plan));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(RawHttp.outcome(response).getIssue())
                .anySatisfy(issue -> assertThat(issue.getDiagnostics()).contains("ssp-plan-1"));
    }

    @Test
    void transactionWithOneBadEntry_storesNothing() {
        Story story = Story.forSchool(port);
        Patient student = story.resource(STUDENT, Patient.class);
        Identifier identifier = student.getIdentifierFirstRep();
        story.resource("CarePlan/ssp-ex-maya-plan", CarePlan.class).setStatus(null);

        HttpResponse<String> response = http.post("/fhir", FHIR_JSON, encode(story.transaction()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(patientsWith(identifier)).isZero();
    }

    @Test
    void validateOperation_reportsConformance() {
        Patient good = Story.forSchool(port).post(client).copyOf(STUDENT, Patient.class);
        Patient bad = good.copy().setManagingOrganization(null);

        HttpResponse<String> goodOutcome = http.post("/fhir/Patient/$validate", FHIR_JSON, encode(good));
        HttpResponse<String> badOutcome =
                http.post("/fhir/Patient/$validate?profile=" + STUDENT_PROFILE, FHIR_JSON, encode(bad));

        assertThat(goodOutcome.statusCode()).as(goodOutcome.body()).isEqualTo(200);
        assertThat(RawHttp.outcome(goodOutcome).getIssue()).noneMatch(i -> i.getSeverity() == IssueSeverity.ERROR);
        assertThat(badOutcome.statusCode()).isBetween(200, 499);
        assertThat(RawHttp.outcome(badOutcome).getIssue())
                .anySatisfy(i -> assertThat(i.getSeverity()).isEqualTo(IssueSeverity.ERROR));
    }

    @Test
    void capabilityStatement_listsSupportedProfilesAndTheGuide() {
        CapabilityStatement capabilities =
                client.capabilities().ofType(CapabilityStatement.class).execute();

        assertThat(capabilities.getImplementationGuide())
                .extracting(c -> c.getValue())
                .contains(CANONICAL + "/ImplementationGuide/org.successplan.fhir");
        assertThat(capabilities.getRestFirstRep().getResource())
                .filteredOn(r -> r.getType().equals("CarePlan"))
                .singleElement()
                .satisfies(r -> assertThat(r.getSupportedProfile())
                        .extracting(p -> p.getValue())
                        .contains(PLAN_PROFILE));
    }

    @Test
    void installedConformanceResources_areReadOnly() {
        StructureDefinition student = (StructureDefinition) client.search()
                .forResource(StructureDefinition.class)
                .where(StructureDefinition.URL.matches().value(STUDENT_PROFILE))
                .returnBundle(Bundle.class)
                .execute()
                .getEntryFirstRep()
                .getResource();
        String path = "/fhir/StructureDefinition/" + student.getIdPart();
        StructureDefinition changed = student.copy().setDescription("Hijacked");
        StructureDefinition impostor = student.copy();
        impostor.setId((String) null);

        RawHttp operator = TestClients.operator(port).http(); // writing conformance resources is admin-only

        HttpResponse<String> update = operator.put(path, FHIR_JSON, encode(changed));
        HttpResponse<String> delete = operator.delete(path);
        HttpResponse<String> shadow = operator.post("/fhir/StructureDefinition", FHIR_JSON, encode(impostor));

        for (HttpResponse<String> response : List.of(update, delete, shadow)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(RawHttp.outcome(response)
                            .getIssueFirstRep()
                            .getDetails()
                            .getCodingFirstRep()
                            .getCode())
                    .isEqualTo(ErrorCode.CONFORMANCE_RESOURCE_READ_ONLY.code());
        }
        StructureDefinition after = client.read()
                .resource(StructureDefinition.class)
                .withId(student.getIdPart())
                .execute();
        assertThat(after.getDescription()).isEqualTo(student.getDescription());
        assertThat(after.getMeta().getVersionId()).isEqualTo(student.getMeta().getVersionId());
    }

    private int patientsWith(Identifier identifier) {
        return client.search()
                .forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndIdentifier(identifier.getSystem(), identifier.getValue()))
                .returnBundle(Bundle.class)
                .execute()
                .getEntry()
                .size();
    }

    private static String encode(org.hl7.fhir.r4.model.Resource resource) {
        return FhirClients.FHIR.newJsonParser().encodeResourceToString(resource);
    }
}
