package org.successplan.server.referral;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.RawHttp;
import org.successplan.server.testing.Story;
import org.successplan.server.testing.TestClients.TestClient;

/**
 * Referrals between a test school and a test agency, built from the example story: the consent for the
 * agency, the creation transaction (Referral + ReferralTask, conditional on their identifiers), the
 * ServiceDelivered, and the raw HTTP calls of the lifecycle (reads, versioned updates) with the checks
 * the tests share.
 */
final class Referrals {

    static final String STORY_CONSENT = "Consent/ssp-ex-maya-consent-foodbank";
    static final String STORY_REFERRAL = "ServiceRequest/ssp-ex-maya-referral-food";
    static final String STORY_TASK = "Task/ssp-ex-maya-task-food";
    static final String STORY_SERVICE = "Procedure/ssp-ex-maya-service-food";
    static final String STORY_PLAN = "CarePlan/ssp-ex-maya-plan";
    static final String STORY_STUDENT = "Patient/ssp-ex-maya-student";
    static final String STATUS_REASONS = "http://successplan.org/fhir/CodeSystem/ssp-referral-status-reason";
    static final String SDOHCC_CODES =
            "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";

    /** What an agency needs to work its referrals. */
    static final String[] AGENCY_SCOPES = {
        "system/Patient.rs",
        "system/ServiceRequest.rs",
        "system/Task.rus",
        "system/Procedure.crus",
        "system/Subscription.cruds"
    };

    private Referrals() {}

    /** One referral as the school sends it: the three resources and the transaction that creates them. */
    record Referral(Consent consent, ServiceRequest serviceRequest, Task task) {

        /** The creation transaction: Referral and ReferralTask, each created only if its identifier is new. */
        Bundle transaction() {
            Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
            add(bundle, serviceRequest, serviceRequest.getIdentifierFirstRep());
            add(bundle, task, task.getIdentifierFirstRep());
            return bundle;
        }

        private static void add(Bundle bundle, Resource resource, Identifier identifier) {
            bundle.addEntry()
                    .setFullUrl(resource.getIdElement().getValue())
                    .setResource(resource)
                    .getRequest()
                    .setMethod(HTTPVerb.POST)
                    .setUrl(resource.fhirType())
                    .setIfNoneExist("identifier=" + identifier.getSystem() + "|" + identifier.getValue());
        }
    }

    /**
     * A new referral of the story's student from {@code school} to {@code agency}: the story's food
     * referral and task with new identifiers, requester/owner/performer set to the organizations, and a
     * new consent for the agency (stored by the school first, as the Referral must carry it).
     */
    static Referral newReferral(Story.Posted story, TestClient school, String agency) {
        String consentId = consent(story, school, agency);
        Consent consent =
                school.fhir().read().resource(Consent.class).withId(consentId).execute();

        ServiceRequest referral = story.copyOf(STORY_REFERRAL, ServiceRequest.class);
        referral.setId("urn:uuid:" + UUID.randomUUID());
        referral.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        referral.setRequester(new Reference(school.organization()));
        referral.getPerformer().clear();
        referral.addPerformer(new Reference(agency));
        referral.getSupportingInfo().clear();
        referral.addSupportingInfo(new Reference(consentId));

        Task task = story.copyOf(STORY_TASK, Task.class);
        task.setId("urn:uuid:" + UUID.randomUUID());
        task.setStatus(Task.TaskStatus.REQUESTED);
        task.setFocus(new Reference(referral.getIdElement().getValue()));
        task.setRequester(new Reference(school.organization()));
        task.setOwner(new Reference(agency));
        return new Referral(consent, referral, task);
    }

    /**
     * Stores, as the custodian school, a new consent (a copy of the story's food bank consent, in force
     * from yesterday for a year) that lets {@code recipient} see and add to the student's food-related
     * records, referrals included; returns its id.
     */
    static String consent(Story.Posted story, TestClient school, String recipient) {
        Consent consent = story.copyOf(STORY_CONSENT, Consent.class);
        Consent.ProvisionComponent permit = consent.getProvision().getProvisionFirstRep();
        permit.getActorFirstRep().setReference(new Reference(recipient));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        permit.getPeriod()
                .setStart(Date.from(
                        today.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .setEnd(Date.from(
                        today.plusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        return school.fhir()
                .create()
                .resource(consent)
                .execute()
                .getId()
                .toUnqualifiedVersionless()
                .getValue();
    }

    /** Stores the referral with its transaction; returns the response (ids in entry.response.location). */
    static Created create(TestClient school, Referral referral) {
        Bundle response =
                school.fhir().transaction().withBundle(referral.transaction()).execute();
        return new Created(
                local(response.getEntry().get(0).getResponse().getLocation()),
                local(response.getEntry().get(1).getResponse().getLocation()),
                response);
    }

    record Created(String serviceRequest, String task, Bundle response) {}

    static String local(String location) {
        return new IdType(location).toUnqualifiedVersionless().getValue();
    }

    static Task read(TestClient client, String taskId) {
        return client.fhir().read().resource(Task.class).withId(taskId).execute();
    }

    static ServiceRequest readReferral(IGenericClient client, String id) {
        return client.read().resource(ServiceRequest.class).withId(id).execute();
    }

    /** {@code PUT} the task with {@code If-Match} on {@code version} (none when {@code null}). */
    static HttpResponse<String> put(TestClient client, Task task, String version) {
        String id = task.getIdElement().toUnqualifiedVersionless().getValue();
        String body = FhirClients.FHIR.newJsonParser().encodeResourceToString(task);
        return version == null
                ? client.http().put("/fhir/" + id, "application/fhir+json", body)
                : client.http().put("/fhir/" + id, "application/fhir+json", body, "If-Match", "W/\"" + version + "\"");
    }

    /** Reads the task, lets {@code change} edit it, and PUTs it with If-Match on the version read. */
    static HttpResponse<String> change(TestClient client, String taskId, java.util.function.Consumer<Task> change) {
        Task task = read(client, taskId);
        String version = task.getMeta().getVersionId();
        change.accept(task);
        return put(client, task, version);
    }

    static void reason(Task task, String code, String text) {
        task.setStatusReason(new CodeableConcept(new Coding(STATUS_REASONS, code, null)).setText(text));
    }

    /** A ServiceDelivered for the referral, stored by the agency; returns its id. */
    static String deliver(Story.Posted story, TestClient agency, String serviceRequest, String student) {
        Procedure delivered = story.copyOf(STORY_SERVICE, Procedure.class);
        delivered.getBasedOn().clear();
        delivered.addBasedOn(new Reference(serviceRequest));
        delivered.setSubject(new Reference(student));
        delivered.getPerformerFirstRep().setActor(new Reference(agency.organization()));
        return agency.fhir()
                .create()
                .resource(delivered)
                .execute()
                .getId()
                .toUnqualifiedVersionless()
                .getValue();
    }

    /** Adds the ServiceDelivered as the task's output (type resulting-activity). */
    static void output(Task task, String procedure) {
        task.addOutput()
                .setType(new CodeableConcept(new Coding(SDOHCC_CODES, "resulting-activity", "Resulting Activity")))
                .setValue(new Reference(procedure));
    }

    static void assertOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    }

    /** The response is {@code status} with an OperationOutcome carrying {@code code}. */
    static OperationOutcome assertRefused(HttpResponse<String> response, int status, ErrorCode code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        OperationOutcome outcome = RawHttp.outcome(response);
        assertThat(outcome.getIssue())
                .as(response.body())
                .anySatisfy(issue -> assertThat(issue.getDetails().getCoding()).anySatisfy(coding -> {
                    assertThat(coding.getSystem()).isEqualTo(ErrorCode.SYSTEM);
                    assertThat(coding.getCode()).isEqualTo(code.code());
                }));
        return outcome;
    }
}
