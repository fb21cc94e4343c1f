/**
 * Closed-loop referrals (Gravity SDOH pattern): the lifecycle of a ReferralTask between the requesting
 * and the performing organization ({@code ReferralTransitions}, pure rules, applied to every Task write by
 * {@code ReferralLifecycleInterceptor}), versioned updates only ({@code TaskIfMatchInterceptor}), what
 * follows a write (the Referral's status follows its task, a completed task's ServiceDelivered belongs to
 * its referral, a new referral is linked from its plan), the closed-loop report operation ({@code
 * Task/$closed-loop-report}) and the service directory's extra search parameters. Nothing here is public:
 * other features see referrals only as FHIR resources. See docs/adr/0006-closed-loop-referrals.md.
 */
package org.successplan.server.referral;
