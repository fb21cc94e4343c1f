package org.successplan.server.referral;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import java.util.List;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.SearchParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * The search parameters the service directory needs beyond R4 core, stored at start-up with the
 * server's own rights (an unchanged definition is not written again). Core HealthcareService already
 * searches {@code service-category}, {@code service-type}, {@code organization}, {@code location},
 * {@code coverage-area}, {@code program}, {@code characteristic}, {@code name} and {@code active}; it
 * cannot search the languages a service is offered in, its eligibility, whether it is free, or the
 * days it is open.
 */
class ServiceDirectorySearchParameters implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ServiceDirectorySearchParameters.class);

    static final String BASE = "http://successplan.org/fhir/SearchParameter/";

    /** id, code, FHIRPath expression, description. */
    record Definition(String id, String code, String expression, String description) {}

    static final List<Definition> DEFINITIONS = List.of(
            new Definition(
                    "ssp-healthcareservice-language",
                    "language",
                    "HealthcareService.communication",
                    "Services offered in a language (HealthcareService.communication, BCP-47), e.g."
                            + " HealthcareService?language=urn:ietf:bcp:47|es"),
            new Definition(
                    "ssp-healthcareservice-eligibility",
                    "eligibility",
                    "HealthcareService.eligibility.code",
                    "Services by a coded eligibility criterion (HealthcareService.eligibility.code)"),
            new Definition(
                    "ssp-healthcareservice-service-provision",
                    "service-provision",
                    "HealthcareService.serviceProvisionCode",
                    "Services by cost to the family, e.g."
                            + " HealthcareService?service-provision=http://terminology.hl7.org/CodeSystem/service-provision-conditions|free"),
            new Definition(
                    "ssp-healthcareservice-available-day",
                    "available-day",
                    "HealthcareService.availableTime.daysOfWeek",
                    "Services open on a day of the week (HealthcareService.availableTime.daysOfWeek), e.g."
                            + " HealthcareService?available-day=sat"));

    private final DaoRegistry daoRegistry;
    private final ISearchParamRegistry searchParamRegistry;

    ServiceDirectorySearchParameters(DaoRegistry daoRegistry, ISearchParamRegistry searchParamRegistry) {
        this.daoRegistry = daoRegistry;
        this.searchParamRegistry = searchParamRegistry;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Definition definition : DEFINITIONS) {
            daoRegistry
                    .getResourceDao(SearchParameter.class)
                    .update(toResource(definition), new SystemRequestDetails());
        }
        searchParamRegistry.forceRefresh();
        log.info(
                "Service directory search parameters: {}",
                DEFINITIONS.stream().map(Definition::code).toList());
    }

    static SearchParameter toResource(Definition definition) {
        SearchParameter parameter = new SearchParameter();
        parameter.setId(definition.id());
        parameter.setUrl(BASE + definition.id());
        parameter.setVersion("0.1.0");
        parameter.setName(definition.id().replace("-", "_"));
        parameter.setStatus(PublicationStatus.ACTIVE);
        parameter.setPublisher("Success Plan Exchange");
        parameter.setDescription(definition.description());
        parameter.setCode(definition.code());
        parameter.addBase("HealthcareService");
        parameter.setType(SearchParamType.TOKEN);
        parameter.setExpression(definition.expression());
        parameter.setXpathUsage(SearchParameter.XPathUsageType.NORMAL);
        return parameter;
    }
}
