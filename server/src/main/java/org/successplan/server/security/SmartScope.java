package org.successplan.server.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMART on FHIR resource scope, parsed: {@code system/Patient.rs}, {@code system/*.cruds}, or the
 * SMART v1 forms {@code system/Patient.read}, {@code system/*.write}, {@code system/*.*}. Both versions
 * map onto the same five SMART v2 {@link Permission}s ({@code read} = {@code rs}, {@code write} =
 * {@code cud}, {@code *} = {@code cruds}).
 *
 * @param context {@code system}, {@code user} or {@code patient} (this server grants only {@code system})
 * @param resourceType a FHIR resource type, or {@code *} for all types
 * @param permissions what the scope allows on that type; never empty
 * @param filter the SMART v2 search-parameter restriction after {@code ?} (e.g. {@code category=x}), or
 *     {@code null}; this server grants no filtered scopes
 * @param text the scope exactly as written
 */
public record SmartScope(String context, String resourceType, Set<Permission> permissions, String filter, String text) {

    /** Matches every resource type. */
    public static final String ANY_TYPE = "*";

    private static final Pattern SYNTAX =
            Pattern.compile("^(system|user|patient)/([A-Z][A-Za-z]{1,63}|\\*)\\.([a-z*]+)(?:\\?(.+))?$");

    /** The SMART v2 permissions, in their canonical order {@code c r u d s}. */
    public enum Permission {
        CREATE('c'),
        READ('r'),
        UPDATE('u'),
        DELETE('d'),
        SEARCH('s');

        private final char letter;

        Permission(char letter) {
            this.letter = letter;
        }

        public char letter() {
            return letter;
        }
    }

    public SmartScope {
        permissions = Collections.unmodifiableSet(EnumSet.copyOf(permissions));
    }

    /**
     * Parses one scope. Empty when the text is not a SMART resource scope at all (e.g. {@code openid},
     * {@code launch}, or a malformed permission string such as {@code system/Patient.sr}).
     */
    public static Optional<SmartScope> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SYNTAX.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String filter = m.group(4);
        Set<Permission> permissions = permissionsOf(m.group(3), filter != null);
        if (permissions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SmartScope(m.group(1), m.group(2), permissions, filter, text.trim()));
    }

    private static Set<Permission> permissionsOf(String text, boolean v2Only) {
        switch (text) {
            case "read":
                return v2Only ? EnumSet.noneOf(Permission.class) : EnumSet.of(Permission.READ, Permission.SEARCH);
            case "write":
                return v2Only
                        ? EnumSet.noneOf(Permission.class)
                        : EnumSet.of(Permission.CREATE, Permission.UPDATE, Permission.DELETE);
            case "*":
                return v2Only ? EnumSet.noneOf(Permission.class) : EnumSet.allOf(Permission.class);
            default:
                // SMART v2: a non-empty subsequence of "cruds", in that order, no repeats.
                EnumSet<Permission> found = EnumSet.noneOf(Permission.class);
                int next = 0;
                Permission[] all = Permission.values();
                for (char c : text.toCharArray()) {
                    while (next < all.length && all[next].letter() != c) {
                        next++;
                    }
                    if (next == all.length) {
                        return EnumSet.noneOf(Permission.class);
                    }
                    found.add(all[next++]);
                }
                return found;
        }
    }

    /** Whether this scope allows {@code permission} on {@code type}. */
    public boolean permits(String type, Permission permission) {
        return appliesTo(type) && permissions.contains(permission);
    }

    /** Whether this scope names {@code type} or all types. */
    public boolean appliesTo(String type) {
        return ANY_TYPE.equals(resourceType) || resourceType.equals(type);
    }

    /** Whether everything {@code other} allows is allowed by this scope too (same context, no filter here). */
    public boolean covers(SmartScope other) {
        return context.equals(other.context)
                && filter == null
                && (ANY_TYPE.equals(resourceType) || resourceType.equals(other.resourceType))
                && permissions.containsAll(other.permissions);
    }

    /** The SMART v2 spelling, e.g. {@code system/Patient.rs} for {@code system/Patient.read}. */
    public String toV2String() {
        StringBuilder b =
                new StringBuilder(context).append('/').append(resourceType).append('.');
        permissions.forEach(p -> b.append(p.letter()));
        if (filter != null) {
            b.append('?').append(filter);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
