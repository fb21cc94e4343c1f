package org.successplan.server.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityDetailComponent;
import org.hl7.fhir.r4.model.Coding;

/**
 * The searchable columns of an audit record and its student rows, derived from the AuditEvent alone.
 * The writer stores what this derives and the chain verification derives it again and compares, so
 * the index cannot be changed without the verification noticing.
 */
final class AuditIndex {

    private AuditIndex() {}

    /** The columns of {@code ssp_audit_event} besides the chain. */
    record Columns(
            String eventId,
            Instant recorded,
            String requestId,
            String clientId,
            String organization,
            String interaction,
            int outcome,
            String purpose,
            boolean emergency) {}

    /**
     * One row of {@code ssp_audit_student}.
     *
     * @param student {@code Patient/id}
     * @param custodian the student's custodian when the request was made, or {@code null} if unknown
     * @param disclosure whether a record of the student was disclosed (lifecycle {@code 11})
     */
    record StudentRow(String student, String custodian, boolean disclosure) {}

    static Columns columnsOf(AuditEvent event) {
        String requestId = null;
        for (AuditEventEntityComponent entity : event.getEntity()) {
            if (is(entity.getType(), AuditCodes.BALP_ENTITY_TYPE, AuditCodes.REQUEST_ID)) {
                requestId = entity.getWhat().getIdentifier().getValue();
            }
        }
        String clientId = null;
        for (AuditEventAgentComponent agent : event.getAgent()) {
            if (hasCoding(agent, AuditCodes.DICOM, AuditCodes.SOURCE_ROLE)
                    && agent.getWho().hasIdentifier()) {
                clientId = agent.getWho().getIdentifier().getValue();
            }
        }
        String purpose = event.getPurposeOfEventFirstRep().getCodingFirstRep().getCode();
        return new Columns(
                event.getIdElement().getIdPart(),
                event.getRecorded().toInstant(),
                clip(requestId, 64),
                clip(clientId, 128),
                clip(requestor(event), 200),
                clip(event.hasSubtype() ? event.getSubtypeFirstRep().getCode() : null, 64),
                Integer.parseInt(event.getOutcome().toCode()),
                clip(purpose, 64),
                "BTG".equals(purpose));
    }

    /** The requesting organization ({@code Organization/id}), or {@code null}. */
    static String requestor(AuditEvent event) {
        for (AuditEventAgentComponent agent : event.getAgent()) {
            if (agent.getRequestor() && agent.getWho().hasReference()) {
                return agent.getWho().getReference();
            }
        }
        return null;
    }

    /** The client id, or {@code null}. */
    static String client(AuditEvent event) {
        return columnsOf(event).clientId();
    }

    static List<StudentRow> studentsOf(AuditEvent event) {
        boolean succeeded = event.getOutcome() == AuditEvent.AuditEventOutcome._0;
        List<StudentRow> rows = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (AuditEventEntityComponent entity : event.getEntity()) {
            if (!is(entity.getRole(), AuditCodes.OBJECT_ROLE, AuditCodes.ROLE_PATIENT)) {
                continue;
            }
            String student = entity.getWhat().getReference();
            if (student == null || !seen.add(student)) {
                continue;
            }
            rows.add(new StudentRow(
                    clip(student, 100),
                    clip(detail(entity, AuditCodes.DETAIL_CUSTODIAN), 200),
                    succeeded && disclosed(event, student)));
        }
        rows.sort(java.util.Comparator.comparing(StudentRow::student));
        return rows;
    }

    /** Whether some record of {@code student} has lifecycle "disclosure" in this event. */
    static boolean disclosed(AuditEvent event, String student) {
        return disclosedRecords(event, student).findAny().isPresent();
    }

    /** The record entities of {@code student} disclosed in this event. */
    static java.util.stream.Stream<AuditEventEntityComponent> disclosedRecords(AuditEvent event, String student) {
        return event.getEntity().stream()
                .filter(e -> is(e.getLifecycle(), AuditCodes.LIFECYCLE, AuditCodes.DISCLOSED))
                .filter(e -> details(e, AuditCodes.DETAIL_STUDENT).contains(student));
    }

    static String detail(AuditEventEntityComponent entity, String type) {
        for (AuditEventEntityDetailComponent detail : entity.getDetail()) {
            if (type.equals(detail.getType()) && detail.hasValueStringType()) {
                return detail.getValueStringType().getValue();
            }
        }
        return null;
    }

    static List<String> details(AuditEventEntityComponent entity, String type) {
        List<String> values = new ArrayList<>();
        for (AuditEventEntityDetailComponent detail : entity.getDetail()) {
            if (type.equals(detail.getType()) && detail.hasValueStringType()) {
                values.add(detail.getValueStringType().getValue());
            }
        }
        return values;
    }

    /** Fits a value into its column (values this long are not real ids; the full value stays in the JSON). */
    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    static boolean is(Coding coding, String system, String code) {
        return coding != null && system.equals(coding.getSystem()) && code.equals(coding.getCode());
    }

    private static boolean hasCoding(AuditEventAgentComponent agent, String system, String code) {
        return agent.getType().getCoding().stream().anyMatch(c -> is(c, system, code));
    }
}
