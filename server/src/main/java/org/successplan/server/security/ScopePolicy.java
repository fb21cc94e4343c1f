package org.successplan.server.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.successplan.server.security.SmartScope.Permission;

/**
 * Decides whether a caller's SMART scopes allow an {@link Interaction}; pure rules, no HAPI or Spring.
 *
 * <ul>
 *   <li>{@code r}: read, vread, instance history; {@code s}: type search and history (system-level
 *       search and history need {@code system/*.s}); {@code c}: create; {@code u}: update and patch;
 *       {@code d}: delete. Conditional writes search first, so they also need {@code s}.
 *   <li>Search parameters cannot reach around the scopes: {@code _include} needs {@code r} on the
 *       included type, {@code _revinclude} {@code r} on the referring type, {@code _has} and chained
 *       parameters {@code s} on the type they search; when the type cannot be known, on all types.
 *   <li>Conformance resources ({@link #CONFORMANCE_TYPES}) can be read and searched by anyone, even
 *       without a token; writing them needs an administrator.
 *   <li>{@code $validate} needs {@code c} or {@code u} on the type ({@code r} too on an instance);
 *       {@code $everything} needs {@code system/*.rs}; terminology operations ({@code $expand},
 *       {@code $lookup}, {@code $validate-code}, {@code $subsumes}, {@code $translate}) need a token;
 *       {@code Task/$closed-loop-report} needs {@code s} on Task;
 *       {@code $meta} of one resource needs {@code r}; the audit operations {@code Patient/{id}/$disclosures}
 *       ({@code r} on Patient or AuditEvent) and {@code AuditEvent/$verify-chain} ({@code r} on AuditEvent)
 *       are then restricted further by the audit feature; every other operation (reindexing, expunge, merge, resource
 *       counts, {@code $meta-add}/{@code $meta-delete}, GraphQL …) needs an administrator.
 *   <li>An administrator may do everything.
 * </ul>
 */
final class ScopePolicy {

    /** Resource types that describe the standard rather than a student: public to read. */
    static final Set<String> CONFORMANCE_TYPES = Set.of(
            "StructureDefinition",
            "ValueSet",
            "CodeSystem",
            "ConceptMap",
            "SearchParameter",
            "NamingSystem",
            "ImplementationGuide",
            "OperationDefinition",
            "CompartmentDefinition");

    static final Set<String> TERMINOLOGY_OPERATIONS =
            Set.of("$expand", "$lookup", "$validate-code", "$subsumes", "$translate");
    static final Set<String> TERMINOLOGY_TYPES = Set.of("ValueSet", "CodeSystem", "ConceptMap");

    /** {@code Task/$closed-loop-report} (referral package): needs {@code system/Task.s}. */
    static final String CLOSED_LOOP_REPORT = "$closed-loop-report";

    /** Who is asking: an anonymous caller has no scopes and is not authenticated. */
    record Caller(boolean authenticated, boolean admin, SmartScopes scopes) {
        static Caller anonymous() {
            return new Caller(false, false, SmartScopes.none());
        }

        static Caller of(RequestIdentity identity) {
            return new Caller(true, identity.admin(), identity.scopes());
        }
    }

    /** The resource types a reference search parameter can point to; empty when unknown. */
    private final BiFunction<String, String, Set<String>> referenceTargets;

    ScopePolicy(BiFunction<String, String, Set<String>> referenceTargets) {
        this.referenceTargets = referenceTargets;
    }

    ScopeDecision decide(Caller caller, Interaction interaction) {
        if (caller.admin()) {
            return ScopeDecision.allow("administrator");
        }
        String type = interaction.resourceType();
        return switch (interaction.kind()) {
            case METADATA -> ScopeDecision.allow("the CapabilityStatement is public");
            case GET_PAGE ->
                caller.authenticated()
                        ? ScopeDecision.allow("each resource on the page is checked against the scopes")
                        : ScopeDecision.insufficientScope("paging needs an access token");
            case READ, VREAD, HISTORY_INSTANCE -> need(caller, type, Permission.READ, "read");
            case SEARCH_TYPE, HISTORY_TYPE ->
                need(caller, type, Permission.SEARCH, "search").and(() -> parameters(caller, interaction));
            case SEARCH_SYSTEM, HISTORY_SYSTEM ->
                needOnAllTypes(caller, Permission.SEARCH, "search across all types")
                        .and(() -> parameters(caller, interaction));
            case CREATE -> write(caller, interaction, Permission.CREATE, "create");
            case UPDATE, PATCH -> write(caller, interaction, Permission.UPDATE, "update");
            case DELETE -> write(caller, interaction, Permission.DELETE, "delete");
            case VALIDATE -> validate(caller, interaction);
            case META -> meta(caller, interaction);
            case META_WRITE ->
                ScopeDecision.adminRequired("changing tags with $meta-add/$meta-delete needs an administrator");
            case OPERATION -> operation(caller, interaction);
            case GRAPHQL -> ScopeDecision.adminRequired("GraphQL needs an administrator");
            case TRANSACTION, UNKNOWN -> ScopeDecision.insufficientScope("unsupported interaction " + interaction);
        };
    }

    /** Whether the caller may {@code permission} resources of {@code type}, conformance reads included. */
    static boolean can(Caller caller, String type, Permission permission) {
        if (caller.admin()) {
            return true;
        }
        if (type != null
                && CONFORMANCE_TYPES.contains(type)
                && (permission == Permission.READ || permission == Permission.SEARCH)) {
            return true;
        }
        return type != null && caller.scopes().permits(type, permission);
    }

    private static ScopeDecision need(Caller caller, String type, Permission permission, String verb) {
        if (type == null) {
            return needOnAllTypes(caller, permission, verb);
        }
        if (can(caller, type, permission)) {
            return ScopeDecision.allow(grantOf(caller, type, permission));
        }
        return ScopeDecision.insufficientScope(
                "To " + verb + " " + type + " the token needs scope system/" + type + "." + permission.letter());
    }

    private static ScopeDecision needOnAllTypes(Caller caller, Permission permission, String verb) {
        if (caller.scopes().permitsOnAllTypes(permission)) {
            return ScopeDecision.allow("system/*." + permission.letter());
        }
        return ScopeDecision.insufficientScope("To " + verb + " the token needs scope system/*." + permission.letter());
    }

    private static String grantOf(Caller caller, String type, Permission permission) {
        return caller.scopes()
                .grantFor(type, permission)
                .map(SmartScope::text)
                .orElse(type + " is a public conformance resource");
    }

    private static ScopeDecision write(Caller caller, Interaction interaction, Permission permission, String verb) {
        String type = interaction.resourceType();
        if (type != null && CONFORMANCE_TYPES.contains(type)) {
            return ScopeDecision.adminRequired("Writing conformance resources (" + type + ") needs an administrator");
        }
        ScopeDecision decision = need(caller, type, permission, verb);
        if (interaction.conditional()) {
            decision = decision.and(() -> need(caller, type, Permission.SEARCH, "search (conditional " + verb + ")"));
        }
        return decision;
    }

    private static ScopeDecision validate(Caller caller, Interaction interaction) {
        String type = interaction.resourceType();
        if (type == null) {
            return ScopeDecision.insufficientScope("$validate needs a resource type");
        }
        if (!can(caller, type, Permission.CREATE) && !can(caller, type, Permission.UPDATE)) {
            return ScopeDecision.insufficientScope(
                    "To validate " + type + " the token needs scope system/" + type + ".c or .u");
        }
        return interaction.instance()
                ? need(caller, type, Permission.READ, "read")
                : ScopeDecision.allow("may create or update " + type);
    }

    /** {@code $meta} of one resource is part of reading it; across a type or the server it needs an administrator. */
    private static ScopeDecision meta(Caller caller, Interaction interaction) {
        if (interaction.instance()) {
            return need(caller, interaction.resourceType(), Permission.READ, "read");
        }
        return ScopeDecision.adminRequired("$meta across a type or the server needs an administrator");
    }

    private static ScopeDecision operation(Caller caller, Interaction interaction) {
        String name = interaction.operation();
        if ("$everything".equals(name)) {
            return needOnAllTypes(caller, Permission.READ, "run $everything")
                    .and(() -> needOnAllTypes(caller, Permission.SEARCH, "run $everything"));
        }
        if (CLOSED_LOOP_REPORT.equals(name) && "Task".equals(interaction.resourceType()) && !interaction.instance()) {
            // Counts about the caller's own organization's referrals (the operation refuses any other).
            return need(caller, "Task", Permission.SEARCH, "run " + name);
        }
        if (TERMINOLOGY_OPERATIONS.contains(name) && TERMINOLOGY_TYPES.contains(interaction.resourceType())) {
            return caller.authenticated()
                    ? ScopeDecision.allow("terminology operations are open to every client")
                    : ScopeDecision.insufficientScope(name + " needs an access token");
        }
        if ("$disclosures".equals(name) && "Patient".equals(interaction.resourceType()) && interaction.instance()) {
            // The audit feature then admits only the student's custodian and auditors.
            return can(caller, "Patient", Permission.READ) || can(caller, "AuditEvent", Permission.READ)
                    ? ScopeDecision.allow("a disclosure report: for the custodian or an auditor")
                    : ScopeDecision.insufficientScope("To get a disclosure report the token needs scope "
                            + "system/Patient.r (the student's custodian) or system/AuditEvent.r (an auditor)");
        }
        if ("$verify-chain".equals(name)
                && "AuditEvent".equals(interaction.resourceType())
                && !interaction.instance()) {
            // The audit feature then admits only auditors.
            return need(caller, "AuditEvent", Permission.READ, "verify the audit log");
        }
        return ScopeDecision.adminRequired("The operation " + name + " needs an administrator");
    }

    private ScopeDecision parameters(Caller caller, Interaction interaction) {
        for (Map.Entry<String, List<String>> parameter :
                interaction.parameters().entrySet()) {
            ScopeDecision decision =
                    parameter(caller, interaction.resourceType(), parameter.getKey(), parameter.getValue());
            if (!decision.allowed()) {
                return decision;
            }
        }
        return ScopeDecision.allow("search parameters stay within the scopes");
    }

    private ScopeDecision parameter(Caller caller, String type, String name, List<String> values) {
        if (name.equals("_include") || name.startsWith("_include:")) {
            for (String value : values) {
                ScopeDecision d = include(caller, value);
                if (!d.allowed()) {
                    return d;
                }
            }
        } else if (name.equals("_revinclude") || name.startsWith("_revinclude:")) {
            for (String value : values) {
                String[] parts = value.split(":");
                ScopeDecision d = "*".equals(value)
                        ? needOnAllTypes(caller, Permission.READ, "_revinclude=*")
                        : need(caller, parts[0], Permission.READ, "_revinclude");
                if (!d.allowed()) {
                    return d;
                }
            }
        } else if (name.startsWith("_has:")) {
            String[] parts = name.split(":");
            for (int i = 0; i + 1 < parts.length; i++) {
                if ("_has".equals(parts[i])) {
                    ScopeDecision d = need(caller, parts[i + 1], Permission.SEARCH, "search by _has");
                    if (!d.allowed()) {
                        return d;
                    }
                }
            }
        } else if (name.equals("_filter")) {
            return needOnAllTypes(caller, Permission.SEARCH, "search with _filter");
        } else if (!name.startsWith("_") && name.contains(".")) {
            return chain(caller, type, name);
        }
        return ScopeDecision.allow("parameter " + name);
    }

    private ScopeDecision include(Caller caller, String value) {
        if ("*".equals(value)) {
            return needOnAllTypes(caller, Permission.READ, "_include=*");
        }
        String[] parts = value.split(":");
        if (parts.length >= 3) {
            return need(caller, parts[2], Permission.READ, "_include");
        }
        if (parts.length == 2 && !"*".equals(parts[1])) {
            return needEach(caller, referenceTargets.apply(parts[0], parts[1]), Permission.READ, "_include");
        }
        return needOnAllTypes(caller, Permission.READ, "_include " + value);
    }

    private ScopeDecision chain(Caller caller, String type, String name) {
        String[] hops = name.split("\\.");
        if (hops.length > 2 || type == null) {
            return needOnAllTypes(caller, Permission.SEARCH, "search along the chain " + name);
        }
        String first = hops[0];
        int colon = first.indexOf(':');
        if (colon >= 0) {
            return need(caller, first.substring(colon + 1), Permission.SEARCH, "search along the chain " + name);
        }
        return needEach(caller, referenceTargets.apply(type, first), Permission.SEARCH, "search along " + name);
    }

    private static ScopeDecision needEach(Caller caller, Set<String> types, Permission permission, String verb) {
        if (types.isEmpty()) {
            return needOnAllTypes(caller, permission, verb);
        }
        for (String target : types) {
            ScopeDecision d = need(caller, target, permission, verb);
            if (!d.allowed()) {
                return d;
            }
        }
        return ScopeDecision.allow(verb + " stays within the scopes");
    }
}
