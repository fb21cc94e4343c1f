package org.successplan.server;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.config.HapiJpaConfig;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.successplan.server.security.demo.DemoClient;

/**
 * Success Plan Exchange: a HAPI FHIR R4 JPA server for student success plans.
 *
 * <p>The imported HAPI configurations supply the JPA DAOs and resource providers ({@link JpaR4Config}),
 * the paging/search services ({@link HapiJpaConfig}) and the batch and messaging infrastructure that
 * the DAOs depend on. Our own wiring lives in the feature packages (see {@code fhir}, {@code storage},
 * {@code web}, {@code security}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({
    JpaR4Config.class,
    HapiJpaConfig.class,
    ThreadPoolFactoryConfig.class,
    JpaBatch2Config.class,
    SubscriptionChannelConfig.class,
    Batch2JobsConfig.class
})
public class SuccessPlanServerApplication {

    /**
     * Starts the server; {@code token CLIENT_FILE [SCOPE]} instead runs the small SMART client of demo
     * mode ({@link DemoClient}) and prints an access token.
     */
    public static void main(String[] args) {
        if (args.length > 0 && "token".equals(args[0])) {
            System.exit(DemoClient.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(SuccessPlanServerApplication.class, args);
    }
}
