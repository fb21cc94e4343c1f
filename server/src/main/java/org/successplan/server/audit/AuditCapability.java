package org.successplan.server.audit;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.successplan.server.fhir.CapabilityStatementCustomizer;

/**
 * Describes the AuditEvent endpoint as it is ({@link AuditEventProvider}): read, vread and search with
 * its own parameters, no writes, instead of the JPA search parameters HAPI would list for the type.
 */
final class AuditCapability implements CapabilityStatementCustomizer {

    @Override
    public void customize(CapabilityStatement capabilityStatement) {
        for (CapabilityStatement.CapabilityStatementRestComponent rest : capabilityStatement.getRest()) {
            for (CapabilityStatementRestResourceComponent resource : rest.getResource()) {
                if ("AuditEvent".equals(resource.getType())) {
                    describe(resource);
                }
            }
        }
    }

    private static void describe(CapabilityStatementRestResourceComponent resource) {
        resource.setDocumentation("The audit log, append-only and hash-chained: written by the server for every"
                + " request, never through the API. Auditors (operator clients or system/AuditEvent.rs) read every"
                + " record; a student's custodian reads the records about its students. AuditEvent/$verify-chain"
                + " checks the chain.");
        resource.getInteraction().clear();
        resource.addInteraction().setCode(TypeRestfulInteraction.READ);
        resource.addInteraction().setCode(TypeRestfulInteraction.VREAD);
        resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        resource.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        resource.setReadHistory(false);
        resource.setUpdateCreate(false);
        resource.setConditionalCreate(false);
        resource.setConditionalUpdate(false);
        resource.setConditionalDelete(null);
        resource.getSearchInclude().clear();
        resource.getSearchRevInclude().clear();
        resource.getSearchParam().clear();
        param(resource, "patient", SearchParamType.REFERENCE, "A student the record concerns");
        param(resource, "date", SearchParamType.DATE, "When the request was recorded");
        param(resource, "agent", SearchParamType.REFERENCE, "The requesting organization");
        param(resource, "outcome", SearchParamType.TOKEN, "0 success, 4 refused or invalid, 8 server error");
        param(resource, "subtype", SearchParamType.TOKEN, "The interaction: read, search-type, create, operation …");
        param(resource, "purpose", SearchParamType.TOKEN, "The declared purpose of use (code)");
        param(resource, "request-id", SearchParamType.STRING, "The X-Request-ID of the audited request");
    }

    private static void param(
            CapabilityStatementRestResourceComponent resource, String name, SearchParamType type, String doc) {
        resource.addSearchParam().setName(name).setType(type).setDocumentation(doc);
    }
}
