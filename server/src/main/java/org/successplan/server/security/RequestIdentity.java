package org.successplan.server.security;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is making a FHIR request, established from a verified access token before HAPI handles it: the
 * OAuth client, the one Organization it acts for, the SMART scopes it was granted, and whether it is an
 * operator (administrator) client. Immutable; one per request.
 *
 * <p>Other features read it with {@link #of(RequestDetails)} (or {@link #require(RequestDetails)}).
 * Requests without a token (the public CapabilityStatement, SMART discovery, conformance reads) and the
 * server's own internal requests have none.
 *
 * @param clientId the OAuth client id (token claim {@code client_id}, else {@code sub})
 * @param organization the organization the client acts for, as a FHIR reference {@code Organization/123}
 * @param scopes the granted SMART resource scopes
 * @param admin whether the client is an operator client that may do everything, including writing
 *     conformance resources and running system operations
 * @param issuer the token issuer ({@code iss}): this server's own, or the configured external one
 * @param emergencyAccess whether the token carries {@link #EMERGENCY_ACCESS_SCOPE}, which lets the client
 *     declare emergency ("break the glass") access; consent rules decide what it then sees
 */
public record RequestIdentity(
        String clientId,
        String organization,
        SmartScopes scopes,
        boolean admin,
        String issuer,
        boolean emergencyAccess) {

    /** Key of the identity in {@link RequestDetails#getUserData()}. */
    public static final String USER_DATA_KEY = RequestIdentity.class.getName();

    /**
     * The scope that allows a client to declare emergency access. Not a SMART resource scope: it is
     * registered and requested like one, and grants nothing by itself.
     */
    public static final String EMERGENCY_ACCESS_SCOPE = "ssp/emergency-access";

    public RequestIdentity(String clientId, String organization, SmartScopes scopes, boolean admin, String issuer) {
        this(clientId, organization, scopes, admin, issuer, false);
    }

    public RequestIdentity {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(scopes, "scopes");
    }

    /** The identity of this request, if it carried a valid access token. */
    public static Optional<RequestIdentity> of(RequestDetails request) {
        if (request == null) {
            return Optional.empty();
        }
        Object value = request.getUserData().get(USER_DATA_KEY);
        return value instanceof RequestIdentity identity ? Optional.of(identity) : Optional.empty();
    }

    /**
     * The identity of this request; for code that only runs on authenticated requests.
     *
     * @throws IllegalStateException when the request has none (a bug: authentication runs first)
     */
    public static RequestIdentity require(RequestDetails request) {
        return of(request).orElseThrow(() -> new IllegalStateException("The request has no authenticated identity"));
    }

    /** The bare organization id, e.g. {@code 123} for {@code Organization/123}. */
    public String organizationId() {
        int slash = organization.indexOf('/');
        return slash < 0 ? organization : organization.substring(slash + 1);
    }

    /** Puts this identity on the request; done once by the security layer, before HAPI handles it. */
    void attachTo(RequestDetails request) {
        request.getUserData().put(USER_DATA_KEY, this);
    }
}
