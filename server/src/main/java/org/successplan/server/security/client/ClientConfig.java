package org.successplan.server.security.client;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.successplan.server.security.SecurityProperties;

/** The client registry bean. Its table comes from the Flyway migrations in {@code db/ssp}. */
@Configuration(proxyBeanMethods = false)
class ClientConfig {

    @Bean
    ClientRegistry clientRegistry(DataSource dataSource, SecurityProperties properties) {
        return new ClientRegistry(dataSource, properties.clientCacheTtl(), Clock.systemUTC());
    }
}
