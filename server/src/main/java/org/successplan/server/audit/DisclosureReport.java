package org.successplan.server.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * A student's record of disclosures (FERPA 34 CFR 99.32): for each request that showed the student's
 * records to an organization other than the custodian, when, to whom, what (resource types and need
 * domains), for what purpose and on which basis (the consent, or declared emergency access). Built only
 * from the hash-chained AuditEvents, so the report is as tamper-evident as the log. As FHIR Parameters
 * or as CSV for a family.
 */
final class DisclosureReport {

    /**
     * One disclosure.
     *
     * @param bases why the organization could see the records: {@code CONSENT}, {@code EMERGENCY}, … or
     *     {@code UNRECORDED} when no consent decision was recorded
     */
    record Line(
            Instant date,
            String recipient,
            String recipientName,
            String client,
            String interaction,
            String purpose,
            String emergencyReason,
            Set<String> resourceTypes,
            Set<String> needDomains,
            Set<String> bases,
            Set<String> consents,
            List<String> resources,
            String auditEvent) {}

    static final String UNRECORDED = "UNRECORDED";
    static final List<String> CSV_COLUMNS = List.of(
            "date",
            "recipient",
            "recipient_name",
            "client",
            "interaction",
            "purpose",
            "resource_types",
            "need_domains",
            "basis",
            "consent",
            "emergency_reason",
            "audit_event");

    private final String student;
    private final List<Line> lines;

    private DisclosureReport(String student, List<Line> lines) {
        this.student = student;
        this.lines = List.copyOf(lines);
    }

    /**
     * @param events the AuditEvents that disclosed the student's records, oldest first
     * @param organizationNames names of organizations, where known
     */
    static DisclosureReport of(String student, List<AuditEvent> events, Function<String, String> organizationNames) {
        List<Line> lines = new ArrayList<>();
        for (AuditEvent event : events) {
            List<AuditEventEntityComponent> disclosed =
                    AuditIndex.disclosedRecords(event, student).toList();
            if (disclosed.isEmpty()) {
                continue;
            }
            Set<String> types = new TreeSet<>();
            Set<String> domains = new TreeSet<>();
            Set<String> bases = new TreeSet<>();
            Set<String> consents = new TreeSet<>();
            List<String> resources = new ArrayList<>();
            for (AuditEventEntityComponent entity : disclosed) {
                String reference =
                        AuditEventFactory.versionless(entity.getWhat().getReference());
                resources.add(reference);
                types.add(reference.substring(0, reference.indexOf('/')));
                domains.addAll(AuditIndex.details(entity, AuditCodes.DETAIL_NEED_DOMAIN));
                String basis = AuditIndex.detail(entity, AuditCodes.DETAIL_BASIS);
                bases.add(basis == null ? UNRECORDED : basis);
                consents.addAll(AuditIndex.details(entity, AuditCodes.DETAIL_CONSENT));
            }
            Coding purpose = event.getPurposeOfEventFirstRep().getCodingFirstRep();
            String recipient = AuditIndex.requestor(event);
            lines.add(new Line(
                    event.getRecorded().toInstant(),
                    recipient,
                    recipient == null ? null : organizationNames.apply(recipient),
                    AuditIndex.client(event),
                    event.hasSubtype() ? event.getSubtypeFirstRep().getDisplay() : null,
                    purpose.getCode(),
                    "BTG".equals(purpose.getCode())
                            ? event.getPurposeOfEventFirstRep().getText()
                            : null,
                    types,
                    domains,
                    bases,
                    consents,
                    resources,
                    event.getIdElement().getIdPart()));
        }
        return new DisclosureReport(student, lines);
    }

    List<Line> lines() {
        return lines;
    }

    /** As FHIR: {@code student}, the bounds, {@code count} and one {@code disclosure} part per line. */
    Parameters toParameters(Instant since, Instant until, Instant generated) {
        Parameters parameters = new Parameters();
        parameters.addParameter().setName("student").setValue(new Reference(student));
        if (since != null) {
            parameters.addParameter().setName("since").setValue(new DateTimeType(Date.from(since)));
        }
        if (until != null) {
            parameters.addParameter().setName("until").setValue(new DateTimeType(Date.from(until)));
        }
        parameters.addParameter().setName("generated").setValue(new InstantType(Date.from(generated)));
        parameters.addParameter().setName("count").setValue(new IntegerType(lines.size()));
        for (Line line : lines) {
            ParametersParameterComponent disclosure = parameters.addParameter().setName("disclosure");
            part(disclosure, "date", new InstantType(Date.from(line.date())));
            if (line.recipient() != null) {
                part(disclosure, "recipient", new Reference(line.recipient()).setDisplay(line.recipientName()));
            }
            if (line.client() != null) {
                part(disclosure, "client", new StringType(line.client()));
            }
            if (line.interaction() != null) {
                part(disclosure, "interaction", new StringType(line.interaction()));
            }
            if (line.purpose() != null) {
                part(disclosure, "purpose", new CodeType(line.purpose()));
            }
            line.resourceTypes().forEach(t -> part(disclosure, "resourceType", new CodeType(t)));
            line.needDomains()
                    .forEach(d -> part(disclosure, "needDomain", new Coding(AuditCodes.NEED_DOMAIN, d, null)));
            line.bases().forEach(b -> part(disclosure, "basis", new CodeType(b)));
            line.consents().forEach(c -> part(disclosure, "consent", new Reference(c)));
            part(disclosure, "emergency", new BooleanType(line.emergencyReason() != null));
            if (line.emergencyReason() != null) {
                part(disclosure, "emergencyReason", new StringType(line.emergencyReason()));
            }
            line.resources().forEach(r -> part(disclosure, "resource", new Reference(r)));
            part(disclosure, "auditEvent", new Reference("AuditEvent/" + line.auditEvent()));
        }
        return parameters;
    }

    /** As CSV (RFC 4180, UTF-8, CRLF), one line per disclosure, spreadsheet-safe. */
    String toCsv() {
        StringBuilder csv = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (Line line : lines) {
            List<String> values = List.of(
                    line.date().toString(),
                    nullToEmpty(line.recipient()),
                    nullToEmpty(line.recipientName()),
                    nullToEmpty(line.client()),
                    nullToEmpty(line.interaction()),
                    nullToEmpty(line.purpose()),
                    join(line.resourceTypes()),
                    join(line.needDomains()),
                    join(line.bases()),
                    join(line.consents()),
                    nullToEmpty(line.emergencyReason()),
                    "AuditEvent/" + line.auditEvent());
            csv.append(String.join(
                            ",", values.stream().map(DisclosureReport::csvField).toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /**
     * Quotes a field when needed, and defuses text a spreadsheet would run as a formula ({@code =},
     * {@code +}, {@code -}, {@code @}, tab, CR at the start) by prefixing an apostrophe.
     */
    static String csvField(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String join(Collection<String> values) {
        return String.join(";", new LinkedHashSet<>(values));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static void part(ParametersParameterComponent parent, String name, org.hl7.fhir.r4.model.Type value) {
        parent.addPart().setName(name).setValue(value);
    }

    /** Names for a report: each distinct recipient looked up once. */
    static Function<String, String> cached(Function<String, String> lookup) {
        Map<String, String> names = new java.util.HashMap<>();
        return organization -> names.computeIfAbsent(organization, lookup);
    }
}
