package org.successplan.server.security.token;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.successplan.server.security.SecurityProperties;
import org.successplan.server.security.client.ClientRegistry;

/** The token endpoint's collaborators: signing keys, the replay cache and the assertion verifier. */
@Configuration(proxyBeanMethods = false)
class TokenConfig {

    @Bean
    TokenUrls tokenUrls(SecurityProperties properties) {
        return new TokenUrls(properties);
    }

    @Bean
    SigningKeys signingKeys(DataSource dataSource, SecurityProperties properties) {
        return new SigningKeys(
                dataSource,
                Clock.systemUTC(),
                properties.token().signingKeys(),
                properties.token().keyRotationPeriod(),
                properties.token().lifetime());
    }

    @Bean
    ClientAssertionVerifier clientAssertionVerifier(ClientRegistry clients, DataSource dataSource) {
        return new ClientAssertionVerifier(
                clients, new JtiReplayCache(dataSource, Clock.systemUTC()), Clock.systemUTC());
    }

    @Bean
    TokenEndpoint.TokenSettings tokenSettings(SecurityProperties properties) {
        return new TokenEndpoint.TokenSettings(properties.token().lifetime(), Clock.systemUTC());
    }
}
