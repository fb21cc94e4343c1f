package org.successplan.server.fhir;

/**
 * Order of our HAPI interceptors (lower runs first on the way in). Gaps leave room; HAPI's own
 * constants for reference: consent 100, authorization 200.
 */
public final class InterceptorOrder {

    /** Access log: first in, last out, so it sees every outcome. */
    public static final int ACCESS_LOG = -100;

    /** Adds this server's SMART endpoints to the CapabilityStatement. */
    public static final int CAPABILITY_SECURITY = 0;

    /** Puts the request's verified identity (client, organization, scopes) on the RequestDetails. */
    public static final int IDENTITY = 10;

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

    /** Refuses API writes of AuditEvents before a handler is chosen (REST) and before storage (storage registry). */
    public static final int AUDIT_LOG_GUARD = 20;

    /**
     * Records the request for the audit trail (audit.AuditCaptureInterceptor): last, so it sees the response
     * as consent and authorization left it.
     */
    public static final int AUDIT_CAPTURE = 900;

    private InterceptorOrder() {}
}
