package org.successplan.server.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HealthcareService.DaysOfWeek;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SearchParameter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.testing.FhirClients;
import org.successplan.server.testing.Fixtures;
import org.successplan.server.testing.ServerIT;
import org.successplan.server.testing.TestClients;
import org.successplan.server.testing.TestClients.TestClient;

/**
 * The service directory: an agency publishes its services (HealthcareService with Location), a school
 * finds them by need domain, area, language, cost, opening day and eligibility, with the core and the
 * server's own search parameters.
 */
@ServerIT
class ServiceDirectoryIT {

    static final String NEED_DOMAIN = "http://successplan.org/fhir/CodeSystem/ssp-need-domain";
    static final String BCP47 = "urn:ietf:bcp:47";
    static final String PROVISION = "http://terminology.hl7.org/CodeSystem/service-provision-conditions";
    static final String ELIGIBILITY = "http://successplan.org/fhir/test/eligibility";

    @LocalServerPort
    int port;

    TestClient agency;
    TestClient school;

    @BeforeEach
    void clients() {
        agency = TestClients.withScopes(
                port, "Directory Food Bank", "system/HealthcareService.cruds", "system/Location.cruds");
        school = TestClients.school(port);
    }

    @Test
    void school_findsServicesByCategoryAreaLanguageCostDayAndEligibility() {
        String postalCode =
                "9" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 4);
        Location area = new Location();
        area.setName("Riverbend east side");
        area.getAddress().setCity("Riverbend").setState("TN").setPostalCode(postalCode);
        String areaId = create(area);

        HealthcareService backpack = service("Weekend Backpack Program", "food");
        backpack.addCoverageArea(new Reference(areaId));
        backpack.addLocation(new Reference(areaId));
        backpack.addCommunication(new CodeableConcept(new Coding(BCP47, "es", "Spanish")));
        backpack.getEligibilityFirstRep().getCode().addCoding(new Coding(ELIGIBILITY, "grades-k-8", "Grades K-8"));
        backpack.addAvailableTime().addDaysOfWeek(DaysOfWeek.FRI);
        String backpackId = create(backpack);

        HealthcareService tutoring = service("Saturday Reading Club", "academic");
        tutoring.getCommunication().clear();
        tutoring.addCommunication(new CodeableConcept(new Coding(BCP47, "en", "English")));
        tutoring.getServiceProvisionCode().clear();
        tutoring.addServiceProvisionCode(new CodeableConcept(new Coding(PROVISION, "cost", "Fees apply")));
        tutoring.getAvailableTime().clear();
        tutoring.addAvailableTime().addDaysOfWeek(DaysOfWeek.SAT);
        String tutoringId = create(tutoring);

        String mine = "&organization=" + agency.organization();
        assertThat(find("HealthcareService?service-category=" + NEED_DOMAIN + "|food" + mine))
                .contains(backpackId)
                .doesNotContain(tutoringId);
        assertThat(find("HealthcareService?coverage-area=" + areaId)).containsExactly(backpackId);
        assertThat(find("HealthcareService?coverage-area.address-postalcode=" + postalCode))
                .containsExactly(backpackId);
        assertThat(find("HealthcareService?location=" + areaId)).containsExactly(backpackId);
        assertThat(find("HealthcareService?language=" + BCP47 + "|es" + mine))
                .contains(backpackId)
                .doesNotContain(tutoringId);
        assertThat(find("HealthcareService?service-provision=" + PROVISION + "|free" + mine))
                .contains(backpackId)
                .doesNotContain(tutoringId);
        assertThat(find("HealthcareService?available-day=sat" + mine))
                .contains(tutoringId)
                .doesNotContain(backpackId);
        // The agency's services from earlier runs on the same database may match too.
        assertThat(find("HealthcareService?eligibility=" + ELIGIBILITY + "|grades-k-8" + mine))
                .contains(backpackId)
                .doesNotContain(tutoringId);
        assertThat(find("HealthcareService?active=true&name=Saturday" + mine))
                .contains(tutoringId)
                .doesNotContain(backpackId);
    }

    @Test
    void theServersSearchParameters_arePublishedAndReadOnly() {
        SearchParameter language = FhirClients.anonymous(port)
                .read()
                .resource(SearchParameter.class)
                .withId("ssp-healthcareservice-language")
                .execute();
        assertThat(language.getCode()).isEqualTo("language");
        assertThat(language.getExpression()).isEqualTo("HealthcareService.communication");

        language.setExpression("HealthcareService.name");
        HttpResponse<String> response = school.http()
                .put(
                        "/fhir/SearchParameter/ssp-healthcareservice-language",
                        "application/fhir+json",
                        FhirClients.FHIR.newJsonParser().encodeResourceToString(language));

        Referrals.assertRefused(response, 403, ErrorCode.ADMIN_REQUIRED);
        assertThat(FhirClients.anonymous(port)
                        .read()
                        .resource(SearchParameter.class)
                        .withId("ssp-healthcareservice-language")
                        .execute()
                        .getExpression())
                .isEqualTo("HealthcareService.communication");
    }

    @Test
    void unknownSearchParameter_isABadRequest() {
        HttpResponse<String> response = school.http().get("/fhir/HealthcareService?languages=es");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("OperationOutcome").contains("languages");
    }

    HealthcareService service(String name, String domain) {
        HealthcareService service = Fixtures.on(port)
                .story()
                .copyOf("HealthcareService/ssp-ex-maya-service-backpack", HealthcareService.class);
        service.setName(name);
        service.setProvidedBy(new Reference(agency.organization()));
        service.getCategory().clear();
        service.addCategory(new CodeableConcept(new Coding(NEED_DOMAIN, domain, null)));
        return service;
    }

    String create(org.hl7.fhir.r4.model.Resource resource) {
        return agency.fhir()
                .create()
                .resource(resource)
                .execute()
                .getId()
                .toUnqualifiedVersionless()
                .getValue();
    }

    List<String> find(String url) {
        return school.fhir().search().byUrl(url).returnBundle(Bundle.class).execute().getEntry().stream()
                .map(e -> e.getResource()
                        .getIdElement()
                        .toUnqualifiedVersionless()
                        .getValue())
                .toList();
    }
}
