package org.successplan.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.successplan.server.fhir.FhirServerProperties;

/** Wires the audit trail: capture (filter + interceptor), writer, store, API, report, guards, retention. */
@Configuration(proxyBeanMethods = false)
class AuditConfig {

    private static final Clock CLOCK = Clock.systemUTC();

    @Bean
    AuditStore auditStore(DataSource dataSource) {
        return new AuditStore(dataSource);
    }

    @Bean
    Custodians auditCustodians(DaoRegistry daoRegistry) {
        return new Custodians(daoRegistry, Duration.ofSeconds(30), CLOCK);
    }

    @Bean
    AuditWriter auditWriter(
            AuditStore store,
            Custodians custodians,
            FhirContext fhirContext,
            AuditProperties properties,
            MeterRegistry meters) {
        return new AuditWriter(store, new AuditEventFactory(nodeName()), custodians, fhirContext, properties, meters);
    }

    /** Just after the request id filter, before CORS, the size limit and Spring Security. */
    @Bean
    FilterRegistrationBean<AuditFilter> auditFilter(AuditWriter writer, FhirContext fhirContext) {
        FilterRegistrationBean<AuditFilter> registration =
                new FilterRegistrationBean<>(new AuditFilter(writer, fhirContext, CLOCK));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.addUrlPatterns("/fhir", "/fhir/*");
        return registration;
    }

    @Bean
    AuditCaptureInterceptor auditCaptureInterceptor(FhirContext fhirContext) {
        return new AuditCaptureInterceptor(new ResourceFacts(fhirContext));
    }

    @Bean
    AuditLogGuard auditLogGuard() {
        return new AuditLogGuard();
    }

    @Bean
    AuditLogStorageGuard auditLogStorageGuard() {
        return new AuditLogStorageGuard();
    }

    @Bean
    AuditEventProvider auditEventProvider(
            AuditStore store, FhirContext fhirContext, FhirServerProperties fhirServerProperties) {
        return new AuditEventProvider(store, fhirContext, fhirServerProperties);
    }

    @Bean
    DisclosureReportProvider disclosureReportProvider(
            AuditStore store, Custodians custodians, FhirContext fhirContext) {
        return new DisclosureReportProvider(store, custodians, fhirContext, CLOCK);
    }

    @Bean
    AuditRetention auditRetention(AuditStore store, AuditProperties properties) {
        return new AuditRetention(store, properties, CLOCK);
    }

    @Bean
    AuditCapability auditCapability() {
        return new AuditCapability();
    }

    @Bean
    AuditHealth auditHealthIndicator(AuditWriter writer) {
        return new AuditHealth(writer);
    }

    /** This node's name for {@code AuditEvent.source.site}: {@code HOSTNAME}, else the local host name. */
    private static String nodeName() {
        String host = System.getenv("HOSTNAME");
        if (host != null && !host.isBlank()) {
            return host;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-node";
        }
    }
}
