package org.successplan.server.security;

import org.successplan.server.common.ErrorCode;

/**
 * The outcome of {@link ScopePolicy}: allowed or not, with the reason (the scope that allowed it, or
 * what would be needed) so it can be logged, audited and shown in an OperationOutcome.
 *
 * @param allowed whether the interaction may proceed
 * @param code for a refusal, {@link ErrorCode#INSUFFICIENT_SCOPE} or {@link ErrorCode#ADMIN_REQUIRED}
 * @param reason human-readable explanation
 */
public record ScopeDecision(boolean allowed, ErrorCode code, String reason) {

    static ScopeDecision allow(String reason) {
        return new ScopeDecision(true, null, reason);
    }

    static ScopeDecision insufficientScope(String reason) {
        return new ScopeDecision(false, ErrorCode.INSUFFICIENT_SCOPE, reason);
    }

    static ScopeDecision adminRequired(String reason) {
        return new ScopeDecision(false, ErrorCode.ADMIN_REQUIRED, reason);
    }

    /** This decision if it refuses, otherwise {@code next}'s. */
    ScopeDecision and(java.util.function.Supplier<ScopeDecision> next) {
        return allowed ? next.get() : this;
    }
}
