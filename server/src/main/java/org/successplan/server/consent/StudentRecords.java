package org.successplan.server.consent;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.util.FhirTerser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseCoding;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Patient;
import org.successplan.server.security.AuthorTag;

/**
 * Turns a FHIR resource into the facts of a {@link StudentRecord}: a resource is a student record when it
 * is in a Patient compartment (the Patient itself, or a resource whose subject/patient/for is one),
 * except AuditEvents, whose access the audit feature governs.
 */
final class StudentRecords {

    /** Security labels that mark how a record is handled rather than how sensitive it is. */
    private static final Set<String> HANDLING_LABELS = Set.of("EDREC");

    private static final Set<String> HANDLING_SYSTEMS = Set.of(
            "http://terminology.hl7.org/CodeSystem/v3-ObligationPolicy",
            "http://terminology.hl7.org/CodeSystem/v3-RefrainPolicy");

    private static final Set<String> NOT_GOVERNED = Set.of("AuditEvent", "Provenance", "Subscription");

    private final FhirContext fhirContext;
    private final FhirTerser terser;
    private final Terminology terminology;

    StudentRecords(FhirContext fhirContext, Terminology terminology) {
        this.fhirContext = fhirContext;
        this.terser = fhirContext.newTerser();
        this.terminology = terminology;
    }

    /** Whether resources of this type are student records (the Patient and its compartment). */
    boolean isStudentRecordType(String type) {
        if (NOT_GOVERNED.contains(type) || !fhirContext.getResourceTypes().contains(type)) {
            return false;
        }
        return "Patient".equals(type)
                || "Task".equals(type)
                || !fhirContext
                        .getResourceDefinition(type)
                        .getSearchParamsForCompartmentName("Patient")
                        .isEmpty();
    }

    /** The student a resource is about ({@code Patient/..}), if it is a student record. */
    Optional<String> studentOf(IBaseResource resource) {
        String type = fhirContext.getResourceType(resource);
        if (NOT_GOVERNED.contains(type)) {
            return Optional.empty();
        }
        if (resource instanceof Patient patient) {
            IIdType id = patient.getIdElement();
            return Optional.of(id.hasIdPart() ? "Patient/" + id.getIdPart() : "Patient");
        }
        if (resource instanceof org.hl7.fhir.r4.model.Task task) {
            // R4's Patient compartment leaves Task out; a ReferralTask is a student record through Task.for.
            return studentReference(task.getFor().getReferenceElement());
        }
        if (fhirContext
                .getResourceDefinition(type)
                .getSearchParamsForCompartmentName("Patient")
                .isEmpty()) {
            return Optional.empty();
        }
        List<IIdType> owners =
                terser.getCompartmentOwnersForResource("Patient", resource, (java.util.Set<String>) null);
        return owners.stream()
                .filter(IIdType::hasIdPart)
                .filter(id -> !id.hasResourceType() || "Patient".equals(id.getResourceType()))
                .filter(id -> !id.getValue().startsWith("urn:"))
                .map(id -> "Patient/" + id.getIdPart())
                .findFirst();
    }

    private static Optional<String> studentReference(IIdType reference) {
        if (reference == null || !reference.hasIdPart() || reference.getValue().startsWith("urn:")) {
            return Optional.empty();
        }
        return "Patient".equals(reference.getResourceType())
                ? Optional.of("Patient/" + reference.getIdPart())
                : Optional.empty();
    }

    /** The facts of a student record, given its student and custodian. */
    StudentRecord of(IBaseResource resource, String student, String custodian) {
        String type = fhirContext.getResourceType(resource);
        IIdType id = resource.getIdElement();
        Confidentiality confidentiality = Confidentiality.N;
        Set<String> sensitivity = new LinkedHashSet<>();
        for (IBaseCoding label : resource.getMeta().getSecurity()) {
            if (Confidentiality.SYSTEM.equals(label.getSystem())) {
                Confidentiality level = Confidentiality.ofCode(label.getCode()).orElse(Confidentiality.N);
                if (level.compareTo(confidentiality) > 0 || confidentiality == Confidentiality.N) {
                    confidentiality = level;
                }
            } else if (label.getCode() != null
                    && !HANDLING_LABELS.contains(label.getCode())
                    && !HANDLING_SYSTEMS.contains(label.getSystem())) {
                sensitivity.add(label.getCode());
            }
        }
        Set<String> recipients =
                resource instanceof Consent consent ? SharingConsentReader.recipients(consent) : Set.of();
        return new StudentRecord(
                id.hasIdPart() ? type + "/" + id.getIdPart() : type,
                type,
                student,
                custodian,
                new LinkedHashSet<>(AuthorTag.organizationsOf(resource)),
                terminology.dataClassesOf(type),
                needDomainsOf(resource, type),
                confidentiality,
                sensitivity,
                recipients);
    }

    /** The record, with the need domains and labels of another resource it discloses added. */
    StudentRecord withFactsOf(StudentRecord record, IBaseResource other) {
        StudentRecord borrowed = of(other, record.student(), record.custodian());
        Set<String> domains = new LinkedHashSet<>(record.needDomains());
        domains.addAll(borrowed.needDomains());
        Set<String> labels = new LinkedHashSet<>(record.sensitivityLabels());
        labels.addAll(borrowed.sensitivityLabels());
        Confidentiality confidentiality = record.confidentiality().compareTo(borrowed.confidentiality()) >= 0
                ? record.confidentiality()
                : borrowed.confidentiality();
        return new StudentRecord(
                record.resource(),
                record.type(),
                record.student(),
                record.custodian(),
                record.authors(),
                record.dataClasses(),
                domains,
                confidentiality,
                labels,
                record.recipients());
    }

    /** The need-domain codes in the resource's {@code category}. */
    Set<String> needDomainsOf(IBaseResource resource, String type) {
        RuntimeResourceDefinition definition = fhirContext.getResourceDefinition(type);
        if (definition.getChildByName("category") == null) {
            return Set.of();
        }
        Set<String> domains = new LinkedHashSet<>();
        for (Coding coding : terser.getValues(resource, type + ".category.coding", Coding.class)) {
            if (Terminology.NEED_DOMAIN.equals(coding.getSystem()) && coding.getCode() != null) {
                domains.add(coding.getCode());
            }
        }
        return domains;
    }
}
