/**
 * Rest-hook notifications about referral Tasks with HAPI's subscription support: a client may subscribe
 * only to the Tasks of its own organization ({@code SubscriptionCriteria}, {@code
 * SubscriptionPolicyInterceptor}), sees only its own Subscriptions, and receives id-only notifications
 * with retries and backoff ({@code IdOnlyNotifier}). See docs/adr/0006-closed-loop-referrals.md.
 */
package org.successplan.server.notification;
