package org.successplan.server.audit;

import java.time.Instant;
import java.util.List;
import org.successplan.server.consent.AccessDecision;

/**
 * One audited request as captured, handed from the request thread to the {@link AuditWriter}, which
 * resolves the students' custodians and turns it into an AuditEvent ({@link AuditEventFactory}).
 *
 * @param eventId the AuditEvent id (a UUID)
 * @param recorded when the request completed
 * @param requestId the request's {@code X-Request-ID}
 * @param kind a FHIR interaction, or an authentication failure refused before the FHIR endpoint
 * @param interaction the {@code restful-interaction} code ({@code read}, {@code search-type},
 *     {@code operation} …), or {@code null} when the request never reached a handler
 * @param action the AuditEvent action: C, R, U, D or E
 * @param operation the operation name with its {@code $} for operations, else {@code null}
 * @param target the addressed resource ({@code Type/id}) for instance-level requests, else {@code null}
 * @param method the HTTP method
 * @param url the complete request URL with its query string
 * @param serverBase the FHIR base URL the request was made to
 * @param remoteAddress the client's network address
 * @param clientId the OAuth client, or {@code null} when the request carried no valid token
 * @param organization the organization the client acts for ({@code Organization/id}), or {@code null}
 * @param operator whether the client is an operator (administrator) client
 * @param purpose the declared purpose of use code, or {@code null}
 * @param emergencyReason the reason given with emergency access ({@code BTG}), else {@code null}
 * @param status the HTTP status answered
 * @param errorCode the {@code SSP-…} error code of a refusal, if any
 * @param errorMessage the refusal's message, if any
 * @param returned the resources in the response (empty for a failed request)
 * @param written the resources the request stored (empty for a failed request)
 * @param decisions the consent decisions taken during the request
 */
record AuditRecord(
        String eventId,
        Instant recorded,
        String requestId,
        Kind kind,
        String interaction,
        String action,
        String operation,
        String target,
        String method,
        String url,
        String serverBase,
        String remoteAddress,
        String clientId,
        String organization,
        boolean operator,
        String purpose,
        String emergencyReason,
        int status,
        String errorCode,
        String errorMessage,
        List<SeenResource> returned,
        List<Written> written,
        List<AccessDecision> decisions) {

    enum Kind {
        /** A request the FHIR endpoint handled (successfully or not). */
        FHIR,
        /** A request refused at the HTTP edge before the FHIR endpoint: no or an invalid token ({@code 401}). */
        AUTHENTICATION_FAILURE,
        /** Any other request refused before the FHIR endpoint (e.g. {@code 413}, {@code 503}). */
        REFUSED_AT_EDGE
    }

    /**
     * A resource the request stored.
     *
     * @param lifecycle {@link AuditCodes#CREATED}, {@link AuditCodes#AMENDED} or {@link AuditCodes#DELETED}
     */
    record Written(SeenResource resource, String lifecycle) {}

    AuditRecord {
        returned = List.copyOf(returned);
        written = List.copyOf(written);
        decisions = List.copyOf(decisions);
    }

    boolean succeeded() {
        return status > 0 && status < 400;
    }

    boolean emergency() {
        return "BTG".equalsIgnoreCase(purpose);
    }
}
