package org.successplan.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.auth.CompartmentSearchParameterModifications;
import ca.uhn.fhir.util.FhirTerser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.successplan.server.security.AuthorTag;

/**
 * Extracts {@link SeenResource}s from resources: the students a record is about (the Patient itself,
 * or the owners of its Patient compartment; R4 leaves Task out of that compartment, so its
 * {@code patient} parameter is added), its need domains, security labels and authors. AuditEvents are
 * not student records (reading the audit log is not a disclosure of the records it describes).
 */
final class ResourceFacts {

    private static final CompartmentSearchParameterModifications TASK_FOR_PATIENT =
            CompartmentSearchParameterModifications.fromAdditionalCompartmentParamNames("Task", Set.of("patient"));

    private final FhirTerser terser;

    ResourceFacts(FhirContext fhirContext) {
        this.terser = fhirContext.newTerser();
    }

    /** The resources a response carries: a resource, or the entries of (nested) Bundles and Parameters. */
    List<SeenResource> returnedBy(IBaseResource response) {
        List<SeenResource> seen = new ArrayList<>();
        collect(response, seen, 0);
        return seen;
    }

    private void collect(IBaseResource resource, List<SeenResource> seen, int depth) {
        if (resource == null || depth > 3) {
            return;
        }
        if (resource instanceof Bundle bundle) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                collect(entry.getResource(), seen, depth + 1);
            }
            return;
        }
        if (resource instanceof Parameters parameters) {
            for (Parameters.ParametersParameterComponent parameter : parameters.getParameter()) {
                collect(parameter.getResource(), seen, depth + 1);
                parameter.getPart().forEach(part -> collect(part.getResource(), seen, depth + 1));
            }
            return;
        }
        SeenResource one = of(resource);
        if (one != null) {
            seen.add(one);
        }
    }

    /** The facts of one stored resource, or {@code null} for one without a server id (or an OperationOutcome). */
    SeenResource of(IBaseResource resource) {
        if (resource == null || resource instanceof OperationOutcome) {
            return null;
        }
        IIdType id = resource.getIdElement();
        if (id == null || !id.hasIdPart() || id.getIdPart().startsWith("#")) {
            return null;
        }
        String type = resource.fhirType();
        String version = id.hasVersionIdPart()
                ? id.getVersionIdPart()
                : resource.getMeta().getVersionId();
        return new SeenResource(
                type + "/" + id.getIdPart(),
                version,
                type,
                studentsOf(resource, type, id.getIdPart()),
                resource instanceof Patient patient ? custodianOf(patient) : null,
                needDomainsOf(resource),
                labelsOf(resource),
                Set.copyOf(AuthorTag.organizationsOf(resource)));
    }

    /** The managing organization of a student, as {@code Organization/id}, or {@code null}. */
    static String custodianOf(Patient patient) {
        if (!patient.hasManagingOrganization()
                || !patient.getManagingOrganization().hasReference()) {
            return null;
        }
        IIdType organization = patient.getManagingOrganization().getReferenceElement();
        return organization.hasIdPart() ? "Organization/" + organization.getIdPart() : null;
    }

    private List<String> studentsOf(IBaseResource resource, String type, String idPart) {
        if ("Patient".equals(type)) {
            return List.of("Patient/" + idPart);
        }
        if ("AuditEvent".equals(type)) {
            return List.of();
        }
        Set<String> students = new TreeSet<>();
        try {
            for (IIdType owner : terser.getCompartmentOwnersForResource("Patient", resource, TASK_FOR_PATIENT)) {
                // Compartment parameters without a type filter (e.g. Condition.asserter) also yield
                // references to RelatedPersons and Practitioners: only Patients are students.
                if ("Patient".equals(owner.getResourceType())
                        && owner.hasIdPart()
                        && !owner.getIdPart().startsWith("#")) {
                    students.add("Patient/" + owner.getIdPart());
                }
            }
        } catch (RuntimeException notInCompartment) {
            // A type without Patient-compartment parameters.
        }
        return List.copyOf(students);
    }

    private Set<String> needDomainsOf(IBaseResource resource) {
        Set<String> domains = new TreeSet<>();
        for (Coding coding : terser.getAllPopulatedChildElementsOfType(resource, Coding.class)) {
            if (AuditCodes.NEED_DOMAIN.equals(coding.getSystem()) && coding.hasCode()) {
                domains.add(coding.getCode());
            }
        }
        return domains;
    }

    private static List<String> labelsOf(IBaseResource resource) {
        Set<String> labels = new LinkedHashSet<>();
        if (resource instanceof Resource r) {
            for (Coding label : r.getMeta().getSecurity()) {
                if (label.hasCode()) {
                    labels.add((label.hasSystem() ? label.getSystem() : "") + "|" + label.getCode());
                }
            }
        }
        return List.copyOf(labels);
    }
}
