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
    public static final int BUNDLE_LIMITS = 185;
    /** Consent: plain reads of directory and definition types skip consent filtering (before HAPI's 100). */
    public static final int CONSENT_BYPASS = 90;

    /** SMART scope checks per interaction, transaction entry and stored resource (security.ScopeGate). */
    public static final int SCOPE_GATE = 190;

    /** HAPI AuthorizationInterceptor with rules built from the scopes (after the scope gate). */
    public static final int AUTHORIZATION = 200;

    /** Consent: refuse searches that would join into student records (after the scope checks). */
    public static final int CONSENT_SEARCH = 220;

    /** Records the acting organization on every stored resource (storage registry). */
    public static final int AUTHOR_TAG = 500;

    /** Storage: consent rules for writes (custodian, author, collect permission, referral recipients). */
    public static final int CONSENT_WRITE = 250;

    /** Storage: default confidentiality and sensitivity labels from a record's need domains. */
    public static final int SECURITY_LABELS = 260;

    /** Storage: declare the single profile of a type that has only one, before validation. */
    public static final int PROFILE_DECLARATION = 300;

    /** Storage: refuse writes to conformance resources installed from a package. */
    public static final int CONFORMANCE_GUARD = 310;

    /**
     * Storage: Subscriptions are limited to rest-hook, id-only, own-organization Task criteria; before
     * HAPI's own SubscriptionValidatingInterceptor (order 0), so clients get our error codes.
     */
    public static final int SUBSCRIPTION_POLICY = -20;

    /** REST: Task updates need a versioned If-Match (428 without), checked before anything else of the request. */
    public static final int REFERRAL_IF_MATCH = 180;

    /** REST: a client sees only its own organization's Subscriptions (they carry its endpoint and headers). */
    public static final int SUBSCRIPTION_VISIBILITY = 210;

    /** Storage: the referral lifecycle (ReferralTask transitions), after profile declaration, before validation. */
    public static final int REFERRAL_LIFECYCLE = 350;

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
