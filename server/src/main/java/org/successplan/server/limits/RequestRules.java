package org.successplan.server.limits;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Rules for parts of a FHIR request that HAPI either ignores when they are wrong (unknown search
 * modifiers, {@code :missing=maybe}) or fails on with a 500 (a non-numeric {@code If-Match} version,
 * {@code _count=abc} on an operation, a negative {@code _offset}), and the limits on includes. Pure: no
 * HAPI or Spring types; the caller supplies the type of a search parameter.
 */
final class RequestRules {

    /** The type of a search parameter, as far as modifiers are concerned. */
    enum ParamType {
        STRING,
        TOKEN,
        REFERENCE,
        DATE,
        NUMBER,
        QUANTITY,
        URI,
        COMPOSITE,
        SPECIAL,
        /** Not a search parameter of the type (HAPI reports unknown parameters itself). */
        UNKNOWN
    }

    enum Kind {
        INVALID_HEADER,
        INVALID_SEARCH_PARAMETER,
        SEARCH_TOO_COMPLEX
    }

    record Problem(Kind kind, String message) {}

    /** FHIR R4 modifiers per parameter type (search.html#modifiers); {@code :missing} applies to all. */
    private static final Map<ParamType, Set<String>> MODIFIERS = Map.of(
            ParamType.STRING, Set.of("exact", "contains", "missing"),
            ParamType.TOKEN, Set.of("text", "not", "above", "below", "in", "not-in", "of-type", "missing"),
            ParamType.DATE, Set.of("missing"),
            ParamType.NUMBER, Set.of("missing"),
            ParamType.QUANTITY, Set.of("missing"),
            ParamType.URI, Set.of("above", "below", "missing"),
            ParamType.COMPOSITE, Set.of("missing"));

    private static final Pattern VERSION_ETAG = Pattern.compile("(W/)?\"[0-9]{1,18}\"");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Set<String> INCLUDES = Set.of("_include", "_revinclude");

    private RequestRules() {}

    /** {@code If-Match} must name a version as an ETag: {@code W/"3"} or {@code "3"}. */
    static Optional<Problem> checkIfMatch(String value) {
        if (value == null || VERSION_ETAG.matcher(value.trim()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Problem(
                Kind.INVALID_HEADER,
                "If-Match must be the ETag of a resource version, like W/\"3\" (as in the ETag header of a read);"
                        + " got '" + abbreviate(value) + "'"));
    }

    /** {@code If-None-Exist}, when sent, must be a search query: an empty one would silently create anyway. */
    static Optional<Problem> checkIfNoneExist(String value) {
        if (value == null || !value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Problem(
                Kind.INVALID_HEADER,
                "If-None-Exist is empty: send a search query such as identifier=system|value, or no header"));
    }

    /** {@code _count} and {@code _offset}, wherever they appear, must be whole numbers. */
    static Optional<Problem> checkPaging(Map<String, String[]> params) {
        for (String name : new String[] {"_count", "_offset"}) {
            String[] values = params.get(name);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                if (value == null || !WHOLE_NUMBER.matcher(value.trim()).matches()) {
                    return Optional.of(new Problem(
                            Kind.INVALID_SEARCH_PARAMETER,
                            name + " must be a whole number from 0 to 999999999; got '" + abbreviate(value) + "'"));
                }
            }
        }
        return Optional.empty();
    }

    /** At most {@code maxIncludes} include parameters, of which at most {@code maxIterate} iterate. */
    static Optional<Problem> checkIncludes(Map<String, String[]> params, int maxIncludes, int maxIterate) {
        int includes = 0;
        int iterating = 0;
        for (Map.Entry<String, String[]> param : params.entrySet()) {
            String name = param.getKey();
            int colon = name.indexOf(':');
            String base = colon < 0 ? name : name.substring(0, colon);
            if (!INCLUDES.contains(base)) {
                continue;
            }
            int count = param.getValue() == null ? 0 : param.getValue().length;
            includes += count;
            String modifier = colon < 0 ? "" : name.substring(colon + 1);
            if (modifier.equals("iterate") || modifier.equals("recurse")) {
                iterating += count;
            }
        }
        if (includes > maxIncludes) {
            return Optional.of(new Problem(
                    Kind.SEARCH_TOO_COMPLEX,
                    "The search has " + includes + " _include/_revinclude parameters; at most " + maxIncludes
                            + " are allowed"));
        }
        if (iterating > maxIterate) {
            return Optional.of(new Problem(
                    Kind.SEARCH_TOO_COMPLEX,
                    "The search has " + iterating + " :iterate includes; at most " + maxIterate + " are allowed"));
        }
        return Optional.empty();
    }

    /**
     * Every modifier must be one FHIR defines for the parameter's type, and {@code :missing} takes
     * {@code true} or {@code false}. Chained parameters, {@code _has}, result parameters and reference
     * modifiers ({@code :Patient}, {@code :identifier}) are left to HAPI, which checks them.
     *
     * @param typeOf the type of parameter {@code name} of resource type {@code type}
     */
    static Optional<Problem> checkModifiers(
            String resourceType, Map<String, String[]> params, BiFunction<String, String, ParamType> typeOf) {
        for (Map.Entry<String, String[]> param : params.entrySet()) {
            String name = param.getKey();
            int colon = name.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String base = name.substring(0, colon);
            String modifier = name.substring(colon + 1);
            if (base.contains(".") || base.startsWith("_has") || base.isEmpty()) {
                continue;
            }
            ParamType type = typeOf.apply(resourceType, base);
            Set<String> allowed = MODIFIERS.get(type);
            if (allowed == null) {
                continue; // reference, special or unknown: HAPI decides
            }
            if (!allowed.contains(modifier)) {
                return Optional.of(new Problem(
                        Kind.INVALID_SEARCH_PARAMETER,
                        "Unknown modifier ':" + abbreviate(modifier) + "' for the "
                                + type.name().toLowerCase(Locale.ROOT) + " parameter '" + base + "'; allowed: "
                                + String.join(", ", sorted(allowed))));
            }
            if (modifier.equals("missing")) {
                for (String value : param.getValue()) {
                    if (!"true".equals(value) && !"false".equals(value)) {
                        return Optional.of(new Problem(
                                Kind.INVALID_SEARCH_PARAMETER,
                                base + ":missing takes true or false; got '" + abbreviate(value) + "'"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String[] sorted(Set<String> values) {
        return values.stream().sorted().toArray(String[]::new);
    }

    /** Echoes at most 40 characters of client input, without control characters. */
    static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "...";
    }
}
