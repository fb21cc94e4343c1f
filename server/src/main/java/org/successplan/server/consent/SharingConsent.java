package org.successplan.server.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A SharingConsent reduced to what decisions need (no FHIR types): who it is about, whether it is
 * active, and its grants (the nested permit provisions under the default-deny root).
 *
 * @param id {@code Consent/123}
 * @param student {@code Patient/456}
 * @param active {@code status = active}
 * @param start the root provision's period start, or {@code null}
 * @param end the root provision's period end, or {@code null}
 */
record SharingConsent(String id, String student, boolean active, LocalDate start, LocalDate end, List<Grant> grants) {

    /**
     * One permit provision.
     *
     * @param actors recipients: {@code Organization/..}, {@code CareTeam/..} or {@code Group/..}
     * @param purposes purpose codes (systems ignored)
     * @param actions action codes; empty = every action
     * @param dataClasses {@code ssp-data-class} codes or FHIR resource types
     * @param needDomains {@code ssp-need-domain} codes
     * @param ceiling the highest confidentiality released (default {@code N})
     * @param permittedLabels sensitivity labels the grant releases explicitly
     * @param deniedLabels labels of its nested deny provisions, never released
     */
    record Grant(
            Set<String> actors,
            Set<String> purposes,
            Set<String> actions,
            LocalDate start,
            LocalDate end,
            Set<String> dataClasses,
            Set<String> needDomains,
            Confidentiality ceiling,
            Set<String> permittedLabels,
            Set<String> deniedLabels) {}

    boolean inForceOn(LocalDate day) {
        return active && within(day, start, end);
    }

    static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
}
