package org.successplan.server.ig;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.interceptor.validation.RepositoryValidatingRuleBuilder;
import ca.uhn.fhir.jpa.packages.IPackageInstallerSvc;
import ca.uhn.fhir.validation.IInstanceValidatorModule;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Wires the installed packages into installation, profile declaration, validation and the guard. */
@Configuration(proxyBeanMethods = false)
class IgConfig {

    @Bean
    FhirPackages fhirPackages(IgProperties properties, ResourcePatternResolver resolver, FhirContext fhirContext) {
        return FhirPackages.load(properties.packages(), resolver, fhirContext);
    }

    @Bean
    PackageInstallation packageInstallation(FhirPackages fhirPackages, IPackageInstallerSvc installer) {
        return new PackageInstallation(fhirPackages, installer);
    }

    @Bean
    DefaultProfileInterceptor defaultProfileInterceptor(FhirPackages fhirPackages, IgProperties properties) {
        return new DefaultProfileInterceptor(
                fhirPackages.profileCatalog(), Set.copyOf(properties.requireDeclaredProfile()));
    }

    /** Off only with {@code ssp.ig.validate-writes=false}, a benchmark baseline (docs/performance.md). */
    @Bean
    @ConditionalOnProperty(name = "ssp.ig.validate-writes", havingValue = "true", matchIfMissing = true)
    ProfileValidatingInterceptor profileValidatingInterceptor(
            FhirPackages fhirPackages,
            FhirContext fhirContext,
            ObjectProvider<RepositoryValidatingRuleBuilder> ruleBuilders,
            @Qualifier("myInstanceValidator") IInstanceValidatorModule instanceValidator) {
        ProfileCatalog catalog = fhirPackages.profileCatalog();
        return new ProfileValidatingInterceptor(
                fhirContext,
                ProfileValidationRules.build(catalog, ruleBuilders::getObject),
                new ProfileValidator(fhirContext, instanceValidator, catalog.profiledTypes()));
    }

    @Bean
    ConformanceResourceGuard conformanceResourceGuard(FhirPackages fhirPackages, FhirContext fhirContext) {
        return new ConformanceResourceGuard(Set.copyOf(fhirPackages.canonicalUrls()), fhirContext);
    }

    @Bean
    ImplementationGuideCapability implementationGuideCapability(FhirPackages fhirPackages) {
        return new ImplementationGuideCapability(fhirPackages.implementationGuides());
    }
}
