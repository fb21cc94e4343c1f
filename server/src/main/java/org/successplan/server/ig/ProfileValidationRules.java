package org.successplan.server.ig;

import ca.uhn.fhir.jpa.interceptor.validation.IRepositoryValidatingRule;
import ca.uhn.fhir.jpa.interceptor.validation.RepositoryValidatingRuleBuilder;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.util.List;
import java.util.function.Supplier;

/**
 * The validation rules for writes: for every resource type the packages profile, at least one of its
 * profiles must be declared (the default profile is declared automatically where there is one) and the
 * resource must validate against every profile it declares, rejecting on errors. Types no package
 * profiles are not validated beyond HAPI's parsing. Unknown extensions are allowed: derived profiles
 * of states and districts add their own.
 */
final class ProfileValidationRules {

    private ProfileValidationRules() {}

    static List<IRepositoryValidatingRule> build(
            ProfileCatalog catalog, Supplier<RepositoryValidatingRuleBuilder> builders) {
        RepositoryValidatingRuleBuilder builder = builders.get();
        for (String type : catalog.profiledTypes()) {
            builder.forResourcesOfType(type)
                    .requireAtLeastOneProfileOf(catalog.profilesFor(type).toArray(String[]::new))
                    .and()
                    .requireValidationToDeclaredProfiles()
                    .rejectOnSeverity(ResultSeverityEnum.ERROR)
                    .allowAnyExtensions();
        }
        return builder.build();
    }
}
