package org.successplan.server.storage;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.model.HistoryCountModeEnum;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.orm.jpa.JpaProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * The HAPI persistence unit. The DataSource and transaction manager come from Spring Boot
 * ({@code spring.datasource.*}); the entity manager factory is HAPI's, fed with
 * {@code spring.jpa.properties.*} (dialect, schema validation).
 */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    @Bean
    JpaStorageSettings storageSettings() {
        JpaStorageSettings settings = new JpaStorageSettings();
        // References must point at resources on this server: a plan is only as good as what it links.
        settings.setAllowExternalReferences(false);
        settings.setEnforceReferentialIntegrityOnWrite(true);
        settings.setEnforceReferentialIntegrityOnDelete(true);
        settings.setAutoCreatePlaceholderReferenceTargets(false);
        // No bulk deletes or physical purges through the API: records of children are kept.
        settings.setAllowMultipleDelete(false);
        settings.setExpungeEnabled(false);
        settings.setDeleteExpungeEnabled(false);
        // Every search and history request reads the database. HAPI's default reuses an identical
        // search's results for 60 s, so a client polling for new Tasks or re-reading a history would
        // be shown stale results.
        settings.setReuseCachedSearchResultsForMillis(null);
        // HAPI's default caches history counts for a minute, and a history page is cut to the cached
        // count: a version written within that minute would be missing from the history.
        settings.setHistoryCountMode(HistoryCountModeEnum.COUNT_ACCURATE);
        // ValueSets are expanded in memory when codes are validated; HAPI's pre-expansion into
        // database tables needs a Hibernate Search backend, which we do not run.
        settings.setPreExpandValueSets(false);
        return settings;
    }

    /** FHIR requests that fail for want of a database connection get 503, not 500. */
    @Bean
    VersionConflictRetry versionConflictRetry() {
        return new VersionConflictRetry();
    }

    @Bean
    DatabaseUnavailableInterceptor databaseUnavailableInterceptor() {
        return new DatabaseUnavailableInterceptor();
    }

    /** The same for failures outside HAPI (token checks, token endpoint, admin API); outside Spring Security. */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(FhirContext fhirContext) {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter(fhirContext));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }

    /** Writes out queued work (audit, notifications) after in-flight requests finished, on shutdown. */
    @Bean
    QueuedWorkDrain queuedWorkDrain(ObjectProvider<QueuedWork> queues, StorageProperties properties) {
        return new QueuedWorkDrain(queues.orderedStream().toList(), properties.shutdownDrainTimeout());
    }

    @Bean
    PartitionSettings partitionSettings() {
        return new PartitionSettings();
    }

    @Bean(initMethod = "migrate")
    SchemaMigration schemaMigration(DataSource dataSource, StorageProperties properties) {
        return new SchemaMigration(dataSource, properties.migrateSchema());
    }

    /**
     * HAPI's entity manager factory. The return type must stay {@link
     * LocalContainerEntityManagerFactoryBean}: HAPI's HibernatePropertiesProvider autowires it.
     */
    @Bean
    @Primary
    @DependsOn("schemaMigration")
    LocalContainerEntityManagerFactoryBean entityManagerFactory(
            ConfigurableListableBeanFactory beanFactory,
            DataSource dataSource,
            FhirContext fhirContext,
            JpaStorageSettings storageSettings,
            JpaProperties jpaProperties) {
        LocalContainerEntityManagerFactoryBean factory =
                HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory, fhirContext, storageSettings);
        factory.setPersistenceUnitName("HAPI_PU");
        factory.setDataSource(dataSource);
        factory.setJpaPropertyMap(jpaProperties.getProperties());
        return factory;
    }
}
