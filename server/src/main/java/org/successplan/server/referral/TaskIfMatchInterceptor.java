package org.successplan.server.referral;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.ErrorResponses;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;

/**
 * Makes a lost update of a ReferralTask impossible: every update (PUT, PATCH; directly or as a
 * transaction/batch entry) of an existing Task must name the version it changes ({@code If-Match:
 * W/"3"}, or {@code Bundle.entry.request.ifMatch}); HAPI then answers {@code 409} when that version is
 * no longer current, so of two clients that read the same version only the first write wins. Without
 * {@code If-Match} the answer is {@code 428 Precondition Required} ({@code SSP-REFERRAL-007}),
 * whether or not the Task exists (so the answer tells nothing about other organizations' tasks). Tasks
 * are created with {@code POST} (a conditional create on the identifier), not by {@code PUT} to a new id;
 * a conditional update ({@code PUT Task?identifier=...}) has no version to check and is refused the same
 * way.
 *
 * <p>Pointcut {@code SERVER_INCOMING_REQUEST_PRE_HANDLED} (REST registry), before the scope gate, so
 * nothing is read or written. Cost: a header look-up per request; a scan of a Bundle's entries.
 */
@Interceptor(order = InterceptorOrder.REFERRAL_IF_MATCH)
class TaskIfMatchInterceptor implements ServerInterceptor {

    static final String TYPE = "Task";

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
                throw missing("Bundle.entry[" + i + "]: Task/"
                        + path.substring(TYPE.length() + 1).split("[/?]")[0]);
            }
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
