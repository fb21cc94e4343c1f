package org.successplan.server.limits;

import ca.uhn.fhir.context.RuntimeSearchParam;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import java.util.Map;
import java.util.Optional;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.ServerInterceptor;

/**
 * Applies {@link RequestRules} on {@code SERVER_INCOMING_REQUEST_POST_PROCESSED}, after HAPI chose the
 * handler and before it parses parameters or touches the database: malformed {@code If-Match} /
 * {@code If-None-Exist} headers ({@link ErrorCode#INVALID_HEADER}), non-numeric or negative
 * {@code _count}/{@code _offset} and unknown search modifiers ({@link ErrorCode#INVALID_SEARCH_PARAMETER}),
 * and searches with more includes than allowed ({@link ErrorCode#SEARCH_TOO_COMPLEX}); each is a
 * {@code 400} with an OperationOutcome. Cost: a few map look-ups per request parameter.
 */
@Interceptor(order = InterceptorOrder.REQUEST_CHECKS)
class RequestChecksInterceptor implements ServerInterceptor {

    private final ISearchParamRegistry searchParams;
    private final int maxIncludes;
    private final int maxIterateIncludes;

    RequestChecksInterceptor(ISearchParamRegistry searchParams, int maxIncludes, int maxIterateIncludes) {
        this.searchParams = searchParams;
        this.maxIncludes = maxIncludes;
        this.maxIterateIncludes = maxIterateIncludes;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public boolean check(RequestDetails request) {
        Map<String, String[]> params = request.getParameters();
        reject(RequestRules.checkIfMatch(request.getHeader("If-Match")));
        reject(RequestRules.checkIfNoneExist(request.getHeader("If-None-Exist")));
        reject(RequestRules.checkPaging(params));
        RestOperationTypeEnum operation = request.getRestOperationType();
        if (operation == RestOperationTypeEnum.SEARCH_TYPE || operation == RestOperationTypeEnum.SEARCH_SYSTEM) {
            reject(RequestRules.checkIncludes(params, maxIncludes, maxIterateIncludes));
        }
        if (operation == RestOperationTypeEnum.SEARCH_TYPE && request.getResourceName() != null) {
            reject(RequestRules.checkModifiers(request.getResourceName(), params, this::typeOf));
        }
        return true;
    }

    private RequestRules.ParamType typeOf(String resourceType, String name) {
        RuntimeSearchParam param = searchParams.getActiveSearchParam(
                resourceType, name, ISearchParamRegistry.SearchParamLookupContextEnum.SEARCH);
        if (param == null || param.getParamType() == null) {
            return RequestRules.ParamType.UNKNOWN;
        }
        return switch (param.getParamType()) {
            case STRING -> RequestRules.ParamType.STRING;
            case TOKEN -> RequestRules.ParamType.TOKEN;
            case REFERENCE -> RequestRules.ParamType.REFERENCE;
            case DATE -> RequestRules.ParamType.DATE;
            case NUMBER -> RequestRules.ParamType.NUMBER;
            case QUANTITY -> RequestRules.ParamType.QUANTITY;
            case URI -> RequestRules.ParamType.URI;
            case COMPOSITE -> RequestRules.ParamType.COMPOSITE;
            default -> RequestRules.ParamType.SPECIAL;
        };
    }

    private static void reject(Optional<RequestRules.Problem> problem) {
        if (problem.isEmpty()) {
            return;
        }
        ErrorCode code = switch (problem.get().kind()) {
            case INVALID_HEADER -> ErrorCode.INVALID_HEADER;
            case INVALID_SEARCH_PARAMETER -> ErrorCode.INVALID_SEARCH_PARAMETER;
            case SEARCH_TOO_COMPLEX -> ErrorCode.SEARCH_TOO_COMPLEX;
        };
        String message = problem.get().message();
        throw new InvalidRequestException(message, OperationOutcomes.error(code, message));
    }
}
