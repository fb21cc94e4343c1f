package org.successplan.server.fhir;

import org.hl7.fhir.r4.model.CapabilityStatement;

/**
 * Adds a feature's part to the CapabilityStatement (e.g. the implementation guides it conforms to, or
 * the security service). Beans of this type are applied, in no particular order, each time HAPI builds
 * the statement.
 */
public interface CapabilityStatementCustomizer {

    void customize(CapabilityStatement capabilityStatement);
}
