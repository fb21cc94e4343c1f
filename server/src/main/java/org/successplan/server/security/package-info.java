/**
 * Identity and access: who is calling and what they may do.
 *
 * <p>Public API for other features: {@link org.successplan.server.security.RequestIdentity} (client,
 * organization, granted scopes, admin flag) from {@code RequestIdentity.of(requestDetails)}; the parsed
 * SMART scope model {@link org.successplan.server.security.SmartScope} /
 * {@link org.successplan.server.security.SmartScopes}; {@link org.successplan.server.security.AuthorTag}
 * (which organizations wrote a resource).
 *
 * <p>Inside: Spring Security filter chains (bearer tokens on {@code /fhir}, HTTP Basic on {@code /admin}),
 * the HAPI interceptors that attach the identity, gate each interaction by scope ({@code ScopeGate} with
 * the pure {@code ScopePolicy}), run HAPI's {@code AuthorizationInterceptor} with rules from the scopes,
 * and stamp the author tag; SMART discovery and the CapabilityStatement's security section. Tokens,
 * clients, the admin API and demo mode live in the sub-packages {@code token}, {@code client},
 * {@code admin}, {@code demo}.
 */
package org.successplan.server.security;
