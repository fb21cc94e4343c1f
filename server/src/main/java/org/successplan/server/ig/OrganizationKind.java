package org.successplan.server.ig;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Organization;

/**
 * The three kinds of participating organization in the data standard, each with its profile and the
 * {@code ssp-organization-type} codes it accepts. Used where the server itself creates organizations
 * (operator API, demo data), so they conform like any client's.
 */
public enum OrganizationKind {
    SCHOOL("ssp-school", Set.of("school", "district", "state-education-agency")),
    AGENCY("ssp-agency", Set.of("community-agency", "out-of-school-time-provider", "coordination-platform")),
    CLINIC("ssp-clinic", Set.of("clinic", "school-based-health-center"));

    /** The code system of organization types. */
    public static final String TYPE_SYSTEM = "http://successplan.org/fhir/CodeSystem/ssp-organization-type";

    private static final String PROFILE_BASE = "http://successplan.org/fhir/StructureDefinition/";

    private final String profileId;
    private final Set<String> typeCodes;

    OrganizationKind(String profileId, Set<String> typeCodes) {
        this.profileId = profileId;
        this.typeCodes = typeCodes;
    }

    /** The kind an {@code ssp-organization-type} code belongs to. */
    public static Optional<OrganizationKind> ofTypeCode(String typeCode) {
        return Arrays.stream(values())
                .filter(kind -> kind.typeCodes.contains(typeCode))
                .findFirst();
    }

    public String profile() {
        return PROFILE_BASE + profileId;
    }

    /** A new active organization of this kind, with its profile and type declared; identifiers are the caller's. */
    public Organization newOrganization(String name, String typeCode) {
        if (!typeCodes.contains(typeCode)) {
            throw new IllegalArgumentException("'" + typeCode + "' is not a type of " + name() + ": " + typeCodes);
        }
        Organization organization = new Organization().setName(name).setActive(true);
        organization.getMeta().addProfile(profile());
        organization.addType(new CodeableConcept(new Coding(TYPE_SYSTEM, typeCode, null)));
        return organization;
    }
}
