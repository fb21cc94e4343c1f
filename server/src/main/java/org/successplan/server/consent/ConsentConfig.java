package org.successplan.server.consent;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires consent enforcement: the HAPI consent interceptor for reads, the write guard and default labels. */
@Configuration(proxyBeanMethods = false)
class ConsentConfig {

    @Bean
    Terminology consentTerminology(IValidationSupport validationSupport) {
        return new Terminology(validationSupport);
    }

    @Bean
    StudentRecords studentRecords(FhirContext fhirContext, Terminology consentTerminology) {
        return new StudentRecords(fhirContext, consentTerminology);
    }

    @Bean
    RequestConsents requestConsents(DaoRegistry daoRegistry, StudentRecords studentRecords) {
        return new RequestConsents(daoRegistry, studentRecords, Clock.systemUTC());
    }

    @Bean
    SharingConsentInterceptor sharingConsentInterceptor(RequestConsents requestConsents) {
        return new SharingConsentInterceptor(new SharingConsentService(requestConsents));
    }

    @Bean
    DirectoryReads directoryReads(StudentRecords studentRecords) {
        return new DirectoryReads(studentRecords);
    }

    @Bean
    ConsentSearchGuard consentSearchGuard(
            RequestConsents requestConsents,
            StudentRecords studentRecords,
            ca.uhn.fhir.rest.server.util.ISearchParamRegistry searchParamRegistry,
            DaoRegistry daoRegistry,
            FhirContext fhirContext) {
        return new ConsentSearchGuard(requestConsents, studentRecords, searchParamRegistry, daoRegistry, fhirContext);
    }

    @Bean
    ConsentWriteGuard consentWriteGuard(RequestConsents requestConsents) {
        return new ConsentWriteGuard(requestConsents);
    }

    @Bean
    DefaultSecurityLabels defaultSecurityLabels(
            FhirContext fhirContext, StudentRecords studentRecords, Terminology consentTerminology) {
        return new DefaultSecurityLabels(fhirContext, studentRecords, consentTerminology);
    }
}
