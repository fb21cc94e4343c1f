package org.successplan.server.ig;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;

/**
 * A write the server makes itself, of a change shown to keep its resource conformant to the profiles
 * it declares, so profile validation does not validate the whole resource again. Only for changes a
 * test proves conformant for the profiles the resource declares (for example, the link a new referral
 * adds to a plan that declares only the SuccessPlan profile: {@code PlanLinkConformanceIT}); every other
 * storage rule (consent, audit, referral rules) still applies.
 */
public final class ConformingServerWrite {

    private static final String MARK = ConformingServerWrite.class.getName();

    private ConformingServerWrite() {}

    /** A new system request whose writes profile validation trusts. */
    public static SystemRequestDetails request() {
        SystemRequestDetails request = new SystemRequestDetails();
        request.getUserData().put(MARK, Boolean.TRUE);
        return request;
    }

    static boolean isOne(RequestDetails request) {
        return request != null && Boolean.TRUE.equals(request.getUserData().get(MARK));
    }
}
