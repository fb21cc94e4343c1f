package org.successplan.server.consent;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.successplan.server.consent.SharingConsent.Grant;

/**
 * The consent rules of the implementation guide (consent-and-privacy.md), as a pure function. A
 * request from organization O for purpose P on record R of student S is permitted when O is S's
 * custodian or wrote R, when R is a consent that names O, or when an active SharingConsent for S has a
 * permit provision, in force today, that names O (or a team O belongs to) for P and the action, covers
 * R's data class and (if R has one) its need domain, releases R's confidentiality and every
 * sensitivity label R carries, and denies none of them; failing all that, declared emergency access
 * permits it. Everything else is denied, with the reason closest to a permit.
 */
final class ConsentPolicy {

    private ConsentPolicy() {}

    static AccessDecision decide(
            Requester requester,
            StudentRecord record,
            List<SharingConsent> consents,
            ConsentAction action,
            LocalDate today) {
        String organization = requester.organization();
        if (organization != null && organization.equals(record.custodian())) {
            return decision(record, AccessBasis.CUSTODIAN, null, organization + " is the student's custodian");
        }
        if (record.authors().contains(organization)) {
            return decision(record, AccessBasis.AUTHOR, null, organization + " wrote this record");
        }
        if (action == ConsentAction.ACCESS
                && "Consent".equals(record.type())
                && namesRequester(record.recipients(), requester)) {
            return decision(record, AccessBasis.CONSENT, record.resource(), "the consent names " + organization);
        }
        Miss closest = new Miss(0, "no active consent of " + record.student() + " names " + organization);
        for (SharingConsent consent : consents) {
            if (!consent.student().equals(record.student()) || !consent.inForceOn(today)) {
                continue;
            }
            for (Grant grant : consent.grants()) {
                Miss miss = check(grant, requester, record, action, today);
                if (miss == null) {
                    return decision(
                            record,
                            AccessBasis.CONSENT,
                            consent.id(),
                            consent.id() + " permits " + organization + " for " + requester.purpose());
                }
                if (miss.depth() > closest.depth()) {
                    closest = new Miss(miss.depth(), consent.id() + ": " + miss.reason());
                }
            }
        }
        if (requester.emergency()) {
            return decision(record, AccessBasis.EMERGENCY, null, "emergency access: " + requester.emergencyReason());
        }
        return decision(record, AccessBasis.DENIED, null, closest.reason());
    }

    /** The first criterion a grant fails, or {@code null} when it permits; depth says how close it came. */
    private static Miss check(
            Grant grant, Requester requester, StudentRecord record, ConsentAction action, LocalDate today) {
        if (!namesRequester(grant.actors(), requester)) {
            return new Miss(1, "does not name " + requester.organization());
        }
        if (!grant.purposes().contains(requester.purpose())) {
            return new Miss(2, "does not permit the purpose " + requester.purpose());
        }
        if (!grant.actions().isEmpty() && !grant.actions().contains(action.code)) {
            return new Miss(3, "does not permit the action " + action.code);
        }
        if (!SharingConsent.within(today, grant.start(), grant.end())) {
            return new Miss(4, "is not in force today");
        }
        if (!grant.dataClasses().isEmpty()
                && Collections.disjoint(grant.dataClasses(), record.dataClasses())
                && !grant.dataClasses().contains(record.type())) {
            return new Miss(5, "does not cover " + record.type() + " records (classes " + grant.dataClasses() + ")");
        }
        if (!grant.needDomains().isEmpty()
                && !record.needDomains().isEmpty()
                && Collections.disjoint(grant.needDomains(), record.needDomains())) {
            return new Miss(6, "does not cover the need domains " + record.needDomains());
        }
        if (!record.confidentiality().atMost(grant.ceiling())) {
            return new Miss(
                    7,
                    "releases up to confidentiality " + grant.ceiling() + ", the record is "
                            + record.confidentiality());
        }
        for (String label : record.sensitivityLabels()) {
            if (grant.deniedLabels().contains(label)) {
                return new Miss(8, "denies records labelled " + label);
            }
            if (!grant.permittedLabels().contains(label)) {
                return new Miss(8, "does not release records labelled " + label);
            }
        }
        return null;
    }

    private static boolean namesRequester(Set<String> actors, Requester requester) {
        return actors.contains(requester.organization()) || !Collections.disjoint(actors, requester.memberOf());
    }

    private static AccessDecision decision(
            StudentRecord record, AccessBasis basis, String consent, String explanation) {
        return new AccessDecision(record.resource(), record.student(), basis, consent, explanation);
    }

    private record Miss(int depth, String reason) {}
}
