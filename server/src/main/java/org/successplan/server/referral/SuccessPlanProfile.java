package org.successplan.server.referral;

import java.util.List;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CarePlan;

/**
 * What the SuccessPlan profile says about the link a new referral adds to its plan: its {@code activity}
 * is {@code 0..*}, unsliced and without invariants, and {@code activity.reference} accepts a Referral.
 * So adding a reference to a referral that passed validation keeps a conforming plan conforming
 * ({@code PlanLinkConformanceIT} checks it with the validator), and the server need not validate the
 * whole plan again for it, which would cost more with every referral the plan gathers. A plan that also
 * declares another profile (a state's derived one) may constrain its activities further: it is
 * validated as usual.
 */
final class SuccessPlanProfile {

    static final String URL = "http://successplan.org/fhir/StructureDefinition/ssp-success-plan";

    private SuccessPlanProfile() {}

    static boolean acceptsReferralLinks(CarePlan plan) {
        List<CanonicalType> declared = plan.getMeta().getProfile();
        return !declared.isEmpty() && declared.stream().allMatch(SuccessPlanProfile::isThisProfile);
    }

    private static boolean isThisProfile(CanonicalType profile) {
        String value = profile.getValue();
        if (value == null) {
            return false;
        }
        int bar = value.indexOf('|');
        return (bar < 0 ? value : value.substring(0, bar)).equals(URL);
    }
}
