package org.successplan.server.consent;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Locale;

/**
 * The purpose a request declares, from the {@code X-Purpose-Of-Use} header (a code of
 * {@code ssp-consent-purpose} or v3-ActReason, optionally {@code system|code}); emergency access is
 * {@code BTG} ("break the glass") with a free-text {@code X-Emergency-Reason}. Without a header the
 * purpose is {@link #DEFAULT_CODE}.
 *
 * @param code the purpose code, e.g. {@code referral-fulfillment}, {@code student-support}, {@code BTG}
 * @param emergencyReason the reason given for emergency access; {@code null} unless {@link #emergency()}
 */
public record PurposeOfUse(String code, String emergencyReason) {

    public static final String HEADER = "X-Purpose-Of-Use";
    public static final String REASON_HEADER = "X-Emergency-Reason";
    public static final String EMERGENCY_CODE = "BTG";
    public static final String DEFAULT_CODE = "student-support";

    /** The purpose declared on a request. */
    public static PurposeOfUse of(RequestDetails request) {
        String header = request.getHeader(HEADER);
        if (header == null || header.isBlank()) {
            return new PurposeOfUse(DEFAULT_CODE, null);
        }
        String code = header.trim();
        int bar = code.lastIndexOf('|');
        if (bar >= 0) {
            code = code.substring(bar + 1);
        }
        if (code.toUpperCase(Locale.ROOT).equals(EMERGENCY_CODE)) {
            String reason = request.getHeader(REASON_HEADER);
            return new PurposeOfUse(EMERGENCY_CODE, reason == null ? null : reason.strip());
        }
        return new PurposeOfUse(code, null);
    }

    public boolean emergency() {
        return EMERGENCY_CODE.equals(code);
    }
}
