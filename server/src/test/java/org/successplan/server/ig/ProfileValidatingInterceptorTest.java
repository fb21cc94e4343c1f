package org.successplan.server.ig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.jpa.interceptor.validation.IRepositoryValidatingRule;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.util.HapiExtensions;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.successplan.server.testing.FhirClients;

/** Which writes the profile validation rules see (the rules themselves are HAPI's, checked by the ITs). */
class ProfileValidatingInterceptorTest {

    /** Records what it is asked to evaluate and stops there, as a failing rule would. */
    static final class RecordingRule implements IRepositoryValidatingRule {
        final List<IBaseResource> seen = new ArrayList<>();

        @Override
        public String getResourceType() {
            return "CarePlan";
        }

        @Override
        public RuleEvaluation evaluate(RequestDetails request, IBaseResource resource) {
            seen.add(resource);
            throw new IllegalStateException("evaluated");
        }
    }

    final RecordingRule rule = new RecordingRule();
    final ProfileValidatingInterceptor interceptor = new ProfileValidatingInterceptor(FhirClients.FHIR, List.of(rule));

    @Test
    void clientAndOrdinaryServerWrites_areValidated() {
        CarePlan plan = new CarePlan();

        assertThatThrownBy(() -> interceptor.created(new SystemRequestDetails(), plan))
                .hasMessage("evaluated");
        assertThatThrownBy(() -> interceptor.updated(new SystemRequestDetails(), plan, plan))
                .hasMessage("evaluated");
        assertThat(rule.seen).containsExactly(plan, plan);
    }

    @Test
    void conformingServerWrites_areNotValidatedAgain() {
        CarePlan plan = new CarePlan();

        interceptor.created(ConformingServerWrite.request(), plan);
        interceptor.updated(ConformingServerWrite.request(), plan, plan);

        assertThat(rule.seen).isEmpty();
    }

    @Test
    void onlyTheRulesOfTheResourcesType_apply() {
        interceptor.created(new SystemRequestDetails(), new Patient());

        assertThat(rule.seen).isEmpty();
    }

    @Test
    void placeholders_areNotValidated() {
        CarePlan placeholder = new CarePlan();
        placeholder.addExtension(HapiExtensions.EXT_RESOURCE_PLACEHOLDER, new BooleanType(true));

        interceptor.created(new SystemRequestDetails(), placeholder);

        assertThat(rule.seen).isEmpty();
    }
}
