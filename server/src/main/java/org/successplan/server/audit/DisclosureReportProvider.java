package org.successplan.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.fhir.FhirProvider;
import org.successplan.server.security.RequestIdentity;

/**
 * {@code GET [base]/Patient/{id}/$disclosures?_since=&_until=}: the student's record of disclosures
 * ({@link DisclosureReport}) as FHIR Parameters, or as CSV with {@code _format=csv} or
 * {@code Accept: text/csv}. For the student's current custodian and for auditors; anyone else gets
 * {@code 403} whether or not the student exists. {@code _since} and {@code _until} are FHIR dates or
 * dateTimes; a date is a UTC day and covers all of it ({@code _until=2026-06-30} includes that day).
 */
final class DisclosureReportProvider implements FhirProvider {

    private final AuditStore store;
    private final Custodians custodians;
    private final FhirContext fhirContext;
    private final Clock clock;

    DisclosureReportProvider(AuditStore store, Custodians custodians, FhirContext fhirContext, Clock clock) {
        this.store = store;
        this.custodians = custodians;
        this.fhirContext = fhirContext;
        this.clock = clock;
    }

    @Operation(name = "$disclosures", typeName = "Patient", idempotent = true, manualResponse = true)
    public void disclosures(
            @IdParam IdType id,
            @OperationParam(name = "_since", max = 1) StringType since,
            @OperationParam(name = "_until", max = 1) StringType until,
            ServletRequestDetails request)
            throws IOException {
        String student = "Patient/" + id.getIdPart();
        Instant from = bound(since, "_since", false);
        Instant to = bound(until, "_until", true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw invalid("_since must be before _until");
        }
        authorize(student, RequestIdentity.of(request).orElse(null));

        List<AuditEvent> events = store.disclosuresOf(student, from, to).stream()
                .map(json -> fhirContext.newJsonParser().parseResource(AuditEvent.class, json))
                .toList();
        DisclosureReport report = DisclosureReport.of(student, events, DisclosureReport.cached(custodians::nameOf));

        HttpServletResponse response = request.getServletResponse();
        if (wantsCsv(request)) {
            byte[] csv = report.toCsv().getBytes(StandardCharsets.UTF_8);
            response.setStatus(200);
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(
                    "Content-Disposition", "attachment; filename=\"disclosures-Patient-" + id.getIdPart() + ".csv\"");
            response.setContentLength(csv.length);
            response.getOutputStream().write(csv);
            response.flushBuffer();
            return;
        }
        Parameters parameters = report.toParameters(from, to, clock.instant());
        RestfulServerUtils.streamResponseAsResource(
                request.getServer(),
                parameters,
                RestfulServerUtils.determineSummaryMode(request),
                200,
                false,
                request.isRespondGzip(),
                request);
    }

    private void authorize(String student, RequestIdentity identity) {
        if (AuditAccess.isAuditor(identity)) {
            if (!custodians.exists(student)) {
                throw new ResourceNotFoundException(new IdType(student));
            }
            return;
        }
        String custodian;
        try {
            custodian = custodians.current(student);
        } catch (ResourceNotFoundException | ResourceGoneException unknown) {
            custodian = null;
        }
        if (identity == null || custodian == null || !custodian.equals(identity.organization())) {
            String message = "A student's disclosure report is for the student's custodian and for auditors";
            throw new ForbiddenOperationException(
                    message, OperationOutcomes.error(ErrorCode.AUDIT_ACCESS_DENIED, message));
        }
    }

    private static boolean wantsCsv(ServletRequestDetails request) {
        String[] format = request.getParameters().get(Constants.PARAM_FORMAT);
        if (format != null && format.length > 0) {
            String value = format[0].toLowerCase(Locale.ROOT);
            return value.equals("csv") || value.startsWith("text/csv");
        }
        String accept = request.getHeader(Constants.HEADER_ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv");
    }

    /**
     * A bound as an instant: a dateTime as given; a date, year-month or year (taken as UTC) at the start
     * of that period, or for {@code _until} at its end, so the named day is included.
     */
    static Instant bound(StringType value, String name, boolean upper) {
        if (value == null || value.getValue() == null || value.getValue().isBlank()) {
            return null;
        }
        String text = value.getValue().trim();
        DateTimeType parsed;
        try {
            parsed = new DateTimeType(text);
        } catch (RuntimeException e) {
            parsed = null;
        }
        if (parsed == null || parsed.getValue() == null) {
            throw invalid(name + " must be a FHIR date or dateTime (e.g. 2026-01-31 or 2026-01-31T08:00:00Z), not '"
                    + text + "'");
        }
        TemporalPrecisionEnum precision = parsed.getPrecision();
        if (precision.ordinal() > TemporalPrecisionEnum.DAY.ordinal()) {
            return parsed.getValue().toInstant();
        }
        try {
            LocalDate start = switch (precision) {
                case YEAR -> LocalDate.of(Integer.parseInt(text.substring(0, 4)), 1, 1);
                case MONTH -> YearMonth.parse(text.substring(0, 7)).atDay(1);
                default -> LocalDate.parse(text.substring(0, 10));
            };
            LocalDate end = switch (precision) {
                case YEAR -> start.plusYears(1);
                case MONTH -> start.plusMonths(1);
                default -> start.plusDays(1);
            };
            return (upper ? end : start).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (RuntimeException e) {
            throw invalid(name + " is not a valid date: '" + text + "'");
        }
    }

    private static InvalidRequestException invalid(String message) {
        InvalidRequestException e = new InvalidRequestException(message);
        e.setOperationOutcome(OperationOutcomes.error(ErrorCode.AUDIT_INVALID_PARAMETER, message));
        return e;
    }
}
