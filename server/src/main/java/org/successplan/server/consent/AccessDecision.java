package org.successplan.server.consent;

/**
 * One consent decision taken during a request, kept on the request for the audit trail.
 *
 * @param resource the record, {@code Type/id}
 * @param student the student the record is about, {@code Patient/id}; {@code null} when it is not a
 *     student record
 * @param basis why it was permitted, or {@link AccessBasis#DENIED}
 * @param consent the SharingConsent that permitted it ({@code Consent/id}), when the basis is {@link
 *     AccessBasis#CONSENT}; otherwise {@code null}
 * @param explanation a human-readable reason, e.g. "no active consent names Organization/7 for class
 *     needs"
 */
public record AccessDecision(String resource, String student, AccessBasis basis, String consent, String explanation) {

    public boolean permitted() {
        return basis != AccessBasis.DENIED;
    }
}
