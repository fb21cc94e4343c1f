package org.successplan.server.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.provider.JpaSystemProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.HardcodedServerAddressStrategy;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.interceptor.LoggingInterceptor;
import ca.uhn.fhir.rest.server.interceptor.ResponseHighlighterInterceptor;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Meta;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HAPI's {@link RestfulServer} at {@code /fhir/*} with the JPA resource providers for every R4
 * resource type (except those a feature serves itself, see {@link FhirProvider}), the features'
 * providers, the system provider (transactions, history, {@code $meta}), database-backed paging and a
 * CapabilityStatement that names this software.
 */
@Configuration(proxyBeanMethods = false)
class FhirServerConfig {

    static final String SOFTWARE_NAME = "Success Plan Exchange";

    @Bean
    RestfulServer fhirRestfulServer(
            FhirContext fhirContext,
            FhirServerProperties properties,
            ResourceProviderFactory resourceProviders,
            JpaSystemProvider<Bundle, Meta> systemProvider,
            IFhirSystemDao<Bundle, Meta> systemDao,
            JpaStorageSettings storageSettings,
            ISearchParamRegistry searchParamRegistry,
            IValidationSupport validationSupport,
            DatabaseBackedPagingProvider pagingProvider,
            ObjectProvider<BuildProperties> buildProperties,
            List<ServerInterceptor> serverInterceptors,
            List<FhirProvider> featureProviders,
            List<CapabilityStatementCustomizer> capabilityStatementCustomizers) {
        RestfulServer server = new RestfulServer(fhirContext);
        server.setServerName(SOFTWARE_NAME);
        server.setServerVersion(versionOf(buildProperties));
        server.setImplementationDescription(
                "Success Plan Exchange: FHIR R4 server for student success plans, needs, referrals and consents");
        server.setDefaultResponseEncoding(EncodingEnum.JSON);
        server.setDefaultPrettyPrint(properties.prettyPrint());
        if (!properties.serverAddress().isBlank()) {
            server.setServerAddressStrategy(new HardcodedServerAddressStrategy(properties.serverAddress()));
        }

        pagingProvider.setDefaultPageSize(properties.defaultPageSize());
        pagingProvider.setMaximumPageSize(properties.maxPageSize());
        server.setPagingProvider(pagingProvider);

        Set<String> replacedTypes = featureProviders.stream()
                .filter(IResourceProvider.class::isInstance)
                .map(p -> fhirContext.getResourceType(((IResourceProvider) p).getResourceType()))
                .collect(Collectors.toSet());
        server.registerProviders(resourceProviders.createProviders().stream()
                .filter(p -> !(p instanceof IResourceProvider r
                        && replacedTypes.contains(fhirContext.getResourceType(r.getResourceType()))))
                .toList());
        server.registerProviders(featureProviders);
        server.registerProvider(systemProvider);
        SuccessPlanCapabilityStatementProvider capabilityStatement = new SuccessPlanCapabilityStatementProvider(
                server,
                systemDao,
                storageSettings,
                searchParamRegistry,
                validationSupport,
                capabilityStatementCustomizers);
        capabilityStatement.setImplementationDescription(server.getImplementationDescription());
        server.setServerConformanceProvider(capabilityStatement);

        server.registerInterceptor(accessLog());
        server.registerInterceptor(new ResponseHighlighterInterceptor());
        serverInterceptors.forEach(server::registerInterceptor);
        return server;
    }

    @Bean
    ServletRegistrationBean<RestfulServer> fhirServlet(RestfulServer fhirRestfulServer) {
        ServletRegistrationBean<RestfulServer> registration =
                new ServletRegistrationBean<>(fhirRestfulServer, "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean
    StorageInterceptorRegistrar storageInterceptorRegistrar(
            IInterceptorService jpaInterceptorService, List<StorageInterceptor> interceptors) {
        return new StorageInterceptorRegistrar(jpaInterceptorService, interceptors);
    }

    /**
     * One line per request on logger {@code ssp.access}: verb, path, operation, time and request id. No
     * query strings or bodies, which may carry personal data.
     */
    private static LoggingInterceptor accessLog() {
        LoggingInterceptor log = new LoggingInterceptor();
        log.setLogger(LoggerFactory.getLogger("ssp.access"));
        log.setMessageFormat(
                "${requestVerb} ${requestUrl} ${operationType} ${idOrResourceName} ${processingTimeMillis}ms");
        log.setLogExceptions(true);
        log.setErrorMessageFormat("${requestVerb} ${requestUrl} failed: ${exceptionMessage}");
        return log;
    }

    private static String versionOf(ObjectProvider<BuildProperties> buildProperties) {
        BuildProperties build = buildProperties.getIfAvailable();
        return build == null ? "development" : build.getVersion();
    }
}
