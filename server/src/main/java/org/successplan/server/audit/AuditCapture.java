package org.successplan.server.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.successplan.server.consent.AccessDecision;
import org.successplan.server.security.RequestIdentity;

/**
 * What is known so far about one request, collected by {@link AuditFilter} (HTTP facts, status) and
 * {@link AuditCaptureInterceptor} (FHIR interaction, identity, resources, consent decisions); kept as
 * an attribute of the servlet request. The filter turns it into an {@link AuditRecord} when the request
 * is over, whatever happened. Thread-safe: HAPI may process batch entries on other threads.
 */
final class AuditCapture {

    static final String ATTRIBUTE = AuditCapture.class.getName();

    private final String requestId;
    private final String method;
    private final String url;
    private final String remoteAddress;
    private final String serverBase;

    private final List<SeenResource> returned = Collections.synchronizedList(new ArrayList<>());
    private final List<AuditRecord.Written> written = Collections.synchronizedList(new ArrayList<>());

    private volatile boolean handledByFhirEndpoint;
    private volatile String interaction;
    private volatile String action;
    private volatile String operation;
    private volatile String target;
    private volatile RequestIdentity identity;
    private volatile String purpose;
    private volatile String emergencyReason;
    private volatile List<AccessDecision> decisions = List.of();
    private volatile int failureStatus;
    private volatile String errorCode;
    private volatile String errorMessage;

    AuditCapture(String requestId, String method, String url, String remoteAddress, String serverBase) {
        this.requestId = requestId;
        this.method = method;
        this.url = url;
        this.remoteAddress = remoteAddress;
        this.serverBase = serverBase;
    }

    void returned(List<SeenResource> resources) {
        returned.addAll(resources);
    }

    void written(SeenResource resource, String lifecycle) {
        if (resource != null) {
            written.add(new AuditRecord.Written(resource, lifecycle));
        }
    }

    void failed(int status, String code, String message) {
        this.failureStatus = status;
        this.errorCode = code;
        this.errorMessage = message;
    }

    /** What the FHIR endpoint knew when it finished the request. */
    void handled(
            String interaction,
            String action,
            String operation,
            String target,
            RequestIdentity identity,
            String purpose,
            String emergencyReason,
            List<AccessDecision> decisions) {
        this.handledByFhirEndpoint = true;
        this.interaction = interaction;
        this.action = action;
        this.operation = operation;
        this.target = target;
        this.identity = identity;
        this.purpose = purpose;
        this.emergencyReason = emergencyReason;
        this.decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /**
     * The record of the finished request.
     *
     * @param status the HTTP status sent
     * @param wwwAuthenticate the {@code WWW-Authenticate} header sent, if any (explains a {@code 401})
     */
    AuditRecord toRecord(int status, String wwwAuthenticate, Instant now) {
        int finalStatus = status >= 400 || failureStatus == 0 ? status : failureStatus;
        boolean succeeded = finalStatus > 0 && finalStatus < 400;
        AuditRecord.Kind kind;
        String message = errorMessage;
        if (handledByFhirEndpoint) {
            kind = AuditRecord.Kind.FHIR;
        } else if (finalStatus == 401) {
            kind = AuditRecord.Kind.AUTHENTICATION_FAILURE;
            message = message == null ? wwwAuthenticate : message;
        } else {
            kind = AuditRecord.Kind.REFUSED_AT_EDGE;
        }
        RequestIdentity who = identity;
        List<SeenResource> returnedNow;
        List<AuditRecord.Written> writtenNow;
        synchronized (returned) {
            returnedNow = succeeded ? List.copyOf(returned) : List.of();
        }
        synchronized (written) {
            writtenNow = succeeded ? List.copyOf(written) : List.of();
        }
        return new AuditRecord(
                UUID.randomUUID().toString(),
                now,
                requestId,
                kind,
                interaction,
                action == null ? "E" : action,
                operation,
                target,
                method,
                url,
                serverBase,
                remoteAddress,
                who == null ? null : who.clientId(),
                who == null ? null : who.organization(),
                who != null && who.admin(),
                purpose,
                emergencyReason,
                finalStatus,
                errorCode,
                message,
                returnedNow,
                writtenNow,
                decisions);
    }
}
