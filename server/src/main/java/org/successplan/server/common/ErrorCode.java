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
    SEARCH_TOO_COMPLEX("SSP-LIMIT-004", 400, IssueType.TOOCOSTLY);

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
