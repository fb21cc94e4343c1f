package org.successplan.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.Story;

/**
 * Storage over real HTTP: the FHIR interactions every client relies on, for the resource types we use
 * most, with resources that conform to the data standard (copies of its example story).
 */
@ServerIT
class FhirCrudIT {

    static final String STUDENT = "Patient/ssp-ex-maya-student";
    static final String PLAN = "CarePlan/ssp-ex-maya-plan";
    static final String TASK = "Task/ssp-ex-maya-task-clinic";

    @LocalServerPort
    int port;

    IGenericClient client;

    @BeforeEach
    void connect() {
        client = FhirClients.client(port);
    }

    /** A story resource to copy, how to change it, and where the change shows. */
    record Kind(String exampleId, Class<? extends DomainResource> type, Consumer<DomainResource> change, String path) {
        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind(
                        STUDENT,
                        Patient.class,
                        r -> ((Patient) r).getNameFirstRep().setFamily("Changed"),
                        "Patient.name.family"),
                new Kind(PLAN, CarePlan.class, r -> ((CarePlan) r).setTitle("Changed"), "CarePlan.title"),
                new Kind(TASK, Task.class, r -> ((Task) r).setDescription("Changed"), "Task.description"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void createReadUpdateVreadHistoryDelete(Kind kind) {
        Story.Posted story = Story.forSchool(port).post(client);
        DomainResource original = story.copyOf(kind.exampleId(), kind.type());

        MethodOutcome created = client.create().resource(original).execute();
        assertThat(created.getCreated()).isTrue();
        IIdType id = created.getId().toUnqualifiedVersionless();
        assertThat(created.getId().getVersionIdPart()).isEqualTo("1");

        DomainResource read = client.read().resource(kind.type()).withId(id).execute();
        assertThat(read.getIdElement().getIdPart()).isEqualTo(id.getIdPart());
        assertThat(read.getMeta().getVersionId()).isEqualTo("1");

        kind.change().accept(read);
        MethodOutcome updated = client.update().resource(read).execute();
        assertThat(updated.getId().getVersionIdPart()).isEqualTo("2");

        DomainResource version1 =
                client.read().resource(kind.type()).withId(id.withVersion("1")).execute();
        DomainResource version2 =
                client.read().resource(kind.type()).withId(id.withVersion("2")).execute();
        assertThat(valueAt(version1, kind.path())).isNotEqualTo("Changed");
        assertThat(valueAt(version2, kind.path())).isEqualTo("Changed");

        Bundle history =
                client.history().onInstance(id).returnBundle(Bundle.class).execute();
        assertThat(history.getEntry()).hasSize(2);

        client.delete().resourceById(id).execute();
        assertThatThrownBy(() -> client.read().resource(kind.type()).withId(id).execute())
                .isInstanceOf(ResourceGoneException.class);
        Bundle historyAfterDelete =
                client.history().onInstance(id).returnBundle(Bundle.class).execute();
        assertThat(historyAfterDelete.getEntry()).hasSize(3);
    }

    @Test
    void searchByIdentifier_findsExactlyThatStudent() {
        Story.Posted story = Story.forSchool(port).post(client);
        Patient student = story.copyOf(STUDENT, Patient.class);
        Identifier identifier = student.getIdentifierFirstRep();
        client.create().resource(student).execute();
        client.create().resource(story.copyOf(STUDENT, Patient.class)).execute();

        Bundle found = client.search()
                .forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndIdentifier(identifier.getSystem(), identifier.getValue()))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(found.getEntry()).hasSize(1);
        Patient hit = (Patient) found.getEntryFirstRep().getResource();
        assertThat(hit.getIdentifierFirstRep().getValue()).isEqualTo(identifier.getValue());
    }

    @Test
    void searchByReference_returnsOnlyThatStudentsPlansAndTasks() {
        Story.Posted maya = Story.forSchool(port).post(client);
        Story.Posted other = Story.forSchool(port).post(client);
        client.create().resource(maya.copyOf(PLAN, CarePlan.class)).execute();

        Bundle plans = client.search()
                .forResource(CarePlan.class)
                .where(CarePlan.SUBJECT.hasId(maya.id(STUDENT)))
                .returnBundle(Bundle.class)
                .execute();
        Bundle tasks = client.search()
                .forResource(Task.class)
                .where(Task.PATIENT.hasId(maya.id(STUDENT)))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(plans.getEntry())
                .hasSize(2)
                .allSatisfy(e -> assertThat(
                                ((CarePlan) e.getResource()).getSubject().getReference())
                        .isEqualTo(maya.id(STUDENT)));
        assertThat(tasks.getEntry())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(((Task) e.getResource()).getFor().getReference())
                        .isEqualTo(maya.id(STUDENT))
                        .isNotEqualTo(other.id(STUDENT)));
    }

    @Test
    void transaction_resolvesUrnUuidReferences() {
        Story story = Story.forSchool(port);

        Bundle response = client.transaction().withBundle(story.transaction()).execute();

        assertThat(response.getEntry())
                .extracting(e -> e.getResponse().getStatus())
                .allSatisfy(status -> assertThat(status).startsWith("201"));
        var ids = story.serverIds(response);
        CarePlan storedPlan =
                client.read().resource(CarePlan.class).withUrl(ids.get(PLAN)).execute();
        Task storedTask =
                client.read().resource(Task.class).withUrl(ids.get(TASK)).execute();
        assertThat(storedPlan.getSubject().getReference()).isEqualTo(ids.get(STUDENT));
        assertThat(storedTask.getFor().getReference()).isEqualTo(ids.get(STUDENT));
        assertThat(storedTask.getFocus().getReference())
                .isEqualTo(ids.get("ServiceRequest/ssp-ex-maya-referral-clinic"));
    }

    @Test
    void conditionalCreate_withSameIdentifier_doesNotDuplicate() {
        Story.Posted story = Story.forSchool(port).post(client);
        Patient template = story.copyOf(STUDENT, Patient.class);
        Identifier identifier = template.getIdentifierFirstRep();
        String condition = "Patient?identifier=" + identifier.getSystem() + "|" + identifier.getValue();

        List<MethodOutcome> outcomes = Stream.of(1, 2, 3)
                .map(attempt -> client.create()
                        .resource(template.copy())
                        .conditionalByUrl(condition)
                        .execute())
                .toList();

        assertThat(outcomes.get(0).getCreated()).isTrue();
        assertThat(outcomes.subList(1, 3))
                .allSatisfy(o -> assertThat(o.getCreated()).isNotEqualTo(Boolean.TRUE));
        assertThat(outcomes)
                .extracting(o -> o.getId().toUnqualifiedVersionless().getValue())
                .containsOnly(outcomes.get(0).getId().toUnqualifiedVersionless().getValue());
        Bundle matches =
                client.search().byUrl(condition).returnBundle(Bundle.class).execute();
        assertThat(matches.getEntry()).hasSize(1);
    }

    private static String valueAt(DomainResource resource, String path) {
        return FhirClients.FHIR.newTerser().getSinglePrimitiveValueOrNull(resource, path);
    }
}
