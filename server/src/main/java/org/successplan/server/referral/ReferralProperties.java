package org.successplan.server.referral;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Closed-loop referral settings ({@code ssp.referral.*}).
 *
 * @param linkPlanActivity when a Referral is created {@code basedOn} a SuccessPlan that the referring
 *     organization wrote, add the Referral to the plan's {@code activity} (once). Default {@code true}.
 *     Env: {@code SSP_REFERRAL_LINK_PLAN_ACTIVITY}.
 * @param stalledAfter an open referral (requested, accepted, in progress or on hold) whose task has not
 *     changed for this long counts as stalled in the closed-loop report; a client may ask for another
 *     period. Default 14 days. Env: {@code SSP_REFERRAL_STALLED_AFTER}.
 * @param reportMaxTasks the most tasks one closed-loop report reads per role (its cost is one history
 *     read per task); a report that reaches it says so ({@code truncated}). Default 5000. Env: {@code
 *     SSP_REFERRAL_REPORT_MAX_TASKS}.
 */
@Validated
@ConfigurationProperties("ssp.referral")
public record ReferralProperties(
        @DefaultValue("true") boolean linkPlanActivity,
        @DefaultValue("14d") Duration stalledAfter,
        @DefaultValue("5000") @Min(1) @Max(100000) int reportMaxTasks) {}
