package org.successplan.server.ig;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.interceptor.validation.IRepositoryValidatingRule;
import ca.uhn.fhir.jpa.interceptor.validation.RepositoryValidatingInterceptor;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.util.ExtensionUtil;
import ca.uhn.fhir.util.HapiExtensions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.StorageInterceptor;

/**
 * Enforces the profiles on the storage pointcuts HAPI's {@link RepositoryValidatingInterceptor} uses:
 * before a create or update is stored, the resource must declare a profile of its type (HAPI's rules,
 * see {@link ProfileValidationRules}) and validate against its declared profiles with no error ({@link
 * ProfileValidator}). A failure is answered {@code 422} (HAPI answers {@code 412}) with an
 * OperationOutcome listing each issue and its location; inside a transaction, the whole transaction is
 * rolled back.
 *
 * <p>Where it differs from HAPI's interceptor, which offers no hook for these: the status; one validator
 * for every type; and a write the server makes itself through {@link ConformingServerWrite} is not
 * validated again (a change shown by a test to keep its resource conformant, such as the link a new
 * referral adds to its plan). Cost:
 * one instance validation per write of a profiled type, the most expensive step of a write (see
 * docs/performance.md).
 */
@Interceptor(order = InterceptorOrder.PROFILE_VALIDATION)
final class ProfileValidatingInterceptor implements StorageInterceptor {

    private final FhirContext fhirContext;
    private final Map<String, List<IRepositoryValidatingRule>> rulesByType;
    private final ProfileValidator validator;

    ProfileValidatingInterceptor(
            FhirContext fhirContext, List<IRepositoryValidatingRule> rules, ProfileValidator validator) {
        this.fhirContext = fhirContext;
        this.rulesByType = rules.stream().collect(Collectors.groupingBy(IRepositoryValidatingRule::getResourceType));
        this.validator = validator;
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    public void created(RequestDetails request, IBaseResource resource) {
        validate(request, resource);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    public void updated(RequestDetails request, IBaseResource oldResource, IBaseResource newResource) {
        validate(request, newResource);
    }

    private void validate(RequestDetails request, IBaseResource resource) {
        if (ConformingServerWrite.isOne(request) || isPlaceholder(resource)) {
            return;
        }
        for (IRepositoryValidatingRule rule :
                rulesByType.getOrDefault(fhirContext.getResourceType(resource), List.of())) {
            IRepositoryValidatingRule.RuleEvaluation evaluation = rule.evaluate(request, resource);
            if (!evaluation.isPasses()) {
                throw failure(evaluation);
            }
        }
        validator.nonConformance(resource).ifPresent(outcome -> {
            OperationOutcomes.errorsFirst(outcome);
            throw new UnprocessableEntityException(fhirContext, outcome);
        });
    }

    /** A resource HAPI creates as the target of a reference that did not resolve (not enabled here). */
    private static boolean isPlaceholder(IBaseResource resource) {
        return ExtensionUtil.hasExtension(resource, HapiExtensions.EXT_RESOURCE_PLACEHOLDER);
    }

    private UnprocessableEntityException failure(IRepositoryValidatingRule.RuleEvaluation evaluation) {
        return new UnprocessableEntityException(
                fhirContext,
                OperationOutcomes.error(ErrorCode.PROFILE_NOT_DECLARED, evaluation.getFailureDescription()));
    }
}
