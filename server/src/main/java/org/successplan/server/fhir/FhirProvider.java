package org.successplan.server.fhir;

/**
 * Marks a Spring bean as a HAPI provider that a feature adds to the {@code RestfulServer}: a plain
 * provider (operations such as {@code Patient/{id}/$disclosures}) or a resource provider. A resource
 * provider ({@code IResourceProvider}) serves its resource type <em>instead of</em> HAPI's JPA provider
 * for that type, e.g. the audit feature's AuditEvent provider, which reads its own tables.
 */
public interface FhirProvider {}
