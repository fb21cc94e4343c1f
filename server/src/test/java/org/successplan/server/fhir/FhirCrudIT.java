package org.successplan.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.successplan.server.testing.Fixtures.plan;
import static org.successplan.server.testing.Fixtures.referralTask;
import static org.successplan.server.testing.Fixtures.student;
import static org.successplan.server.testing.Fixtures.unique;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.ServerIT;

/** Storage over real HTTP: the FHIR interactions every client relies on, for the resource types we use most. */
@ServerIT
class FhirCrudIT {

    @LocalServerPort
    int port;

    IGenericClient client;

    @BeforeEach
    void connect() {
        client = FhirClients.client(port);
    }

    /** A resource to store, given a stored student to point at, and a change to make to it. */
    record Kind(String name, Function<Reference, DomainResource> create, UnaryOperator<DomainResource> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(new Kind("Patient", ref -> student("Crud"), r -> {
                    ((Patient) r).getNameFirstRep().setFamily("Changed");
                    return r;
                })),
                Arguments.of(new Kind("CarePlan", ref -> plan(ref), r -> {
                    ((CarePlan) r).setTitle("Changed");
                    return r;
                })),
                Arguments.of(new Kind("Task", ref -> referralTask(ref), r -> {
                    ((Task) r).setDescription("Changed");
                    return r;
                })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void createReadUpdateVreadHistoryDelete(Kind kind) {
        Reference studentRef = new Reference(createStudent("Crud"));
        DomainResource original = kind.create().apply(studentRef);

        MethodOutcome created = client.create().resource(original).execute();
        assertThat(created.getCreated()).isTrue();
        IIdType id = created.getId().toUnqualifiedVersionless();
        assertThat(created.getId().getVersionIdPart()).isEqualTo("1");

        DomainResource read = (DomainResource)
                client.read().resource(original.getClass()).withId(id).execute();
        assertThat(read.getIdElement().getIdPart()).isEqualTo(id.getIdPart());
        assertThat(read.getMeta().getVersionId()).isEqualTo("1");

        DomainResource changed = kind.change().apply(read);
        MethodOutcome updated = client.update().resource(changed).execute();
        assertThat(updated.getId().getVersionIdPart()).isEqualTo("2");

        IBaseResource version1 = client.read()
                .resource(original.getClass())
                .withId(id.withVersion("1"))
                .execute();
        IBaseResource version2 = client.read()
                .resource(original.getClass())
                .withId(id.withVersion("2"))
                .execute();
        assertThat(FhirClients.FHIR.newTerser().getSinglePrimitiveValueOrNull(version1, textPath(kind)))
                .isNotEqualTo("Changed");
        assertThat(FhirClients.FHIR.newTerser().getSinglePrimitiveValueOrNull(version2, textPath(kind)))
                .isEqualTo("Changed");

        Bundle history =
                client.history().onInstance(id).returnBundle(Bundle.class).execute();
        assertThat(history.getEntry()).hasSize(2);

        client.delete().resourceById(id).execute();
        assertThatThrownBy(() ->
                        client.read().resource(original.getClass()).withId(id).execute())
                .isInstanceOf(ResourceGoneException.class);
        Bundle historyAfterDelete =
                client.history().onInstance(id).returnBundle(Bundle.class).execute();
        assertThat(historyAfterDelete.getEntry()).hasSize(3);
    }

    private static String textPath(Kind kind) {
        return switch (kind.name()) {
            case "Patient" -> "Patient.name.family";
            case "CarePlan" -> "CarePlan.title";
            default -> "Task.description";
        };
    }

    @Test
    void searchByIdentifier_findsExactlyThatStudent() {
        Patient patient = student("Ident");
        Identifier identifier = patient.getIdentifierFirstRep();
        client.create().resource(patient).execute();
        client.create().resource(student("Ident")).execute();

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
        IIdType maya = createStudent("Ref");
        IIdType other = createStudent("Ref");
        client.create().resource(plan(new Reference(maya))).execute();
        client.create().resource(plan(new Reference(maya))).execute();
        client.create().resource(plan(new Reference(other))).execute();
        client.create().resource(referralTask(new Reference(maya))).execute();

        Bundle plans = client.search()
                .forResource(CarePlan.class)
                .where(CarePlan.SUBJECT.hasId(maya))
                .returnBundle(Bundle.class)
                .execute();
        Bundle tasks = client.search()
                .forResource(Task.class)
                .where(Task.PATIENT.hasId(maya))
                .returnBundle(Bundle.class)
                .execute();

        assertThat(plans.getEntry())
                .hasSize(2)
                .allSatisfy(e -> assertThat(
                                ((CarePlan) e.getResource()).getSubject().getReference())
                        .isEqualTo(maya.getValue()));
        assertThat(tasks.getEntry()).hasSize(1);
    }

    @Test
    void transaction_resolvesUrnUuidReferences() {
        Bundle tx = new Bundle().setType(BundleType.TRANSACTION);
        String studentUrn = "urn:uuid:" + java.util.UUID.randomUUID();
        tx.addEntry()
                .setFullUrl(studentUrn)
                .setResource(student("Tx"))
                .getRequest()
                .setMethod(HTTPVerb.POST)
                .setUrl("Patient");
        tx.addEntry()
                .setResource(plan(new Reference(studentUrn)))
                .getRequest()
                .setMethod(HTTPVerb.POST)
                .setUrl("CarePlan");
        tx.addEntry()
                .setResource(referralTask(new Reference(studentUrn)))
                .getRequest()
                .setMethod(HTTPVerb.POST)
                .setUrl("Task");

        Bundle response = client.transaction().withBundle(tx).execute();

        assertThat(response.getEntry())
                .extracting(e -> e.getResponse().getStatus())
                .allSatisfy(status -> assertThat(status).startsWith("201"));
        String patientId = new org.hl7.fhir.r4.model.IdType(
                        response.getEntry().get(0).getResponse().getLocation())
                .toUnqualifiedVersionless()
                .getValue();
        CarePlan storedPlan = client.read()
                .resource(CarePlan.class)
                .withUrl(response.getEntry().get(1).getResponse().getLocation())
                .execute();
        Task storedTask = client.read()
                .resource(Task.class)
                .withUrl(response.getEntry().get(2).getResponse().getLocation())
                .execute();
        assertThat(storedPlan.getSubject().getReference()).isEqualTo(patientId);
        assertThat(storedTask.getFor().getReference()).isEqualTo(patientId);
    }

    @Test
    void conditionalCreate_withSameIdentifier_doesNotDuplicate() {
        String value = unique("cond");
        String condition =
                "Patient?identifier=" + org.successplan.server.testing.Fixtures.DISTRICT_STUDENT_ID + "|" + value;

        List<MethodOutcome> outcomes = Stream.of(1, 2, 3)
                .map(attempt -> {
                    Patient patient = student("Cond");
                    patient.getIdentifierFirstRep().setValue(value);
                    return client.create()
                            .resource(patient)
                            .conditionalByUrl(condition)
                            .execute();
                })
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

    private IIdType createStudent(String family) {
        return client.create().resource(student(family)).execute().getId().toUnqualifiedVersionless();
    }
}
