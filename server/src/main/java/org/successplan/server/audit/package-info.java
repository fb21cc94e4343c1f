/**
 * Audit trail and disclosure accounting (issue 7): every FHIR request is recorded as an AuditEvent in
 * an append-only, hash-chained log in our own tables; auditors and custodians read it at
 * {@code /fhir/AuditEvent}; {@code AuditEvent/$verify-chain} finds the first broken link;
 * {@code Patient/{id}/$disclosures} lists who was shown a student's records, when, why and under which
 * consent (FHIR or CSV).
 *
 * <p>Flow: {@code AuditFilter} (servlet filter, also sees {@code 401}s) puts an {@code AuditCapture} on
 * each request; {@code AuditCaptureInterceptor} fills it from HAPI (interaction, identity, purpose of use,
 * returned and written resources, consent decisions from {@code consent.RequestAccess}); the filter hands
 * the finished {@code AuditRecord} to the {@code AuditWriter} queue; its thread builds the AuditEvents
 * ({@code AuditEventFactory}) and appends them in batches ({@code AuditStore}, {@code HashChain}). Reads go
 * through {@code AuditAccess}; the report is {@code DisclosureReport}. Design: docs/adr/0005-audit-trail.md.
 *
 * <p>Public API for other features: none beyond the configuration record {@link
 * org.successplan.server.audit.AuditProperties}; features feed the audit through
 * {@code consent.RequestAccess} and {@code security.RequestIdentity}.
 */
package org.successplan.server.audit;
