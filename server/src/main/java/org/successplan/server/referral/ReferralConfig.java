package org.successplan.server.referral;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.SharedEntityManagerCreator;

/** The closed-loop referral feature: lifecycle, versioned updates, follow-up writes, report, directory search. */
@Configuration(proxyBeanMethods = false)
class ReferralConfig {

    @Bean
    ReferralReferences referralReferences(DaoRegistry daoRegistry) {
        return new ReferralReferences(daoRegistry);
    }

    @Bean
    ReferralLifecycleInterceptor referralLifecycleInterceptor(ReferralReferences references) {
        return new ReferralLifecycleInterceptor(references);
    }

    @Bean
    ReferralFollowUpInterceptor referralFollowUpInterceptor(
            DaoRegistry daoRegistry, EntityManagerFactory entityManagerFactory, ReferralProperties properties) {
        PlanLock planLock =
                new PlanLock(daoRegistry, SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory));
        return new ReferralFollowUpInterceptor(daoRegistry, planLock, properties.linkPlanActivity());
    }

    @Bean
    TaskIfMatchInterceptor taskIfMatchInterceptor() {
        return new TaskIfMatchInterceptor();
    }

    @Bean
    ClosedLoopReportProvider closedLoopReportProvider(DaoRegistry daoRegistry, ReferralProperties properties) {
        return new ClosedLoopReportProvider(daoRegistry, properties, Clock.systemUTC());
    }

    @Bean
    ServiceDirectorySearchParameters serviceDirectorySearchParameters(
            DaoRegistry daoRegistry, ISearchParamRegistry searchParamRegistry) {
        return new ServiceDirectorySearchParameters(daoRegistry, searchParamRegistry);
    }
}
