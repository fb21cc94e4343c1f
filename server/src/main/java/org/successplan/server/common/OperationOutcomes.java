package org.successplan.server.common;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;

/** Builds the OperationOutcome that carries one of our {@link ErrorCode}s. */
public final class OperationOutcomes {

    private OperationOutcomes() {}

    /** An outcome with one error issue: the code in {@code details}, the human message in {@code diagnostics}. */
    public static OperationOutcome error(ErrorCode code, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(code.issueType())
                .setDetails(new CodeableConcept()
                        .addCoding(new Coding(ErrorCode.SYSTEM, code.code(), null))
                        .setText(diagnostics))
                .setDiagnostics(diagnostics);
        return outcome;
    }

    /** The diagnostics of the error (and fatal) issues of an outcome, one per line. */
    public static String errorMessages(IBaseOperationOutcome outcome) {
        if (!(outcome instanceof OperationOutcome r4)) {
            return "";
        }
        return r4.getIssue().stream()
                .filter(i -> i.getSeverity() == IssueSeverity.ERROR || i.getSeverity() == IssueSeverity.FATAL)
                .map(i -> i.hasExpression()
                        ? i.getExpression().get(0).getValue() + ": " + i.getDiagnostics()
                        : i.getDiagnostics())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Orders an outcome's issues most severe first, so clients that show only the first show an error. */
    public static void errorsFirst(IBaseOperationOutcome outcome) {
        if (outcome instanceof OperationOutcome r4) {
            r4.getIssue()
                    .sort(java.util.Comparator.comparing(OperationOutcome.OperationOutcomeIssueComponent::getSeverity));
        }
    }

    /**
     * Writes an error outcome as the whole response, for code that runs outside HAPI (servlet filters).
     * Inside HAPI, throw a {@code BaseServerResponseException} carrying {@link #error} instead.
     */
    public static void writeError(
            FhirContext fhirContext, HttpServletResponse response, ErrorCode code, String diagnostics)
            throws IOException {
        byte[] body = fhirContext
                .newJsonParser()
                .encodeResourceToString(error(code, diagnostics))
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(code.httpStatus());
        response.setContentType("application/fhir+json;charset=UTF-8");
        // A fixed length lets the client read the whole answer even when the server closes the
        // connection right after it, e.g. without reading the rest of an oversized request body.
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
