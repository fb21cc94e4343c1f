package org.successplan.server.ig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.jpa.interceptor.validation.IRepositoryValidatingRule;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.util.HapiExtensions;
import ca.uhn.fhir.validation.IValidationContext;
import ca.uhn.fhir.validation.IValidatorModule;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Basic;
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

    /** A validator module that finds an error in every resource it is given, and records them. */
    static final class FailingValidator implements IValidatorModule {
        final List<IBaseResource> seen = new ArrayList<>();

        @Override
        public void validateResource(IValidationContext<IBaseResource> context) {
            seen.add(context.getResource());
            SingleValidationMessage message = new SingleValidationMessage();
            message.setSeverity(ResultSeverityEnum.ERROR);
            message.setLocationString("Patient");
            message.setMessage("does not conform");
            context.addValidationMessage(message);
        }
    }

    final RecordingRule rule = new RecordingRule();
    final FailingValidator module = new FailingValidator();
    final ProfileValidatingInterceptor interceptor = new ProfileValidatingInterceptor(
            FhirClients.FHIR, List.of(rule), new ProfileValidator(FhirClients.FHIR, module, Set.of("Patient")));

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
    void onlyTheRulesOfTheResourcesType_apply_andProfiledTypesAreValidated() {
        Patient student = new Patient();

        assertThatThrownBy(() -> interceptor.created(new SystemRequestDetails(), student))
                .isInstanceOfSatisfying(
                        UnprocessableEntityException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(422));
        assertThat(rule.seen).isEmpty();
        assertThat(module.seen).containsExactly(student);
    }

    @Test
    void typesNoPackageProfiles_areNotValidated() {
        interceptor.created(new SystemRequestDetails(), new Basic());

        assertThat(module.seen).isEmpty();
    }

    @Test
    void conformingServerWrites_ofProfiledTypes_areNotValidatedEither() {
        interceptor.updated(ConformingServerWrite.request(), new Patient(), new Patient());

        assertThat(module.seen).isEmpty();
    }

    @Test
    void placeholders_areNotValidated() {
        CarePlan placeholder = new CarePlan();
        placeholder.addExtension(HapiExtensions.EXT_RESOURCE_PLACEHOLDER, new BooleanType(true));

        interceptor.created(new SystemRequestDetails(), placeholder);

        assertThat(rule.seen).isEmpty();
    }
}
