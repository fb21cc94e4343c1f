package org.successplan.server.notification;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.subscription.channel.impl.RetryPolicyProvider;
import ca.uhn.fhir.jpa.subscription.match.config.SubscriptionProcessorConfig;
import ca.uhn.fhir.jpa.subscription.match.deliver.email.IEmailSender;
import ca.uhn.fhir.jpa.subscription.submit.config.SubscriptionSubmitterConfig;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.retry.RetryPolicy;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.backoff.ExponentialBackOffPolicy;
import org.springframework.retry.policy.TimeoutRetryPolicy;
import org.successplan.server.fhir.FhirServerProperties;

/**
 * HAPI's subscription support (submission: changes queued in the database and matched; processing:
 * matching and delivery channels), for rest-hook Subscriptions only, with our policy, visibility,
 * id-only delivery and retry settings. The channels are HAPI's in-memory ones (one server instance):
 * a notification still being retried when the server stops is lost, and polling catches up.
 */
@Configuration(proxyBeanMethods = false)
@Import({SubscriptionSubmitterConfig.class, SubscriptionProcessorConfig.class})
class NotificationConfig {

    @Bean
    SubscriptionSettings subscriptionSettings(NotificationProperties properties) {
        SubscriptionSettings settings = new SubscriptionSettings();
        settings.addSupportedSubscriptionType(org.hl7.fhir.dstu2.model.Subscription.SubscriptionChannelType.RESTHOOK);
        settings.setRestHookEndpointUrlValidationRegex(properties.allowedEndpoints());
        settings.setSubscriptionIntervalInMs(properties.submissionInterval().toMillis());
        // A new or changed Subscription is activated at once rather than at the next submission pass.
        settings.setSubscriptionChangeQueuedImmediately(true);
        return settings;
    }

    /** Exponential backoff for failed deliveries ({@code ssp.notification.retry}); replaces HAPI's 1-minute default. */
    @Bean
    @Primary
    RetryPolicyProvider notificationRetryPolicyProvider(NotificationProperties properties) {
        NotificationProperties.Retry retry = properties.retry();
        return new RetryPolicyProvider() {
            @Override
            protected RetryPolicy retryPolicy() {
                TimeoutRetryPolicy policy = new TimeoutRetryPolicy();
                policy.setTimeout(retry.giveUpAfter().toMillis());
                return policy;
            }

            @Override
            protected BackOffPolicy backOffPolicy() {
                ExponentialBackOffPolicy backOff = new ExponentialBackOffPolicy();
                backOff.setInitialInterval(retry.initialInterval().toMillis());
                backOff.setMultiplier(retry.multiplier());
                backOff.setMaxInterval(retry.maxInterval().toMillis());
                return backOff;
            }
        };
    }

    /** E-mail channels are not supported (only rest-hook is), but HAPI's delivery factory needs a sender. */
    @Bean
    IEmailSender emailSender() {
        return details -> {
            throw new UnsupportedOperationException("E-mail Subscriptions are not supported");
        };
    }

    @Bean
    SubscriptionPolicyInterceptor subscriptionPolicyInterceptor(NotificationProperties properties) {
        return new SubscriptionPolicyInterceptor(Pattern.compile(properties.allowedEndpoints()));
    }

    @Bean
    SubscriptionVisibilityInterceptor subscriptionVisibilityInterceptor() {
        return new SubscriptionVisibilityInterceptor();
    }

    @Bean
    IdOnlyNotifier idOnlyNotifier(
            FhirContext fhirContext, NotificationProperties properties, FhirServerProperties fhirProperties) {
        return new IdOnlyNotifier(fhirContext, properties.timeout(), fhirProperties.serverAddress(), Clock.systemUTC());
    }
}
