package org.successplan.server.consent;

import java.util.Set;

/**
 * Who asks, for what, in a consent decision.
 *
 * @param organization {@code Organization/id} the client acts for
 * @param memberOf the CareTeams and Groups the organization is a member of ({@code CareTeam/id})
 * @param purpose the declared purpose of use code
 * @param emergencyReason the reason for declared, permitted emergency access; {@code null} otherwise
 */
record Requester(String organization, Set<String> memberOf, String purpose, String emergencyReason) {

    boolean emergency() {
        return emergencyReason != null;
    }
}
