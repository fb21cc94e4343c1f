package org.successplan.server.ig;

import ca.uhn.fhir.jpa.interceptor.validation.IRepositoryValidatingRule;
import ca.uhn.fhir.jpa.interceptor.validation.RepositoryValidatingRuleBuilder;
import java.util.List;
import java.util.function.Supplier;

/**
 * The profile rules for writes (HAPI's rule builder): for every resource type the packages profile, at
 * least one of its profiles must be declared (the default profile is declared automatically where there
 * is one). That the resource then validates against every profile it declares is {@link
 * ProfileValidator}'s part. Types no package profiles are not validated beyond HAPI's parsing.
 */
final class ProfileValidationRules {

    private ProfileValidationRules() {}

    static List<IRepositoryValidatingRule> build(
            ProfileCatalog catalog, Supplier<RepositoryValidatingRuleBuilder> builders) {
        RepositoryValidatingRuleBuilder builder = builders.get();
        for (String type : catalog.profiledTypes()) {
            builder.forResourcesOfType(type)
                    .requireAtLeastOneProfileOf(catalog.profilesFor(type).toArray(String[]::new));
        }
        return builder.build();
    }
}
