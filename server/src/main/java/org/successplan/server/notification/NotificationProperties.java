package org.successplan.server.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rest-hook notification settings ({@code ssp.notification.*}).
 *
 * @param allowedEndpoints a regular expression every {@code Subscription.channel.endpoint} must match
 *     in full. Default {@code https://.+}: notifications go over TLS only; narrow it to your partners'
 *     hosts, since the server makes requests to whatever URL a client registers. Env: {@code
 *     SSP_NOTIFICATION_ALLOWED_ENDPOINTS}.
 * @param submissionInterval how often changes queued in the database are passed on to matching
 *     (HAPI's subscription submission interval): the most a notification waits before it is sent.
 *     Default 5s. Env: {@code SSP_NOTIFICATION_SUBMISSION_INTERVAL}.
 * @param timeout connect and response timeout of one delivery. Default 10s. Env: {@code
 *     SSP_NOTIFICATION_TIMEOUT}.
 * @param retry how a failed delivery is retried.
 */
@Validated
@ConfigurationProperties("ssp.notification")
public record NotificationProperties(
        @DefaultValue("https://.+") @NotBlank String allowedEndpoints,
        @DefaultValue("5s") Duration submissionInterval,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue @Valid Retry retry) {

    /**
     * Exponential backoff of failed deliveries, per notification.
     *
     * @param initialInterval the wait before the first retry. Default 1s. Env: {@code
     *     SSP_NOTIFICATION_RETRY_INITIAL_INTERVAL}.
     * @param multiplier each further wait is this many times the previous. Default 2. Env: {@code
     *     SSP_NOTIFICATION_RETRY_MULTIPLIER}.
     * @param maxInterval the longest wait between two attempts. Default 1m. Env: {@code
     *     SSP_NOTIFICATION_RETRY_MAX_INTERVAL}.
     * @param giveUpAfter no attempt is started this long after the first; the notification is then
     *     dropped (logged) and the subscriber catches up by polling. Default 10m. Env: {@code
     *     SSP_NOTIFICATION_RETRY_GIVE_UP_AFTER}.
     */
    public record Retry(
            @DefaultValue("1s") Duration initialInterval,
            @DefaultValue("2.0") @DecimalMin("1.0") double multiplier,
            @DefaultValue("1m") Duration maxInterval,
            @DefaultValue("10m") Duration giveUpAfter) {}
}
