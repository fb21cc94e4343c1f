package org.successplan.server.ig;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.interceptor.api.HookParams;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.interceptor.executor.InterceptorService;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.util.ResourceUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.junit.jupiter.api.Test;

class DefaultProfileInterceptorTest {

    static final String PLAN = "http://successplan.org/fhir/StructureDefinition/ssp-success-plan";
    static final String STUDENT = "http://successplan.org/fhir/StructureDefinition/ssp-student";
    static final String SCHOOL = "http://successplan.org/fhir/StructureDefinition/ssp-school";
    static final String AGENCY = "http://successplan.org/fhir/StructureDefinition/ssp-agency";

    final ProfileCatalog catalog = ProfileCatalog.of(List.of(
            profile(PLAN, "CarePlan"),
            profile(STUDENT, "Patient"),
            profile(SCHOOL, "Organization"),
            profile(AGENCY, "Organization")));
    final DefaultProfileInterceptor interceptor = new DefaultProfileInterceptor(catalog, Set.of("CarePlan"));

    @Test
    void typeWithOneProfile_getsItDeclared_andTheValidatorSeesIt() {
        Patient student = new Patient();
        ResourceUtil.addRawDataToResource(student, EncodingEnum.JSON, "{\"resourceType\":\"Patient\"}");

        interceptor.created(student);

        assertThat(student.getMeta().getProfile()).extracting(p -> p.getValue()).containsExactly(STUDENT);
        assertThat(ResourceUtil.getRawStringFromResourceOrNull(student))
                .as("HAPI's validator would validate the body as received, without the profile")
                .isNull();
    }

    @Test
    void typeThatMustDeclare_isLeftForValidationToRefuse() {
        CarePlan plan = new CarePlan();

        interceptor.created(plan);

        assertThat(plan.getMeta().getProfile()).isEmpty();
    }

    @Test
    void typeWithSeveralProfiles_isLeftForValidationToRefuse() {
        Organization organization = new Organization();

        interceptor.created(organization);

        assertThat(organization.getMeta().getProfile()).isEmpty();
    }

    @Test
    void declaredProfile_isKept_andNotDuplicated() {
        Patient student = new Patient();
        student.getMeta().addProfile(STUDENT);

        interceptor.updated(new Patient(), student);

        assertThat(student.getMeta().getProfile()).hasSize(1);
    }

    @Test
    void declarationRuns_beforeValidation_onTheStorageRegistry() {
        InterceptorService registry = new InterceptorService();
        List<List<String>> seenByValidation = new ArrayList<>();
        registry.registerInterceptor(new RecordingValidation(seenByValidation));
        registry.registerInterceptor(interceptor);
        Patient student = new Patient();

        registry.callHooks(
                Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED,
                new HookParams()
                        .add(IBaseResource.class, student)
                        .add(RequestDetails.class, new SystemRequestDetails())
                        .add(ca.uhn.fhir.rest.server.servlet.ServletRequestDetails.class, null)
                        .add(TransactionDetails.class, new TransactionDetails())
                        .add(ca.uhn.fhir.interceptor.model.RequestPartitionId.class, null));

        assertThat(seenByValidation).containsExactly(List.of(STUDENT));
    }

    @ca.uhn.fhir.interceptor.api.Interceptor(order = org.successplan.server.fhir.InterceptorOrder.PROFILE_VALIDATION)
    static class RecordingValidation {
        final List<List<String>> seen;

        RecordingValidation(List<List<String>> seen) {
            this.seen = seen;
        }

        @ca.uhn.fhir.interceptor.api.Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
        public void created(IBaseResource resource) {
            seen.add(resource.getMeta().getProfile().stream()
                    .map(p -> p.getValueAsString())
                    .toList());
        }
    }

    static StructureDefinition profile(String url, String type) {
        StructureDefinition definition = new StructureDefinition();
        definition.setUrl(url);
        definition.setType(type);
        definition.setKind(StructureDefinitionKind.RESOURCE);
        definition.setDerivation(TypeDerivationRule.CONSTRAINT);
        definition.setBaseDefinition("http://hl7.org/fhir/StructureDefinition/" + type);
        return definition;
    }
}
