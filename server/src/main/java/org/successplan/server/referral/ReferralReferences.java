package org.successplan.server.referral;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskOutputComponent;

/**
 * Reads what the lifecycle rules need from a stored or incoming Task: references in the {@code Type/id}
 * form, and the organization behind a requester or owner (an Organization itself, or a Navigator's
 * {@code PractitionerRole.organization}, read with the server's own rights). Cost: one read per
 * PractitionerRole reference.
 */
final class ReferralReferences {

    private final DaoRegistry daoRegistry;

    ReferralReferences(DaoRegistry daoRegistry) {
        this.daoRegistry = daoRegistry;
    }

    /** The rules' view of a task. */
    ReferralTransitions.TaskState stateOf(Task task) {
        return new ReferralTransitions.TaskState(
                task.hasStatus() ? task.getStatus().toCode() : null,
                local(task.getRequester()),
                organizationOf(task.getRequester()),
                local(task.getOwner()),
                organizationOf(task.getOwner()),
                local(task.getFocus()),
                local(task.getFor()),
                codeOf(task),
                task.hasIntent() ? task.getIntent().toCode() : null,
                task.hasStatusReason() && !task.getStatusReason().isEmpty(),
                hasDeliveredOutput(task));
    }

    /** {@code Type/id} of a literal reference (absolute URLs to this server lose their base); {@code null} if none. */
    static String local(Reference reference) {
        if (reference == null || !reference.hasReference()) {
            return null;
        }
        String value = reference.getReference();
        if (value.startsWith("urn:") || value.startsWith("#")) {
            return value;
        }
        IdType id = new IdType(value);
        return id.hasResourceType() && id.hasIdPart()
                ? id.toUnqualifiedVersionless().getValue()
                : value;
    }

    /** The organization a requester/owner reference stands for, or {@code null}. */
    String organizationOf(Reference reference) {
        String local = local(reference);
        if (local == null) {
            return null;
        }
        if (local.startsWith("Organization/")) {
            return local;
        }
        if (local.startsWith("PractitionerRole/")) {
            try {
                PractitionerRole role = daoRegistry
                        .getResourceDao(PractitionerRole.class)
                        .read(new IdType(local), new SystemRequestDetails(), true);
                String organization = local(role.getOrganization());
                return organization != null && organization.startsWith("Organization/") ? organization : null;
            } catch (ResourceNotFoundException | ResourceGoneException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether an output references what was delivered: a ServiceDelivered Procedure or an outcome
     * Observation (inside a transaction possibly still the entry's {@code urn:uuid}).
     */
    static boolean hasDeliveredOutput(Task task) {
        for (TaskOutputComponent output : task.getOutput()) {
            if (output.getValue() instanceof Reference reference && isDelivered(local(reference))) {
                return true;
            }
        }
        return false;
    }

    static boolean isDelivered(String reference) {
        return reference != null
                && (reference.startsWith("Procedure/")
                        || reference.startsWith("Observation/")
                        || reference.startsWith("urn:uuid:"));
    }

    private static String codeOf(Task task) {
        if (!task.hasCode()) {
            return null;
        }
        StringBuilder code = new StringBuilder();
        for (Coding coding : task.getCode().getCoding()) {
            code.append(coding.getSystem()).append('|').append(coding.getCode()).append(' ');
        }
        return code.toString().strip();
    }
}
