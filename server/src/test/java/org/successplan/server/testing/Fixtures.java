package org.successplan.server.testing;

import java.util.UUID;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;

/**
 * Resources for tests. Every identifier is unique per call, so tests never see each other's data, even
 * on a PostgreSQL database that keeps rows between runs.
 */
public final class Fixtures {

    public static final String DISTRICT_STUDENT_ID = "http://successplan.org/fhir/test/district-student-id";

    private Fixtures() {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static Patient student(String family) {
        Patient patient = new Patient();
        patient.addIdentifier(new Identifier().setSystem(DISTRICT_STUDENT_ID).setValue(unique("stu")));
        patient.addName().setFamily(family).addGiven("Maya");
        patient.setGender(AdministrativeGender.FEMALE);
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("2014-03-09"));
        return patient;
    }

    public static CarePlan plan(Reference student) {
        CarePlan plan = new CarePlan();
        plan.addIdentifier(
                new Identifier().setSystem(DISTRICT_STUDENT_ID + "/plan").setValue(unique("plan")));
        plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle("Success plan 2026-27");
        plan.setSubject(student);
        return plan;
    }

    public static Task referralTask(Reference student) {
        Task task = new Task();
        task.addIdentifier(
                new Identifier().setSystem(DISTRICT_STUDENT_ID + "/task").setValue(unique("task")));
        task.setStatus(Task.TaskStatus.REQUESTED);
        task.setIntent(Task.TaskIntent.ORDER);
        task.setFor(student);
        task.setDescription("Refer to food bank");
        return task;
    }
}
