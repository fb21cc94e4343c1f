package org.successplan.server.ig;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.jpa.interceptor.validation.IRepositoryValidatingRule;
import ca.uhn.fhir.jpa.interceptor.validation.RepositoryValidatingInterceptor;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.List;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.fhir.InterceptorOrder;
import org.successplan.server.fhir.StorageInterceptor;

/**
 * HAPI's {@link RepositoryValidatingInterceptor} with our rules (see {@link ProfileValidationRules}):
 * before a create or update is stored, the resource must declare a profile of its type and validate
 * against its declared profiles with no error. A failure is answered {@code 422} (HAPI answers
 * {@code 412}) with an OperationOutcome listing each issue and its location; inside a transaction, the
 * whole transaction is rolled back. Cost: one instance validation per write of a profiled type, the
 * most expensive step of a write (see docs/performance.md).
 */
@Interceptor(order = InterceptorOrder.PROFILE_VALIDATION)
final class ProfileValidatingInterceptor extends RepositoryValidatingInterceptor implements StorageInterceptor {

    private final FhirContext fhirContext;

    ProfileValidatingInterceptor(FhirContext fhirContext, List<IRepositoryValidatingRule> rules) {
        super(fhirContext, rules);
        this.fhirContext = fhirContext;
    }

    @Override
    protected void handleFailure(IRepositoryValidatingRule.RuleEvaluation evaluation) {
        if (evaluation.getOperationOutcome() != null) {
            OperationOutcomes.errorsFirst(evaluation.getOperationOutcome());
            throw new UnprocessableEntityException(fhirContext, evaluation.getOperationOutcome());
        }
        throw new UnprocessableEntityException(
                fhirContext,
                OperationOutcomes.error(ErrorCode.PROFILE_NOT_DECLARED, evaluation.getFailureDescription()));
    }
}
