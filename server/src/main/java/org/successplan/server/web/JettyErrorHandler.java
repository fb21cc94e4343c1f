package org.successplan.server.web;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Jetty's own error responses, for requests refused before any servlet sees them (a malformed URI, a
 * request line or headers too large: {@code 400}, {@code 414}, {@code 431}), as an OperationOutcome in
 * JSON instead of Jetty's HTML page, and never with a stack trace. Errors inside the application are
 * handled by HAPI (under {@code /fhir}) and Spring Boot's error controller (elsewhere).
 */
class JettyErrorHandler extends ErrorHandler {

    private static final String FHIR_JSON = "application/fhir+json;charset=utf-8";

    private final FhirContext fhirContext;

    JettyErrorHandler(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        byte[] body = outcome(code, message);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, FHIR_JSON);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, FHIR_JSON));
        fields.put("X-Content-Type-Options", "nosniff");
        return ByteBuffer.wrap(outcome(status, reason));
    }

    private byte[] outcome(int status, String reason) {
        String text = HttpStatus.getMessage(status);
        if (reason != null && !reason.isBlank() && !reason.equals(text)) {
            text = text + ": " + reason;
        }
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(issueType(status))
                .setDiagnostics("The HTTP request was refused before FHIR processing (" + status + " " + text + ")");
        return fhirContext.newJsonParser().encodeResourceToString(outcome).getBytes(StandardCharsets.UTF_8);
    }

    private static IssueType issueType(int status) {
        return switch (status) {
            case 413, 414, 431 -> IssueType.TOOLONG;
            case 404 -> IssueType.NOTFOUND;
            case 405, 501 -> IssueType.NOTSUPPORTED;
            default -> status >= 500 ? IssueType.EXCEPTION : IssueType.INVALID;
        };
    }
}
