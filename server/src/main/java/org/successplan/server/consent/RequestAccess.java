package org.successplan.server.consent;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The consent decisions taken during one request, in the order they were taken. The consent feature
 * records them; the audit feature reads them when the request completes (who was shown which
 * student's records, on which basis and under which consent). Stored in
 * {@link RequestDetails#getUserData()} under {@link #USER_DATA_KEY}.
 */
public final class RequestAccess {

    public static final String USER_DATA_KEY = RequestAccess.class.getName();

    private RequestAccess() {}

    /** The decisions so far; empty when consent did not look at any student record. */
    @SuppressWarnings("unchecked")
    public static List<AccessDecision> decisions(RequestDetails request) {
        Object decisions = request.getUserData().get(USER_DATA_KEY);
        return decisions == null ? List.of() : Collections.unmodifiableList((List<AccessDecision>) decisions);
    }

    @SuppressWarnings("unchecked")
    static void record(RequestDetails request, AccessDecision decision) {
        List<AccessDecision> decisions;
        // The entries of a batch may be processed in parallel, on one request.
        synchronized (request.getUserData()) {
            decisions = (List<AccessDecision>) request.getUserData()
                    .computeIfAbsent(USER_DATA_KEY, k -> Collections.synchronizedList(new ArrayList<>()));
        }
        decisions.add(decision);
    }
}
