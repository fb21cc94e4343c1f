package org.successplan.server.limits;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.web.BufferedBodyRequest;

/**
 * Reads each FHIR request body ({@code POST}/{@code PUT}/{@code PATCH} under {@code /fhir}) into memory,
 * within the request size limit, and refuses it before HAPI sees it when:
 *
 * <ul>
 *   <li>it is compressed with anything but gzip ({@code 415}), or is not the gzip it claims to be
 *       ({@code 400}), or inflates beyond the size limit ({@code 413}: HAPI would inflate a "gzip bomb"
 *       without bound, so this filter inflates instead and hands HAPI the plain body);
 *   <li>{@link BodyShape} finds invalid UTF-8, an XML DTD, nesting deeper or arrays longer than the
 *       limits ({@code 400}).
 * </ul>
 *
 * Runs after authentication and the rate limit, so anonymous or throttled clients cost no body reading.
 * Cost: one copy of the body (HAPI keeps one anyway) and one streaming pass over it.
 */
class RequestBodyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyFilter.class);
    private static final String CONTENT_ENCODING = "Content-Encoding";

    private final FhirContext fhirContext;
    private final long maxBytes;
    private final BodyShape.Limits limits;

    RequestBodyFilter(FhirContext fhirContext, long maxBytes, BodyShape.Limits limits) {
        this.fhirContext = fhirContext;
        this.maxBytes = maxBytes;
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        boolean hasBody = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
        return !hasBody || !request.getRequestURI().startsWith(request.getContextPath() + "/fhir");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(Math.toIntExact(maxBytes + 1));
        if (body.length > maxBytes) {
            refuse(
                    response,
                    ErrorCode.REQUEST_TOO_LARGE,
                    "Request body is larger than the limit of " + maxBytes + " bytes");
            return;
        }
        String encoding = contentEncoding(request);
        boolean decoded = false;
        if (encoding != null) {
            if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
                refuse(
                        response,
                        ErrorCode.UNSUPPORTED_CONTENT_ENCODING,
                        "Content-Encoding '" + encoding + "' is not supported; send the body uncompressed or gzip");
                return;
            }
            try {
                body = inflate(body);
            } catch (ZipException notGzip) {
                refuse(
                        response,
                        ErrorCode.INVALID_BODY_ENCODING,
                        "The request body is not valid gzip although Content-Encoding says so");
                return;
            }
            if (body.length > maxBytes) {
                refuse(
                        response,
                        ErrorCode.REQUEST_TOO_LARGE,
                        "Request body is larger than the limit of " + maxBytes + " bytes once uncompressed");
                return;
            }
            decoded = true;
        }
        Charset charset = charsetOf(request.getCharacterEncoding());
        if (charset == null) {
            refuse(
                    response,
                    ErrorCode.INVALID_BODY_ENCODING,
                    "Unknown charset '" + request.getCharacterEncoding() + "' in Content-Type; FHIR content is UTF-8");
            return;
        }
        Optional<BodyShape.Violation> violation = BodyShape.check(
                body, BodyShape.Format.of(request.getContentType()), charset.equals(StandardCharsets.UTF_8), limits);
        if (violation.isPresent()) {
            refuse(response, codeOf(violation.get().kind()), violation.get().message());
            return;
        }
        chain.doFilter(new DecodedBodyRequest(request, body, decoded), response);
    }

    private static ErrorCode codeOf(BodyShape.Kind kind) {
        return switch (kind) {
            case INVALID_UTF8 -> ErrorCode.INVALID_BODY_ENCODING;
            case XML_DOCTYPE -> ErrorCode.XML_DOCTYPE_NOT_ALLOWED;
            case TOO_DEEP, ARRAY_TOO_LONG -> ErrorCode.BODY_TOO_COMPLEX;
        };
    }

    /** The body's content coding, lower case; {@code null} for none or {@code identity}. */
    private static String contentEncoding(HttpServletRequest request) {
        String value = request.getHeader(CONTENT_ENCODING);
        if (value == null || value.isBlank()) {
            return null;
        }
        String encoding = value.trim().toLowerCase(Locale.ROOT);
        return encoding.equals("identity") ? null : encoding;
    }

    /** Inflates at most {@code maxBytes + 1} bytes, so a caller can tell "too large" without inflating it all. */
    private byte[] inflate(byte[] compressed) throws IOException {
        if (compressed.length == 0) {
            return compressed;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readNBytes(Math.toIntExact(maxBytes + 1));
        } catch (java.io.EOFException truncated) {
            throw new ZipException("truncated gzip stream");
        }
    }

    /** The declared charset, UTF-8 when none is declared, {@code null} when it is unknown. */
    private static Charset charsetOf(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private void refuse(HttpServletResponse response, ErrorCode code, String message) throws IOException {
        log.info("Refused a request body: {} ({})", message, code.code());
        OperationOutcomes.writeError(fhirContext, response, code, message);
    }

    /** Replays the (inflated) body; hides {@code Content-Encoding} once the body was inflated here. */
    private static final class DecodedBodyRequest extends BufferedBodyRequest {
        private final boolean decoded;

        DecodedBodyRequest(HttpServletRequest request, byte[] body, boolean decoded) {
            super(request, body);
            this.decoded = decoded;
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            if (!decoded) {
                return super.getHeaderNames();
            }
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(CONTENT_ENCODING::equalsIgnoreCase);
            return Collections.enumeration(names);
        }

        private boolean hidden(String name) {
            return decoded && CONTENT_ENCODING.equalsIgnoreCase(name);
        }
    }
}
