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
    /** The database cannot be reached; retry later. */
    DATABASE_UNAVAILABLE("SSP-STORE-001", 503, IssueType.TRANSIENT),
    /** No access token, or one that is expired, forged, malformed or of a disabled client. */
    AUTHENTICATION_REQUIRED("SSP-AUTH-001", 401, IssueType.LOGIN),
    /** The access token's SMART scopes do not allow this interaction. */
    INSUFFICIENT_SCOPE("SSP-AUTH-002", 403, IssueType.FORBIDDEN),
    /** Only an administrator (operator client) may do this. */
    ADMIN_REQUIRED("SSP-AUTH-003", 403, IssueType.FORBIDDEN),
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
