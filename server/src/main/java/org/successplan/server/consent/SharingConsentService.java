package org.successplan.server.consent;

import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.interceptor.consent.ConsentOperationStatusEnum;
import ca.uhn.fhir.rest.server.interceptor.consent.ConsentOutcome;
import ca.uhn.fhir.rest.server.interceptor.consent.IConsentContextServices;
import ca.uhn.fhir.rest.server.interceptor.consent.IConsentService;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.security.RequestIdentity;

/**
 * The HAPI {@link IConsentService} behind our {@code ConsentInterceptor}: every resource a request would
 * see (read, vread, search results, {@code _include}/{@code _revinclude}, history, reads inside
 * transactions, {@code $everything}) is shown only if {@link ConsentPolicy} permits it to the requesting
 * organization; a withheld direct read answers {@code 404} (HAPI), search results simply lack it, and
 * {@code Bundle.total} is left out (HAPI clears it whenever consent filters). Each decision about a
 * student record is kept on the request for the audit trail. Requests without an identity (the
 * server's own, anonymous conformance reads) are not filtered here.
 */
final class SharingConsentService implements IConsentService {

    private final RequestConsents consents;

    SharingConsentService(RequestConsents consents) {
        this.consents = consents;
    }

    @Override
    public ConsentOutcome startOperation(RequestDetails request, IConsentContextServices context) {
        PurposeOfUse purpose = PurposeOfUse.of(request);
        if (purpose.emergency()) {
            boolean allowed = RequestIdentity.of(request)
                    .map(RequestIdentity::emergencyAccess)
                    .orElse(false);
            if (!allowed) {
                return reject(
                        ErrorCode.EMERGENCY_ACCESS_NOT_ALLOWED,
                        "This client may not declare emergency access (scope " + RequestIdentity.EMERGENCY_ACCESS_SCOPE
                                + ")");
            }
            if (purpose.emergencyReason() == null || purpose.emergencyReason().isBlank()) {
                throw new ca.uhn.fhir.rest.server.exceptions.InvalidRequestException(
                        "Emergency access needs a reason in " + PurposeOfUse.REASON_HEADER,
                        OperationOutcomes.error(
                                ErrorCode.EMERGENCY_REASON_MISSING,
                                "Emergency access needs a reason in the " + PurposeOfUse.REASON_HEADER + " header"));
            }
        }
        consents.forRequest(request);
        return ConsentOutcome.PROCEED;
    }

    @Override
    public boolean shouldProcessCanSeeResource(RequestDetails request, IConsentContextServices context) {
        return RequestConsent.of(request).isPresent();
    }

    @Override
    public ConsentOutcome canSeeResource(
            RequestDetails request, IBaseResource resource, IConsentContextServices context) {
        RequestConsent consent = RequestConsent.of(request).orElse(null);
        if (consent == null || ResourceMetadataKeyEnum.DELETED_AT.get(resource) != null) {
            // A deletion entry of a history carries no data; the history itself was checked.
            return ConsentOutcome.PROCEED;
        }
        return consent.decide(resource, ConsentAction.ACCESS)
                .map(decision -> {
                    RequestAccess.record(request, decision);
                    return decision.permitted() ? ConsentOutcome.PROCEED : ConsentOutcome.REJECT;
                })
                .orElse(ConsentOutcome.PROCEED);
    }

    private static ConsentOutcome reject(ErrorCode code, String message) {
        return new ConsentOutcome(ConsentOperationStatusEnum.REJECT, OperationOutcomes.error(code, message));
    }
}
