package org.successplan.server.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.successplan.server.security.SmartScope.Permission;

/**
 * The SMART resource scopes a request was granted. Scopes that are not SMART resource scopes (e.g.
 * {@code openid}) are kept out; filtered SMART v2 scopes are ignored, so they grant nothing.
 */
public final class SmartScopes {

    private static final SmartScopes NONE = new SmartScopes(List.of());

    private final List<SmartScope> scopes;

    private SmartScopes(List<SmartScope> scopes) {
        this.scopes = List.copyOf(scopes);
    }

    public static SmartScopes none() {
        return NONE;
    }

    public static SmartScopes of(Collection<SmartScope> scopes) {
        return new SmartScopes(new ArrayList<>(scopes));
    }

    /** Parses a space-separated scope string (the OAuth {@code scope} parameter or claim). */
    public static SmartScopes parse(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return NONE;
        }
        return parse(Arrays.asList(spaceSeparated.trim().split("\\s+")));
    }

    /** Parses a list of scope strings (e.g. an {@code scp} claim). */
    public static SmartScopes parse(Collection<String> texts) {
        List<SmartScope> parsed = new ArrayList<>();
        for (String text : texts) {
            SmartScope.parse(text).filter(s -> s.filter() == null).ifPresent(parsed::add);
        }
        return new SmartScopes(parsed);
    }

    public List<SmartScope> asList() {
        return scopes;
    }

    /** Whether some scope allows {@code permission} on {@code resourceType}. */
    public boolean permits(String resourceType, Permission permission) {
        return scopes.stream().anyMatch(s -> s.permits(resourceType, permission));
    }

    /** Whether some scope allows {@code permission} on every resource type ({@code system/*.x}). */
    public boolean permitsOnAllTypes(Permission permission) {
        return scopes.stream()
                .anyMatch(s -> SmartScope.ANY_TYPE.equals(s.resourceType())
                        && s.permissions().contains(permission));
    }

    /** The first scope that allows {@code permission} on {@code resourceType}, for explaining a decision. */
    public Optional<SmartScope> grantFor(String resourceType, Permission permission) {
        return scopes.stream().filter(s -> s.permits(resourceType, permission)).findFirst();
    }

    public boolean isEmpty() {
        return scopes.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(" ", scopes.stream().map(SmartScope::text).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SmartScopes other && other.scopes.equals(scopes);
    }

    @Override
    public int hashCode() {
        return scopes.hashCode();
    }
}
