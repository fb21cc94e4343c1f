package org.successplan.server.security;

import java.util.List;
import java.util.Map;

/**
 * What one request, or one entry of a transaction or batch, asks to do, independent of HAPI's types:
 * the input of {@link ScopePolicy}.
 *
 * @param kind the FHIR interaction
 * @param resourceType the resource type it addresses, or {@code null} at system level
 * @param instance whether it addresses one resource instance (e.g. {@code Patient/1/$validate})
 * @param conditional a conditional create, update, patch or delete (it searches, so it also needs
 *     search permission)
 * @param operation the operation name with its {@code $} for {@link Kind#OPERATION}, else {@code null}
 * @param parameters the search parameters (names with modifiers, as sent) and their values
 */
record Interaction(
        Kind kind,
        String resourceType,
        boolean instance,
        boolean conditional,
        String operation,
        Map<String, List<String>> parameters) {

    enum Kind {
        METADATA,
        READ,
        VREAD,
        HISTORY_INSTANCE,
        HISTORY_TYPE,
        HISTORY_SYSTEM,
        SEARCH_TYPE,
        SEARCH_SYSTEM,
        CREATE,
        UPDATE,
        PATCH,
        DELETE,
        VALIDATE,
        /** {@code $meta}: reading the tags, profiles and labels in use. */
        META,
        /** {@code $meta-add} / {@code $meta-delete}. */
        META_WRITE,
        OPERATION,
        TRANSACTION,
        GET_PAGE,
        GRAPHQL,
        UNKNOWN
    }

    Interaction {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    static Interaction of(Kind kind, String resourceType) {
        return new Interaction(kind, resourceType, false, false, null, Map.of());
    }

    @Override
    public String toString() {
        String target = resourceType == null ? "system" : resourceType + (instance ? "/{id}" : "");
        return kind + " " + target + (operation == null ? "" : " " + operation) + (conditional ? " (conditional)" : "");
    }
}
