package org.successplan.server.consent;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeSearchParam;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;

/**
 * Closes the read paths that per-resource filtering cannot ({@code SERVER_INCOMING_REQUEST_PRE_HANDLED},
 * for authenticated requests, before anything is searched):
 *
 * <ul>
 *   <li>{@code _has} on a student-record type and chained parameters that reach into one (e.g.
 *       {@code Condition?subject.name=..}, {@code Patient?_has:Condition:subject:code=..}) are refused
 *       ({@code 403}, {@link ErrorCode#SEARCH_ACROSS_STUDENT_RECORDS}): their matches are decided by records
 *       the requester may not see, so even filtered results would reveal them. This also applies to the
 *       GET entries of a batch or transaction.
 *   <li>the history of one resource the requester may not see answers {@code 404}, as its read does,
 *       instead of an empty history that would reveal it exists.
 * </ul>
 */
@Interceptor(order = InterceptorOrder.CONSENT_SEARCH)
final class ConsentSearchGuard implements ServerInterceptor {

    private final RequestConsents consents;
    private final StudentRecords records;
    private final ISearchParamRegistry searchParams;
    private final DaoRegistry daos;
    private final FhirContext fhirContext;

    ConsentSearchGuard(
            RequestConsents consents,
            StudentRecords records,
            ISearchParamRegistry searchParams,
            DaoRegistry daos,
            FhirContext fhirContext) {
        this.consents = consents;
        this.records = records;
        this.searchParams = searchParams;
        this.daos = daos;
        this.fhirContext = fhirContext;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    void check(RequestDetails request, RestOperationTypeEnum operation) {
        RequestConsent consent = consents.forRequest(request).orElse(null);
        if (consent == null) {
            return;
        }
        switch (operation) {
            case SEARCH_TYPE, SEARCH_SYSTEM ->
                refuseSearchAcrossStudentRecords(request.getResourceName(), request.getParameters());
            case TRANSACTION, BATCH -> checkBundleSearches(request);
            case HISTORY_INSTANCE -> requireVisible(consent, request);
            default -> {}
        }
    }

    private void checkBundleSearches(RequestDetails request) {
        if (!(request.getResource() instanceof Bundle bundle)) {
            return;
        }
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getRequest().getMethod() == Bundle.HTTPVerb.GET
                    && entry.getRequest().hasUrl()) {
                String url = entry.getRequest().getUrl();
                int question = url.indexOf('?');
                if (question > 0) {
                    String type = url.substring(0, question);
                    Map<String, String[]> parameters =
                            ca.uhn.fhir.util.UrlUtil.parseQueryString(url.substring(question + 1));
                    refuseSearchAcrossStudentRecords(type.contains("/") ? null : type, parameters);
                }
            }
        }
    }

    private void refuseSearchAcrossStudentRecords(String type, Map<String, String[]> parameters) {
        for (String name : parameters.keySet()) {
            String parameter = name;
            if (parameter.startsWith("_has:")) {
                String[] parts = parameter.split(":");
                if (parts.length > 1 && records.isStudentRecordType(parts[1])) {
                    refuse(name);
                }
            } else if (!parameter.startsWith("_") && parameter.contains(".")) {
                String first = parameter.substring(0, parameter.indexOf('.'));
                for (String target : chainTargets(type, first)) {
                    if (records.isStudentRecordType(target)) {
                        refuse(name);
                    }
                }
            }
        }
    }

    /** The types the first link of a chain can reach: {@code subject:Patient} names it, else the parameter's targets. */
    private List<String> chainTargets(String type, String first) {
        int colon = first.indexOf(':');
        if (colon > 0) {
            return List.of(first.substring(colon + 1));
        }
        if (type == null) {
            return List.of("Patient");
        }
        RuntimeSearchParam param = searchParams.getActiveSearchParam(
                type, first, ISearchParamRegistry.SearchParamLookupContextEnum.SEARCH);
        if (param == null || param.getTargets().isEmpty()) {
            return new ArrayList<>(fhirContext.getResourceTypes());
        }
        return List.copyOf(param.getTargets());
    }

    private void requireVisible(RequestConsent consent, RequestDetails request) {
        if (request.getId() == null || !request.getId().hasIdPart()) {
            return;
        }
        IBaseResource current;
        try {
            current = daos.getResourceDao(request.getResourceName())
                    .read(request.getId().toUnqualifiedVersionless(), new SystemRequestDetails(), true);
        } catch (ResourceNotFoundException | ResourceGoneException unknown) {
            return;
        }
        if (current != null
                && consent.decide(current, ConsentAction.ACCESS)
                        .map(d -> !d.permitted())
                        .orElse(false)) {
            throw new ResourceNotFoundException("Resource " + request.getResourceName() + "/"
                    + request.getId().getIdPart() + " is not known");
        }
    }

    private static void refuse(String parameter) {
        String message = "Searching with " + parameter + " follows references into student records the caller may not"
                + " see, so this server does not offer it; search those records directly instead";
        throw new ForbiddenOperationException(
                message, OperationOutcomes.error(ErrorCode.SEARCH_ACROSS_STUDENT_RECORDS, message));
    }
}
