package org.successplan.server.security.demo;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.successplan.server.security.client.ClientRegistry;
import org.successplan.server.storage.StorageProperties;

/** Demo mode, only when {@code ssp.security.demo.enabled=true} (the {@code demo} profile sets it). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ssp.security.demo.enabled", havingValue = "true")
class DemoConfig {

    @Bean
    DemoSeeder demoSeeder(
            DaoRegistry daoRegistry, ClientRegistry clients, StorageProperties storage, Environment environment) {
        return new DemoSeeder(daoRegistry, clients, Path.of(storage.dataDir(), "demo"), environment);
    }
}
