package org.successplan.server.security;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.successplan.server.security.Interaction.Kind;

/** Translates HAPI requests and transaction/batch entries into {@link Interaction}s. */
final class Interactions {

    private Interactions() {}

    static Interaction of(RequestDetails request) {
        RestOperationTypeEnum operation = request.getRestOperationType();
        String type = request.getResourceName();
        IIdType id = request.getId();
        boolean instance = id != null && id.hasIdPart();
        Map<String, List<String>> parameters = parametersOf(request.getParameters());
        if (operation == null) {
            return Interaction.of(Kind.UNKNOWN, type);
        }
        return switch (operation) {
            case METADATA -> Interaction.of(Kind.METADATA, null);
            case READ -> Interaction.of(Kind.READ, type);
            case VREAD -> Interaction.of(Kind.VREAD, type);
            case HISTORY_INSTANCE -> Interaction.of(Kind.HISTORY_INSTANCE, type);
            case HISTORY_TYPE -> Interaction.of(Kind.HISTORY_TYPE, type);
            case HISTORY_SYSTEM -> Interaction.of(Kind.HISTORY_SYSTEM, null);
            case SEARCH_TYPE -> new Interaction(Kind.SEARCH_TYPE, type, false, false, null, parameters);
            case SEARCH_SYSTEM -> new Interaction(Kind.SEARCH_SYSTEM, null, false, false, null, parameters);
            case CREATE ->
                new Interaction(Kind.CREATE, type, false, request.getHeader("If-None-Exist") != null, null, Map.of());
            case UPDATE -> new Interaction(Kind.UPDATE, type, instance, !instance, null, Map.of());
            case PATCH -> new Interaction(Kind.PATCH, type, instance, !instance, null, Map.of());
            case DELETE -> new Interaction(Kind.DELETE, type, instance, !instance, null, Map.of());
            case VALIDATE -> new Interaction(Kind.VALIDATE, type, instance, false, "$validate", Map.of());
            case META -> new Interaction(Kind.META, type, instance, false, "$meta", Map.of());
            case META_ADD, META_DELETE, ADD_TAGS, DELETE_TAGS ->
                new Interaction(Kind.META_WRITE, type, instance, false, request.getOperation(), Map.of());
            case GET_TAGS -> new Interaction(Kind.META, type, instance, false, "$meta", Map.of());
            case EXTENDED_OPERATION_SERVER, EXTENDED_OPERATION_TYPE, EXTENDED_OPERATION_INSTANCE ->
                // HAPI's JPA providers implement $validate, $meta, $meta-add/-delete as extended operations.
                typeOperation(type, operationName(request.getOperation()), instance);
            case TRANSACTION -> Interaction.of(Kind.TRANSACTION, null);
            case GET_PAGE -> Interaction.of(Kind.GET_PAGE, null);
            case GRAPHQL_REQUEST -> Interaction.of(Kind.GRAPHQL, type);
            default -> Interaction.of(Kind.UNKNOWN, type);
        };
    }

    /** The interactions of a transaction or batch, entry by entry. */
    static List<Interaction> ofEntries(Bundle bundle) {
        List<Interaction> result = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Bundle.BundleEntryRequestComponent request = entry.getRequest();
            result.add(ofEntry(
                    request.getMethod() == null ? null : request.getMethod().toCode(),
                    request.getUrl(),
                    request.hasIfNoneExist()));
        }
        return result;
    }

    /** One entry: its HTTP method and relative URL, e.g. {@code GET Patient/1/_history/2}. */
    static Interaction ofEntry(String method, String url, boolean ifNoneExist) {
        if (method == null || url == null) {
            return Interaction.of(Kind.UNKNOWN, null);
        }
        String path = url;
        String query = "";
        int q = url.indexOf('?');
        if (q >= 0) {
            path = url.substring(0, q);
            query = url.substring(q + 1);
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        List<String> segments = path.isEmpty() ? List.of() : Arrays.asList(path.split("/"));
        Map<String, List<String>> parameters = parseQuery(query);
        boolean conditional = q >= 0;
        int n = segments.size();
        String type = n > 0 && Character.isUpperCase(segments.get(0).charAt(0)) ? segments.get(0) : null;

        if (n == 0) {
            return "GET".equals(method) || "POST".equals(method)
                    ? new Interaction(Kind.SEARCH_SYSTEM, null, false, false, null, parameters)
                    : Interaction.of(Kind.UNKNOWN, null);
        }
        String first = segments.get(0);
        if (type == null) {
            if (n == 1 && "metadata".equals(first) && "GET".equals(method)) {
                return Interaction.of(Kind.METADATA, null);
            }
            if (n == 1 && "_history".equals(first) && "GET".equals(method)) {
                return Interaction.of(Kind.HISTORY_SYSTEM, null);
            }
            if (n == 1 && first.startsWith("$")) {
                return new Interaction(Kind.OPERATION, null, false, false, first, Map.of());
            }
            return Interaction.of(Kind.UNKNOWN, null);
        }
        if (n == 1) {
            return switch (method) {
                case "GET" -> new Interaction(Kind.SEARCH_TYPE, type, false, false, null, parameters);
                case "POST" -> new Interaction(Kind.CREATE, type, false, ifNoneExist, null, Map.of());
                case "PUT" -> new Interaction(Kind.UPDATE, type, false, true, null, Map.of());
                case "PATCH" -> new Interaction(Kind.PATCH, type, false, true, null, Map.of());
                case "DELETE" -> new Interaction(Kind.DELETE, type, false, true, null, Map.of());
                default -> Interaction.of(Kind.UNKNOWN, type);
            };
        }
        String second = segments.get(1);
        if (n == 2 && "_search".equals(second) && "POST".equals(method)) {
            return new Interaction(Kind.SEARCH_TYPE, type, false, false, null, parameters);
        }
        if (n == 2 && "_history".equals(second) && "GET".equals(method)) {
            return Interaction.of(Kind.HISTORY_TYPE, type);
        }
        if (n == 2 && second.startsWith("$")) {
            return typeOperation(type, second, false);
        }
        if (n == 2) {
            return switch (method) {
                case "GET" -> Interaction.of(Kind.READ, type);
                case "PUT" -> new Interaction(Kind.UPDATE, type, true, conditional, null, Map.of());
                case "PATCH" -> new Interaction(Kind.PATCH, type, true, conditional, null, Map.of());
                case "DELETE" -> new Interaction(Kind.DELETE, type, true, conditional, null, Map.of());
                default -> Interaction.of(Kind.UNKNOWN, type);
            };
        }
        String third = segments.get(2);
        if (n == 3 && "_history".equals(third) && "GET".equals(method)) {
            return Interaction.of(Kind.HISTORY_INSTANCE, type);
        }
        if (n == 3 && third.startsWith("$")) {
            return typeOperation(type, third, true);
        }
        if (n == 4 && "_history".equals(third) && "GET".equals(method)) {
            return Interaction.of(Kind.VREAD, type);
        }
        return Interaction.of(Kind.UNKNOWN, type);
    }

    private static Interaction typeOperation(String type, String name, boolean instance) {
        return switch (name) {
            case "$validate" -> new Interaction(Kind.VALIDATE, type, instance, false, name, Map.of());
            case "$meta" -> new Interaction(Kind.META, type, instance, false, name, Map.of());
            case "$meta-add", "$meta-delete" -> new Interaction(Kind.META_WRITE, type, instance, false, name, Map.of());
            default -> new Interaction(Kind.OPERATION, type, instance, false, name, Map.of());
        };
    }

    private static String operationName(String operation) {
        if (operation == null) {
            return null;
        }
        return operation.startsWith("$") ? operation : "$" + operation;
    }

    private static Map<String, List<String>> parametersOf(Map<String, String[]> parameters) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((name, values) -> result.put(name, values == null ? List.of() : splitValues(values)));
        }
        return result;
    }

    private static List<String> splitValues(String[] values) {
        List<String> result = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                result.addAll(Arrays.asList(value.split(",")));
            }
        }
        return result;
    }

    private static Map<String, List<String>> parseQuery(String query) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return result;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.computeIfAbsent(name, k -> new ArrayList<>()).addAll(Arrays.asList(value.split(",")));
        }
        return result;
    }
}
