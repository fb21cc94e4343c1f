package org.successplan.server.referral;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Task;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.ErrorResponses;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;

/**
 * Makes a lost update of a ReferralTask impossible: every update (PUT, PATCH; directly or as a
 * transaction/batch entry) of an existing Task must name the version it changes ({@code If-Match:
 * W/"3"}, or {@code Bundle.entry.request.ifMatch}); HAPI then answers {@code 409} when that version is
 * no longer current, so of two clients that read the same version only the first write wins. Without
 * {@code If-Match} the answer is {@code 428 Precondition Required} ({@code SSP-REFERRAL-007}). A
 * conditional update of a Task ({@code PUT Task?identifier=...}) has no version to check and is refused
 * the same way; create Tasks with a conditional create instead. {@code PUT} to a Task id that does not
 * exist yet (update as create) needs no version.
 *
 * <p>Pointcut {@code SERVER_INCOMING_REQUEST_PRE_HANDLED} (REST registry), before the scope gate, so
 * nothing is read or written. Cost: only for Task updates without If-Match, one read to tell an update
 * from an update-as-create.
 */
@Interceptor(order = InterceptorOrder.REFERRAL_IF_MATCH)
class TaskIfMatchInterceptor implements ServerInterceptor {

    static final String TYPE = "Task";

    private final DaoRegistry daoRegistry;

    TaskIfMatchInterceptor(DaoRegistry daoRegistry) {
        this.daoRegistry = daoRegistry;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void requireIfMatch(RequestDetails request, RestOperationTypeEnum operation) {
        if (operation == RestOperationTypeEnum.TRANSACTION) {
            if (request.getResource() instanceof Bundle bundle) {
                checkEntries(bundle);
            }
            return;
        }
        if ((operation != RestOperationTypeEnum.UPDATE && operation != RestOperationTypeEnum.PATCH)
                || !TYPE.equals(request.getResourceName())) {
            return;
        }
        String ifMatch = request.getHeader("If-Match");
        if (ifMatch != null && !ifMatch.isBlank()) {
            return;
        }
        String id = request.getId() != null && request.getId().hasIdPart()
                ? request.getId().getIdPart()
                : null;
        if (id != null && !exists(id)) {
            return;
        }
        throw missing(id == null ? "a conditional " + operation.getCode() + " of Task" : "Task/" + id);
    }

    private void checkEntries(Bundle bundle) {
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            BundleEntryComponent entry = bundle.getEntry().get(i);
            HTTPVerb method = entry.getRequest().getMethod();
            String url = entry.getRequest().getUrl();
            if ((method != HTTPVerb.PUT && method != HTTPVerb.PATCH)
                    || url == null
                    || entry.getRequest().hasIfMatch()) {
                continue;
            }
            String path = url.startsWith("/") ? url.substring(1) : url;
            if (path.startsWith(TYPE + "?") || path.equals(TYPE)) {
                throw missing("Bundle.entry[" + i + "]: a conditional " + method.toCode() + " of Task");
            }
            if (path.startsWith(TYPE + "/")) {
                String id = path.substring(TYPE.length() + 1).split("[/?]")[0];
                if (exists(id)) {
                    throw missing("Bundle.entry[" + i + "]: Task/" + id);
                }
            }
        }
    }

    private boolean exists(String id) {
        try {
            daoRegistry.getResourceDao(Task.class).read(new IdType(TYPE, id), new SystemRequestDetails(), true);
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    private static RuntimeException missing(String what) {
        return ErrorResponses.of(
                ErrorCode.REFERRAL_IF_MATCH_REQUIRED,
                "Updating " + what + " needs the version it changes: send If-Match: W/\"<versionId>\" (in a Bundle,"
                        + " entry.request.ifMatch), taken from the version you read. Tasks are shared between"
                        + " organizations, so an update without it could silently undo another's change.");
    }
}
