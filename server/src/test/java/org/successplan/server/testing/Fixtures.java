package org.successplan.server.testing;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;

/**
 * Conformant resources for tests that need "a student" or "a referral task" rather than the whole
 * story: copies of the example story's resources, pointing at one copy of the story stored once per
 * server. Every identifier is new, so tests never see each other's data, even on a PostgreSQL database
 * that keeps rows between runs.
 */
public final class Fixtures {

    public static final String STUDENT = "Patient/ssp-ex-maya-student";
    public static final String REFERRAL_TASK = "Task/ssp-ex-maya-task-clinic";
    public static final String CONSENT = "Consent/ssp-ex-maya-consent-foodbank";
    public static final String DATA_CLASS = "http://successplan.org/fhir/CodeSystem/ssp-data-class";
    public static final String CONSENT_ACTION = "http://terminology.hl7.org/CodeSystem/consentaction";

    private static final Map<Integer, Story.Posted> STORIES = new ConcurrentHashMap<>();

    private final Story.Posted story;

    private Fixtures(Story.Posted story) {
        this.story = story;
    }

    /** Fixtures for the server on {@code port}; the first call stores the story with a full-access client. */
    public static Fixtures on(int port) {
        return new Fixtures(
                STORIES.computeIfAbsent(port, p -> Story.forSchool(p).post(FhirClients.client(p))));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** The stored story the fixtures point at. */
    public Story.Posted story() {
        return story;
    }

    /** A new, unsaved Student with this family name. */
    public Patient student(String family) {
        Patient student = story.copyOf(STUDENT, Patient.class);
        student.getNameFirstRep().setFamily(family);
        return student;
    }

    /**
     * A new, unsaved SharingConsent of {@code student} (recorded by the student's custodian) that permits
     * {@code recipient}, for student support and referral fulfillment, to the given data classes and
     * consent actions ({@code access}, {@code collect}), in force today, at confidentiality N.
     */
    public Consent consent(String student, String recipient, List<String> dataClasses, String... actions) {
        Consent consent = story.copyOf(CONSENT, Consent.class);
        consent.setPatient(new Reference(student));
        Consent.ProvisionComponent permit = consent.getProvision().getProvisionFirstRep();
        permit.getActorFirstRep().setReference(new Reference(recipient));
        permit.getClass_().clear();
        dataClasses.forEach(c -> permit.addClass_(new Coding(DATA_CLASS, c, null)));
        permit.getCode().clear();
        permit.getAction().clear();
        for (String action : actions) {
            permit.addAction(new CodeableConcept(new Coding(CONSENT_ACTION, action, null)));
        }
        return consent;
    }

    /**
     * A new, unsaved ReferralTask for {@code student}, owned by the story's custodian school (so creating
     * it needs no consent for another organization).
     */
    public Task referralTask(Reference student) {
        Task task = story.copyOf(REFERRAL_TASK, Task.class);
        task.setFor(student);
        task.setOwner(new Reference(story.id(Story.DISTRICT)));
        return task;
    }
}
