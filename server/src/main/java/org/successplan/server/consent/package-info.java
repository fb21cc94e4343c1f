/**
 * Consent: decides, for every record of a student that a request reads or writes, whether the
 * requesting organization may (custodian, author, an active SharingConsent, or declared emergency
 * access), and records each decision on the request for the audit trail. The decision rules are pure
 * ({@code ConsentPolicy}); HAPI adapters apply them to reads, searches and writes.
 */
package org.successplan.server.consent;
