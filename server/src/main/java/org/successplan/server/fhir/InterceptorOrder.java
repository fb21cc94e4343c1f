package org.successplan.server.fhir;

/**
 * Order of our HAPI interceptors (lower runs first on the way in). Gaps leave room; HAPI's own
 * constants for reference: consent 100, authorization 200.
 */
public final class InterceptorOrder {

    /** Access log: first in, last out, so it sees every outcome. */
    public static final int ACCESS_LOG = -100;

    private InterceptorOrder() {}
}
