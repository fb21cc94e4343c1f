package org.successplan.server.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A verified access token and the {@link RequestIdentity} it stands for, as a Spring Security authentication. */
final class IdentityAuthentication extends AbstractAuthenticationToken {

    private final RequestIdentity identity;
    private final Jwt token;

    IdentityAuthentication(RequestIdentity identity, Jwt token) {
        super(identity.scopes().asList().stream()
                .map(s -> new SimpleGrantedAuthority("SCOPE_" + s.text()))
                .toList());
        this.identity = identity;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public RequestIdentity getPrincipal() {
        return identity;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return identity.clientId();
    }
}
