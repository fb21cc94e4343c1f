package org.successplan.server.limits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks the shape of a request body before anything parses it into FHIR: it must be valid UTF-8, an XML
 * body must not declare a DTD (the door to external entities and "billion laughs"), and neither may nest
 * deeper than {@code maxDepth} levels or repeat one element more than {@code maxArrayLength} times.
 * Deep nesting crashes parsers and validators further down; long arrays make profile validation cost
 * grow faster than the body (3,000 repetitions of one element took seconds, 30,000 minutes).
 *
 * <p>A body that is not well-formed is not this class's business: it returns no violation and HAPI's
 * parser reports the syntax error with its position. The top-level {@code entry} array (Bundle, List)
 * is exempt from the array limit: transaction size has its own limit. Pure: no servlet, Spring or HAPI
 * types. Cost: one streaming pass over the body.
 */
final class BodyShape {

    /** How to read a body, from its {@code Content-Type}. */
    enum Format {
        JSON,
        XML,
        OTHER;

        static Format of(String contentType) {
            if (contentType == null) {
                return OTHER;
            }
            String type = contentType.toLowerCase(Locale.ROOT);
            int semicolon = type.indexOf(';');
            if (semicolon >= 0) {
                type = type.substring(0, semicolon);
            }
            type = type.trim();
            if (type.endsWith("json") || type.endsWith("+json")) {
                return JSON;
            }
            if (type.endsWith("/xml") || type.endsWith("+xml")) {
                return XML;
            }
            return OTHER;
        }
    }

    enum Kind {
        INVALID_UTF8,
        XML_DOCTYPE,
        TOO_DEEP,
        ARRAY_TOO_LONG
    }

    /** What is wrong, with a message that names the place. */
    record Violation(Kind kind, String message) {}

    record Limits(int maxDepth, int maxArrayLength) {}

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final String ROOT_EXEMPT_ARRAY = "entry";

    private BodyShape() {}

    /**
     * @param checkUtf8 whether the body is meant to be UTF-8 (no other charset declared)
     * @return the first violation found, if any
     */
    static Optional<Violation> check(byte[] body, Format format, boolean checkUtf8, Limits limits) {
        if (body.length == 0) {
            return Optional.empty();
        }
        if (checkUtf8 && format != Format.OTHER) {
            Optional<Violation> encoding = checkUtf8(body);
            if (encoding.isPresent()) {
                return encoding;
            }
        }
        return switch (format) {
            case JSON -> checkJson(body, limits);
            case XML -> checkXml(body, limits);
            case OTHER -> Optional.empty();
        };
    }

    static Optional<Violation> checkUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return Optional.of(new Violation(
                        Kind.INVALID_UTF8,
                        "The request body is not valid UTF-8 (invalid byte sequence at byte offset " + in.position()
                                + "); FHIR content must be UTF-8"));
            }
            if (result.isUnderflow()) {
                return Optional.empty();
            }
            out.clear();
        }
    }

    // ---- JSON ---------------------------------------------------------------------------------

    /** One open object or array while streaming. */
    private static final class Frame {
        final boolean array;
        final int maxLength;
        String field;
        int count;

        Frame(boolean array, int maxLength) {
            this.array = array;
            this.maxLength = maxLength;
        }
    }

    private static Optional<Violation> checkJson(byte[] body, Limits limits) {
        List<Frame> stack = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        Optional<Violation> element = countElement(stack, limits);
                        if (element.isPresent()) {
                            return element;
                        }
                        boolean array = token == JsonToken.START_ARRAY;
                        boolean exempt = array && stack.size() == 1 && ROOT_EXEMPT_ARRAY.equals(stack.get(0).field);
                        stack.add(new Frame(array, exempt ? Integer.MAX_VALUE : limits.maxArrayLength()));
                        if (stack.size() > limits.maxDepth()) {
                            return Optional.of(new Violation(
                                    Kind.TOO_DEEP,
                                    "The request body nests deeper than " + limits.maxDepth() + " levels at "
                                            + jsonPath(stack)));
                        }
                    }
                    case END_OBJECT, END_ARRAY -> {
                        if (!stack.isEmpty()) {
                            stack.remove(stack.size() - 1);
                        }
                    }
                    case FIELD_NAME -> stack.get(stack.size() - 1).field = parser.currentName();
                    default -> {
                        Optional<Violation> element = countElement(stack, limits);
                        if (element.isPresent()) {
                            return element;
                        }
                    }
                }
            }
        } catch (IOException notWellFormed) {
            // HAPI's parser reports syntax errors with their position.
        }
        return Optional.empty();
    }

    private static Optional<Violation> countElement(List<Frame> stack, Limits limits) {
        if (stack.isEmpty()) {
            return Optional.empty();
        }
        Frame top = stack.get(stack.size() - 1);
        if (top.array && ++top.count > top.maxLength) {
            return Optional.of(new Violation(
                    Kind.ARRAY_TOO_LONG,
                    "The request body repeats an element more than " + top.maxLength + " times at " + jsonPath(stack)));
        }
        return Optional.empty();
    }

    private static String jsonPath(List<Frame> stack) {
        StringBuilder path = new StringBuilder("$");
        for (int i = 0; i < stack.size(); i++) {
            Frame frame = stack.get(i);
            boolean last = i == stack.size() - 1;
            if (frame.array) {
                path.append('[').append(Math.max(0, frame.count - 1)).append(']');
            } else if (!last && frame.field != null) {
                path.append('.').append(frame.field);
            }
        }
        return path.toString();
    }

    // ---- XML ----------------------------------------------------------------------------------

    private static Optional<Violation> checkXml(byte[] body, Limits limits) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        List<String> path = new ArrayList<>();
        // For each depth: the name of the last child seen there and how often it repeated in a row.
        List<String> lastChild = new ArrayList<>();
        List<Integer> repeats = new ArrayList<>();
        lastChild.add(null);
        repeats.add(0);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    return Optional.of(doctype());
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    int level = path.size();
                    int repeated = name.equals(lastChild.get(level)) ? repeats.get(level) + 1 : 1;
                    lastChild.set(level, name);
                    repeats.set(level, repeated);
                    boolean exempt = level == 1 && ROOT_EXEMPT_ARRAY.equals(name);
                    path.add(name);
                    if (!exempt && repeated > limits.maxArrayLength()) {
                        return Optional.of(new Violation(
                                Kind.ARRAY_TOO_LONG,
                                "The request body repeats an element more than " + limits.maxArrayLength()
                                        + " times at /" + String.join("/", path)));
                    }
                    if (path.size() > limits.maxDepth()) {
                        return Optional.of(new Violation(
                                Kind.TOO_DEEP,
                                "The request body nests deeper than " + limits.maxDepth() + " levels at /"
                                        + String.join("/", path.subList(0, Math.min(path.size(), 8)))
                                        + "/..."));
                    }
                    if (lastChild.size() <= path.size()) {
                        lastChild.add(null);
                        repeats.add(0);
                    } else {
                        lastChild.set(path.size(), null);
                        repeats.set(path.size(), 0);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && !path.isEmpty()) {
                    path.remove(path.size() - 1);
                }
            }
        } catch (XMLStreamException notWellFormed) {
            if (declaresDoctype(body)) {
                return Optional.of(doctype());
            }
            // Otherwise HAPI's parser reports the syntax error with its position.
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release beyond memory
                }
            }
        }
        return Optional.empty();
    }

    private static Violation doctype() {
        return new Violation(
                Kind.XML_DOCTYPE,
                "XML with a document type declaration (<!DOCTYPE ...>) is not accepted: FHIR XML never needs one,"
                        + " and DTDs can make a parser read files or expand entities without bound");
    }

    /** Whether the prolog (what precedes the first element) contains {@code <!DOCTYPE}. */
    private static boolean declaresDoctype(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
        int doctype = head.toUpperCase(Locale.ROOT).indexOf("<!DOCTYPE");
        return doctype >= 0;
    }
}
