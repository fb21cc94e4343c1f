package org.successplan.server.consent;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.time.Clock;
import java.util.Optional;
import org.successplan.server.security.RequestIdentity;

/** Creates (once per request) the consent state of an authenticated request. */
final class RequestConsents {

    private final DaoRegistry daos;
    private final StudentRecords records;
    private final Clock clock;

    RequestConsents(DaoRegistry daos, StudentRecords records, Clock clock) {
        this.daos = daos;
        this.records = records;
        this.clock = clock;
    }

    /** The request's consent state; empty for the server's own and for anonymous requests. */
    Optional<RequestConsent> forRequest(RequestDetails request) {
        // The entries of a batch may be processed in parallel, on one request.
        synchronized (request.getUserData()) {
            return RequestConsent.of(request).or(() -> create(request));
        }
    }

    private Optional<RequestConsent> create(RequestDetails request) {
        return RequestIdentity.of(request).map(identity -> {
            PurposeOfUse purpose = PurposeOfUse.of(request);
            boolean emergency = purpose.emergency() && identity.emergencyAccess() && hasText(purpose.emergencyReason());
            RequestConsent consent = new RequestConsent(
                    identity.organization(), purpose, emergency, new ConsentLookup(daos), records, clock);
            consent.attachTo(request);
            return consent;
        });
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
