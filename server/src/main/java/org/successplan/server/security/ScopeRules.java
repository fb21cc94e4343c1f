package org.successplan.server.security;

import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRule;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderRuleOp;
import ca.uhn.fhir.rest.server.interceptor.auth.IAuthRuleBuilderRuleOpClassifierFinished;
import ca.uhn.fhir.rest.server.interceptor.auth.RuleBuilder;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.successplan.server.security.SmartScope.Permission;

/**
 * Translates a request's identity into HAPI {@code AuthorizationInterceptor} rules: public reads of
 * conformance resources and the CapabilityStatement; for a token, one rule per SMART scope ({@code r}
 * or {@code s} → read, {@code c} → create, {@code u} → write, {@code d} → delete), transactions checked
 * entry by entry with the same rules, operations admitted by {@link ScopeGate} with their output
 * checked, and deny for everything else. Administrators get allow-all.
 */
final class ScopeRules {

    private ScopeRules() {}

    static List<IAuthRule> build(Optional<RequestIdentity> identity) {
        RuleBuilder rules = new RuleBuilder();
        if (identity.isPresent() && identity.get().admin()) {
            return rules.allowAll("administrator client " + identity.get().clientId())
                    .build();
        }
        rules.allow("the CapabilityStatement is public").metadata().andThen();
        for (String type : new TreeSet<>(ScopePolicy.CONFORMANCE_TYPES)) {
            rules.allow("conformance resources are public")
                    .read()
                    .resourcesOfType(type)
                    .withAnyId()
                    .andThen();
        }
        if (identity.isEmpty()) {
            return rules.denyAll("no access token").build();
        }
        for (String type : new TreeSet<>(ScopePolicy.CONFORMANCE_TYPES)) {
            String name = "writing conformance resources needs an administrator";
            rules.deny(name).write().resourcesOfType(type).withAnyId().andThen();
            rules.deny(name).delete().resourcesOfType(type).withAnyId().andThen();
        }
        for (SmartScope scope : identity.get().scopes().asList()) {
            String name = "scope " + scope.text();
            if (scope.permissions().contains(Permission.READ)
                    || scope.permissions().contains(Permission.SEARCH)) {
                on(rules.allow(name).read(), scope);
            }
            if (scope.permissions().contains(Permission.CREATE)) {
                on(rules.allow(name).create(), scope);
            }
            if (scope.permissions().contains(Permission.UPDATE)) {
                on(rules.allow(name).write(), scope);
            }
            if (scope.permissions().contains(Permission.DELETE)) {
                on(rules.allow(name).delete(), scope);
            }
        }
        rules.allow("OperationOutcomes that operations answer with carry no stored data")
                .read()
                .resourcesOfType("OperationOutcome")
                .withAnyId()
                .andThen();
        rules.allow("transactions and batches: every entry by the rules above")
                .transaction()
                .withAnyOperation()
                .andApplyNormalRules()
                .andThen();
        rules.allow("operations admitted by the scope gate; their results by the rules above")
                .operation()
                .withAnyName()
                .atAnyLevel()
                .andRequireExplicitResponseAuthorization()
                .andThen();
        return rules.denyAll("not covered by the token's scopes").build();
    }

    private static IAuthRuleBuilderRuleOpClassifierFinished on(IAuthRuleBuilderRuleOp op, SmartScope scope) {
        IAuthRuleBuilderRuleOpClassifierFinished finished = SmartScope.ANY_TYPE.equals(scope.resourceType())
                ? op.allResources().withAnyId()
                : op.resourcesOfType(scope.resourceType()).withAnyId();
        finished.andThen();
        return finished;
    }
}
