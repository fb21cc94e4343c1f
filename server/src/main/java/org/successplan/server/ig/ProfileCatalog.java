package org.successplan.server.ig;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;

/**
 * Which resource types the installed packages profile, and with which profiles. Only profiles made
 * directly on a core resource count here; a profile derived from one of them (a state's Student) is
 * enforced when declared, and its base profile's rules come with it. A type with exactly one profile
 * has a <em>default</em> profile: every resource of that type is held to it, declared or not. A type
 * with several (Organization: School, Agency, Clinic) must declare one of them.
 */
final class ProfileCatalog {

    private static final String CORE_BASE = "http://hl7.org/fhir/StructureDefinition/";

    private final Map<String, Set<String>> profilesByType;

    private ProfileCatalog(Map<String, Set<String>> profilesByType) {
        this.profilesByType = profilesByType;
    }

    static ProfileCatalog of(Collection<StructureDefinition> structureDefinitions) {
        Map<String, Set<String>> byType = new TreeMap<>();
        for (StructureDefinition definition : structureDefinitions) {
            if (definition.getKind() == StructureDefinitionKind.RESOURCE
                    && definition.getDerivation() == TypeDerivationRule.CONSTRAINT
                    && !definition.getAbstract()
                    && definition.getBaseDefinition().startsWith(CORE_BASE)) {
                byType.computeIfAbsent(definition.getType(), type -> new TreeSet<>())
                        .add(definition.getUrl());
            }
        }
        return new ProfileCatalog(byType);
    }

    Set<String> profiledTypes() {
        return profilesByType.keySet();
    }

    List<String> profilesFor(String resourceType) {
        return List.copyOf(profilesByType.getOrDefault(resourceType, Set.of()));
    }

    Optional<String> defaultProfileFor(String resourceType) {
        Set<String> profiles = profilesByType.getOrDefault(resourceType, Set.of());
        return profiles.size() == 1 ? Optional.of(profiles.iterator().next()) : Optional.empty();
    }
}
