package org.successplan.server.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.Yaml;

/**
 * One case of the bad-input suite, read from a YAML file under {@code bad-input/}:
 *
 * <pre>
 * description: why the request is bad
 * profile: ssp-referral             # for cases under profiles/: the profile the body violates
 * request:
 *   method: POST                  # GET, PUT, PATCH, DELETE
 *   path: /fhir/Patient           # placeholders: ${Patient/ssp-ex-maya-student} (story id), ${unique}
 *   headers: {Content-Type: application/fhir+json}
 *   body: '{"resourceType": ...'  # or bodyFile: bodies/x.json, bodyBase64: ..., or story: Type/example-id
 *   remove: [performer]           # with story: paths to delete from a conformant copy of the story
 *   set: {intent: order}          # with story: paths to set (YAML values)
 *   generate: {template: '{"a":[@@]}', repeat: '1', separator: ',', times: 1001}
 *             # or {template: ..., open: '[', close: ']', inner: '1', times: 100} (nesting)
 *   gzip: true                    # compress the body (Content-Encoding is up to the headers)
 *   truncate: 40                  # then keep only the first 40 bytes
 *   chunked: true                 # send without Content-Length
 * expect:
 *   status: 400
 *   diagnostics: [Failed to parse]  # fragments, each in some issue's diagnostics or details.text
 *   code: SSP-HTTP-002              # an ErrorCode in some issue.details.coding
 *   total: 0                        # for a 200 search: Bundle.total
 * </pre>
 */
record BadInputCase(
        String name,
        String description,
        String profile,
        String method,
        String path,
        Map<String, String> headers,
        Map<String, Object> request,
        int status,
        List<String> diagnostics,
        String code,
        Integer total) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    @SuppressWarnings("unchecked")
    static BadInputCase load(String name, Resource file) {
        try (InputStream in = file.getInputStream()) {
            Map<String, Object> yaml = new Yaml().load(in);
            Map<String, Object> request = (Map<String, Object>) yaml.get("request");
            Map<String, Object> expect = (Map<String, Object>) yaml.get("expect");
            Map<String, String> headers = new LinkedHashMap<>();
            Map<String, Object> rawHeaders = (Map<String, Object>) request.getOrDefault("headers", Map.of());
            rawHeaders.forEach((k, v) -> headers.put(k, String.valueOf(v)));
            Object diagnostics = expect.get("diagnostics");
            List<String> fragments = diagnostics == null
                    ? List.of()
                    : diagnostics instanceof List<?> list
                            ? list.stream().map(String::valueOf).toList()
                            : List.of(String.valueOf(diagnostics));
            return new BadInputCase(
                    name,
                    String.valueOf(yaml.get("description")),
                    (String) yaml.get("profile"),
                    String.valueOf(request.getOrDefault("method", "GET")),
                    String.valueOf(request.get("path")),
                    headers,
                    request,
                    ((Number) expect.get("status")).intValue(),
                    fragments,
                    (String) expect.get("code"),
                    expect.get("total") == null ? null : ((Number) expect.get("total")).intValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean chunked() {
        return Boolean.TRUE.equals(request.get("chunked"));
    }

    /**
     * The body bytes.
     *
     * @param placeholders resolves a placeholder name to its value
     * @param storyResource the JSON of a conformant copy of the story's resource with this example id
     * @param files reads a file under {@code bad-input/}
     */
    byte[] body(UnaryOperator<String> placeholders, UnaryOperator<String> storyResource, UnaryOperator<String> files) {
        byte[] body;
        if (request.containsKey("bodyBase64")) {
            body = Base64.getMimeDecoder().decode(String.valueOf(request.get("bodyBase64")));
        } else {
            String text = null;
            if (request.containsKey("body")) {
                text = String.valueOf(request.get("body"));
            } else if (request.containsKey("bodyFile")) {
                text = files.apply(String.valueOf(request.get("bodyFile")));
            } else if (request.containsKey("story")) {
                text = mutate(storyResource.apply(String.valueOf(request.get("story"))));
            } else if (request.containsKey("generate")) {
                text = generate();
            }
            if (text == null) {
                return null;
            }
            body = resolve(text, placeholders).getBytes(StandardCharsets.UTF_8);
        }
        if (Boolean.TRUE.equals(request.get("gzip"))) {
            body = gzip(body);
        }
        if (request.get("truncate") instanceof Number bytes) {
            body = java.util.Arrays.copyOf(body, Math.min(body.length, bytes.intValue()));
        }
        return body;
    }

    static String resolve(String text, UnaryOperator<String> placeholders) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = key.equals("unique") ? UUID.randomUUID().toString() : placeholders.apply(key);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private String generate() {
        Map<String, Object> g = (Map<String, Object>) request.get("generate");
        String template = String.valueOf(g.getOrDefault("template", "@@"));
        int times = ((Number) g.get("times")).intValue();
        StringBuilder filler = new StringBuilder();
        if (g.containsKey("repeat")) {
            String unit = String.valueOf(g.get("repeat"));
            String separator = String.valueOf(g.getOrDefault("separator", ""));
            for (int i = 0; i < times; i++) {
                if (i > 0) {
                    filler.append(separator);
                }
                filler.append(unit);
            }
        } else {
            String open = String.valueOf(g.get("open"));
            String close = String.valueOf(g.get("close"));
            filler.append(open.repeat(times))
                    .append(String.valueOf(g.getOrDefault("inner", "")))
                    .append(close.repeat(times));
        }
        return template.replace("@@", filler);
    }

    @SuppressWarnings("unchecked")
    private String mutate(String json) {
        try {
            ObjectNode resource = (ObjectNode) JSON.readTree(json);
            for (Object path : (List<Object>) request.getOrDefault("remove", List.of())) {
                remove(resource, String.valueOf(path));
            }
            Map<String, Object> set = (Map<String, Object>) request.getOrDefault("set", Map.of());
            set.forEach((path, value) -> set(resource, path, JSON.valueToTree(value)));
            return JSON.writeValueAsString(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paths like {@code identifier[0].value} or {@code meta.profile}. */
    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            Matcher m = Pattern.compile("([^\\[]+)(?:\\[(\\d+)])?").matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("Bad path " + path);
            }
            steps.add(m.group(1));
            if (m.group(2) != null) {
                steps.add(Integer.parseInt(m.group(2)));
            }
        }
        return steps;
    }

    private static JsonNode parent(ObjectNode root, List<Object> steps) {
        JsonNode node = root;
        for (Object step : steps.subList(0, steps.size() - 1)) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
            if (node == null) {
                throw new IllegalArgumentException("No element at " + steps);
            }
        }
        return node;
    }

    private static void remove(ObjectNode root, String path) {
        List<Object> steps = steps(path);
        JsonNode parent = parent(root, steps);
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer i) {
            ((ArrayNode) parent).remove(i);
        } else if (((ObjectNode) parent).remove((String) last) == null) {
            throw new IllegalArgumentException("Nothing to remove at " + path);
        }
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        List<Object> steps = steps(path);
        JsonNode parent = parent(root, steps);
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer i) {
            ((ArrayNode) parent).set(i, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return name;
    }
}
