package org.successplan.server.fhir;

/**
 * Marks a Spring bean as a HAPI plain provider: a class with {@code @Operation} (or other
 * {@code ca.uhn.fhir.rest.annotation}) methods that a feature adds to the FHIR endpoint, e.g. {@code
 * Task/$closed-loop-report}. {@link FhirServerConfig} registers every such bean on the RestfulServer.
 * Remember the scope rules: an operation is refused unless {@code security.ScopePolicy} admits it.
 */
public interface OperationProvider {}
