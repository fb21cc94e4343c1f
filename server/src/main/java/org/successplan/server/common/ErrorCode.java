package org.successplan.server.common;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Stable codes for the errors this server raises itself (HAPI's own validation and parsing errors keep
 * HAPI's messages). Each code appears in {@code OperationOutcome.issue.details.coding} with system
 * {@link #SYSTEM}, so clients and tests can rely on it rather than on message text.
 */
public enum ErrorCode {
    /** The request body is larger than {@code ssp.http.max-request-size}. */
    REQUEST_TOO_LARGE("SSP-HTTP-001", 413, IssueType.TOOLONG),
    /** A resource of a type with several profiles declares none of them in {@code meta.profile}. */
    PROFILE_NOT_DECLARED("SSP-PROFILE-001", 422, IssueType.PROCESSING),
    /** A resource does not conform to its profile; the other issues list each problem. */
    PROFILE_VALIDATION_FAILED("SSP-PROFILE-002", 422, IssueType.PROCESSING),
    /** A conformance resource installed from a FHIR package cannot be changed through the API. */
    CONFORMANCE_RESOURCE_READ_ONLY("SSP-IG-001", 403, IssueType.FORBIDDEN),
    /** Emergency access was declared by a client that may not declare it. */
    EMERGENCY_ACCESS_NOT_ALLOWED("SSP-CONSENT-001", 403, IssueType.FORBIDDEN),
    /** Emergency access was declared without a reason ({@code X-Emergency-Reason}). */
    EMERGENCY_REASON_MISSING("SSP-CONSENT-002", 400, IssueType.REQUIRED),
    /** Only the student's custodian may record, change or revoke the student's consents. */
    CONSENT_CHANGE_NOT_CUSTODIAN("SSP-CONSENT-003", 403, IssueType.FORBIDDEN),
    /** No rule (custodian, author, a consent permitting collection) allows this write. */
    WRITE_NOT_PERMITTED("SSP-CONSENT-004", 403, IssueType.FORBIDDEN),
    /** A referral names a performer or owner that no active consent permits to receive the student's data. */
    REFERRAL_WITHOUT_CONSENT("SSP-CONSENT-005", 403, IssueType.FORBIDDEN),
    /** Searching along references ({@code _has}, chains) into student records, which could reveal hidden records. */
    SEARCH_ACROSS_STUDENT_RECORDS("SSP-CONSENT-006", 403, IssueType.FORBIDDEN),
    /** The database cannot be reached; retry later. */
    DATABASE_UNAVAILABLE("SSP-STORE-001", 503, IssueType.TRANSIENT),
    /** No access token, or one that is expired, forged, malformed or of a disabled client. */
    AUTHENTICATION_REQUIRED("SSP-AUTH-001", 401, IssueType.LOGIN),
    /** The access token's SMART scopes do not allow this interaction. */
    INSUFFICIENT_SCOPE("SSP-AUTH-002", 403, IssueType.FORBIDDEN),
    /** Only an administrator (operator client) may do this. */
    ADMIN_REQUIRED("SSP-AUTH-003", 403, IssueType.FORBIDDEN),
    /** The request body is not valid UTF-8, or claims a compression it does not have. */
    INVALID_BODY_ENCODING("SSP-HTTP-002", 400, IssueType.INVALID),
    /** The request body is compressed with something other than gzip. */
    UNSUPPORTED_CONTENT_ENCODING("SSP-HTTP-003", 415, IssueType.NOTSUPPORTED),
    /** An XML body carries a document type declaration (DTD), which FHIR XML never needs. */
    XML_DOCTYPE_NOT_ALLOWED("SSP-HTTP-004", 400, IssueType.SECURITY),
    /** A conditional header ({@code If-Match}, {@code If-None-Exist}) is malformed. */
    INVALID_HEADER("SSP-HTTP-005", 400, IssueType.INVALID),
    /** A search or paging parameter is malformed: unknown modifier, negative {@code _count}, … */
    INVALID_SEARCH_PARAMETER("SSP-HTTP-006", 400, IssueType.INVALID),
    /** A transaction or batch entry lacks what every entry needs ({@code request.method}, {@code request.url}). */
    INVALID_BUNDLE_ENTRY("SSP-HTTP-007", 400, IssueType.REQUIRED),
    /** Something failed inside the server; the message names the request id to quote, never the cause. */
    INTERNAL_ERROR("SSP-HTTP-008", 500, IssueType.EXCEPTION),
    /** The URL contains what the HTTP firewall refuses: path parameters ({@code ;}), encoded {@code /} or {@code ..}. */
    URL_REJECTED("SSP-HTTP-009", 400, IssueType.SECURITY),
    /** The client sent more requests than its rate allows; retry after {@code Retry-After} seconds. */
    RATE_LIMITED("SSP-LIMIT-001", 429, IssueType.THROTTLED),
    /** A transaction or batch has more entries than {@code ssp.limits.transaction-max-entries}. */
    TRANSACTION_TOO_LARGE("SSP-LIMIT-002", 413, IssueType.TOOLONG),
    /** The request body nests deeper, or repeats an element more often, than the limits allow. */
    BODY_TOO_COMPLEX("SSP-LIMIT-003", 400, IssueType.TOOCOSTLY),
    /** A search asks for more {@code _include}/{@code _revinclude} (or {@code :iterate}) than allowed. */
    SEARCH_TOO_COMPLEX("SSP-LIMIT-004", 400, IssueType.TOOCOSTLY),
    /** A ReferralTask status change that the referral lifecycle does not have; the message lists those it has. */
    REFERRAL_TRANSITION_NOT_ALLOWED("SSP-REFERRAL-001", 422, IssueType.BUSINESSRULE),
    /** A ReferralTask status change by an organization that may not make it (owner moves forward, requester cancels). */
    REFERRAL_ACTOR_NOT_ALLOWED("SSP-REFERRAL-002", 422, IssueType.BUSINESSRULE),
    /** A ReferralTask moved to rejected, failed or cancelled without a {@code statusReason}. */
    REFERRAL_STATUS_REASON_REQUIRED("SSP-REFERRAL-003", 422, IssueType.REQUIRED),
    /** A ReferralTask completed without an {@code output} referencing what was delivered, or with one for another referral. */
    REFERRAL_OUTPUT_REQUIRED("SSP-REFERRAL-004", 422, IssueType.REQUIRED),
    /** A ReferralTask created in a status other than {@code draft} or {@code requested}. */
    REFERRAL_INITIAL_STATUS("SSP-REFERRAL-005", 422, IssueType.BUSINESSRULE),
    /** An update changes what the referral is (requester, focus, for, code, intent) or moves its owner outside the rules. */
    REFERRAL_FIELD_IMMUTABLE("SSP-REFERRAL-006", 422, IssueType.BUSINESSRULE),
    /** A Task update without a versioned {@code If-Match}: lost updates must be impossible. */
    REFERRAL_IF_MATCH_REQUIRED("SSP-REFERRAL-007", 428, IssueType.BUSINESSRULE),
    /** The closed-loop report was asked for another organization than the client's own. */
    REFERRAL_REPORT_FORBIDDEN("SSP-REFERRAL-008", 403, IssueType.FORBIDDEN),
    /** A Subscription whose criteria are not limited to the client's own organization's Tasks. */
    SUBSCRIPTION_CRITERIA_FORBIDDEN("SSP-SUBSCRIPTION-001", 403, IssueType.FORBIDDEN),
    /** A Subscription this server does not deliver: not rest-hook, not id-only, or not Task criteria. */
    SUBSCRIPTION_NOT_SUPPORTED("SSP-SUBSCRIPTION-002", 422, IssueType.NOTSUPPORTED),
    /** A Subscription endpoint outside {@code ssp.notification.allowed-endpoints}. */
    SUBSCRIPTION_ENDPOINT_NOT_ALLOWED("SSP-SUBSCRIPTION-003", 422, IssueType.BUSINESSRULE),
    /** A change to, or deletion of, another organization's Subscription. */
    SUBSCRIPTION_NOT_OWN("SSP-SUBSCRIPTION-004", 403, IssueType.FORBIDDEN),
    /** AuditEvents are written only by the server: no client may create, update, patch or delete one. */
    AUDIT_LOG_READ_ONLY("SSP-AUDIT-001", 403, IssueType.FORBIDDEN),
    /** This part of the audit log is for the student's custodian or an auditor (the verification: auditors only). */
    AUDIT_ACCESS_DENIED("SSP-AUDIT-002", 403, IssueType.FORBIDDEN),
    /** The audit log cannot be written right now, so the server takes no requests; retry later. */
    AUDIT_UNAVAILABLE("SSP-AUDIT-003", 503, IssueType.TRANSIENT),
    /** A parameter of an audit operation is malformed (e.g. {@code _since} is not a FHIR date or dateTime). */
    AUDIT_INVALID_PARAMETER("SSP-AUDIT-004", 400, IssueType.INVALID);

    /** Code system of the error codes. */
    public static final String SYSTEM = "http://successplan.org/fhir/CodeSystem/ssp-error";

    private final String code;
    private final int httpStatus;
    private final IssueType issueType;

    ErrorCode(String code, int httpStatus, IssueType issueType) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.issueType = issueType;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public IssueType issueType() {
        return issueType;
    }
}
