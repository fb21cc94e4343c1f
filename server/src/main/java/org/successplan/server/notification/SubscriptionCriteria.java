package org.successplan.server.notification;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which Subscription criteria a client may register: only Tasks, and only those of which its own
 * organization is the owner or the requester, so a notification never tells it about a referral it is
 * not part of. Pure rules on the criteria text (no HAPI or Spring types).
 *
 * <p>The criteria must contain a parameter that pins the organization with exactly one value (no comma,
 * which would mean "or"): {@code owner}, {@code requester} (optionally {@code :Organization}), or,
 * for referrals made or owned by a Navigator, {@code owner:PractitionerRole.organization} / {@code
 * requester:PractitionerRole.organization}. Any other parameter only narrows the match (parameters
 * combine with "and"), so it is allowed, e.g. {@code Task?owner=Organization/7&status=requested}.
 * An administrator may subscribe to any Task criteria.
 */
final class SubscriptionCriteria {

    static final String TYPE = "Task";

    static final Set<String> PINNING = Set.of(
            "owner",
            "requester",
            "owner:Organization",
            "requester:Organization",
            "owner:PractitionerRole.organization",
            "requester:PractitionerRole.organization");

    enum Verdict {
        ALLOWED,
        /** Not criteria this server delivers (not Task criteria). */
        NOT_SUPPORTED,
        /** Task criteria not limited to the caller's own organization. */
        NOT_OWN
    }

    record Decision(Verdict verdict, String message) {
        boolean allowed() {
            return verdict == Verdict.ALLOWED;
        }
    }

    private SubscriptionCriteria() {}

    /**
     * @param criteria {@code Subscription.criteria}, e.g. {@code Task?owner=Organization/7}
     * @param organization the caller's organization, {@code Organization/7}
     * @param admin whether the caller is an operator client
     */
    static Decision decide(String criteria, String organization, boolean admin) {
        if (criteria == null || criteria.isBlank()) {
            return new Decision(
                    Verdict.NOT_SUPPORTED, "Subscription.criteria is required, e.g. Task?owner=" + organization);
        }
        String text = criteria.strip();
        int q = text.indexOf('?');
        String type = q < 0 ? text : text.substring(0, q);
        if (!TYPE.equals(type)) {
            return new Decision(
                    Verdict.NOT_SUPPORTED,
                    "This server notifies about referral Tasks only: criteria must be Task?owner=" + organization
                            + " or Task?requester=" + organization + " (found '" + type + "')");
        }
        if (admin) {
            return new Decision(Verdict.ALLOWED, "administrator");
        }
        for (String[] parameter : parameters(q < 0 ? "" : text.substring(q + 1))) {
            if (PINNING.contains(parameter[0])
                    && !parameter[1].contains(",")
                    && organization != null
                    && organization.equals(normalize(parameter[1]))) {
                return new Decision(Verdict.ALLOWED, parameter[0] + " is " + organization);
            }
        }
        return new Decision(
                Verdict.NOT_OWN,
                "A Subscription may only be about the Tasks of the client's own organization: add owner="
                        + organization + " (referrals assigned to it) or requester=" + organization
                        + " (referrals it made), with that single value, to the criteria");
    }

    /** {@code Organization/7} for {@code 7}, {@code Organization/7} or {@code http://host/fhir/Organization/7}. */
    static String normalize(String value) {
        String v = value.strip();
        int slash = v.lastIndexOf('/');
        if (slash < 0) {
            return "Organization/" + v;
        }
        int previous = v.lastIndexOf('/', slash - 1);
        return v.substring(previous + 1);
    }

    private static List<String[]> parameters(String query) {
        List<String[]> result = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.add(new String[] {name, value});
        }
        return result;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
