package org.successplan.server.fhir;

/**
 * Order of our HAPI interceptors (lower runs first on the way in). Gaps leave room; HAPI's own
 * constants for reference: consent 100, authorization 200.
 */
public final class InterceptorOrder {

    /** Access log: first in, last out, so it sees every outcome. */
    public static final int ACCESS_LOG = -100;

    /** Outgoing exceptions: a database that cannot be reached becomes 503 (storage). Before INTERNAL_ERROR. */
    public static final int DATABASE_UNAVAILABLE = -60;

    /** Outgoing exceptions: any other 5xx is logged and answered without internals (web). */
    public static final int INTERNAL_ERROR = -50;

    /** Adds this server's SMART endpoints to the CapabilityStatement. */
    public static final int CAPABILITY_SECURITY = 0;

    /** Puts the request's verified identity (client, organization, scopes) on the RequestDetails. */
    public static final int IDENTITY = 10;

    /** Malformed conditional headers, search modifiers, paging values and include limits (limits). */
    public static final int REQUEST_CHECKS = 20;

    /** Transaction/batch entry count and entry structure, before the scope gate walks the entries (limits). */
    public static final int BUNDLE_LIMITS = 180;

    /** SMART scope checks per interaction, transaction entry and stored resource (security.ScopeGate). */
    public static final int SCOPE_GATE = 190;

    /** HAPI AuthorizationInterceptor with rules built from the scopes (after the scope gate). */
    public static final int AUTHORIZATION = 200;

    /** Records the acting organization on every stored resource (storage registry). */
    public static final int AUTHOR_TAG = 500;

    /** Storage: declare the single profile of a type that has only one, before validation. */
    public static final int PROFILE_DECLARATION = 300;

    /** Storage: refuse writes to conformance resources installed from a package. */
    public static final int CONFORMANCE_GUARD = 310;

    /** Storage: validate against the profiles, last, on the resource as it will be stored. */
    public static final int PROFILE_VALIDATION = 400;

    private InterceptorOrder() {}
}
