package org.successplan.server.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.Coding;
import org.successplan.server.security.RequestIdentity;
import org.successplan.server.security.SmartScope;
import org.successplan.server.security.SmartScopes;

/**
 * Who may read which part of the audit log (the consent feature treats AuditEvent as not a student
 * record, so these rules are the only ones):
 *
 * <ul>
 *   <li>an <b>auditor</b> reads everything: an operator client, or a client granted a scope that names
 *       AuditEvent itself ({@code system/AuditEvent.rs}; {@code system/*.rs} does not make an auditor);
 *   <li>the <b>custodian</b> of a student reads the records that concern that student (custodian at the
 *       time of the request), with the parts about other custodians' students removed;
 *   <li>nobody else reads anything: such records are hidden (as if they did not exist).
 * </ul>
 */
final class AuditAccess {

    enum Visibility {
        FULL,
        MASKED,
        HIDDEN
    }

    private AuditAccess() {}

    static boolean isAuditor(RequestIdentity identity) {
        return identity != null && (identity.admin() || namesAuditEvent(identity.scopes()));
    }

    private static boolean namesAuditEvent(SmartScopes scopes) {
        return scopes.asList().stream()
                .anyMatch(s -> "AuditEvent".equals(s.resourceType())
                        && (s.permissions().contains(SmartScope.Permission.READ)
                                || s.permissions().contains(SmartScope.Permission.SEARCH)));
    }

    static Visibility visibility(RequestIdentity identity, AuditEvent event) {
        if (isAuditor(identity)) {
            return Visibility.FULL;
        }
        if (identity == null) {
            return Visibility.HIDDEN;
        }
        List<AuditIndex.StudentRow> students = AuditIndex.studentsOf(event);
        long own = students.stream()
                .filter(s -> identity.organization().equals(s.custodian()))
                .count();
        if (own == 0) {
            return Visibility.HIDDEN;
        }
        return own == students.size() ? Visibility.FULL : Visibility.MASKED;
    }

    /**
     * A copy of the record for {@code custodian}: without the students of other custodians, the records
     * about them and the consents only they used, and without the query when it concerned them too;
     * labelled {@code REDACTED}.
     */
    static AuditEvent maskFor(AuditEvent event, String custodian) {
        AuditEvent copy = event.copy();
        Set<String> others = new HashSet<>();
        for (AuditIndex.StudentRow row : AuditIndex.studentsOf(event)) {
            if (!custodian.equals(row.custodian())) {
                others.add(row.student());
            }
        }
        Set<String> keptConsents = new HashSet<>();
        copy.getEntity().removeIf(entity -> {
            if (AuditIndex.is(entity.getRole(), AuditCodes.OBJECT_ROLE, AuditCodes.ROLE_PATIENT)) {
                return others.contains(entity.getWhat().getReference());
            }
            List<String> students = AuditIndex.details(entity, AuditCodes.DETAIL_STUDENT);
            boolean remove = !students.isEmpty() && others.containsAll(students);
            if (!remove) {
                keptConsents.addAll(AuditIndex.details(entity, AuditCodes.DETAIL_CONSENT));
                entity.getDetail()
                        .removeIf(d -> AuditCodes.DETAIL_STUDENT.equals(d.getType())
                                && d.hasValueStringType()
                                && others.contains(d.getValueStringType().getValue()));
            }
            return remove;
        });
        copy.getEntity()
                .removeIf(entity ->
                        AuditIndex.is(entity.getRole(), AuditCodes.OBJECT_ROLE, AuditCodes.ROLE_SECURITY_RESOURCE)
                                && !keptConsents.contains(entity.getWhat().getReference()));
        for (AuditEventEntityComponent entity : copy.getEntity()) {
            if (AuditIndex.is(entity.getRole(), AuditCodes.OBJECT_ROLE, AuditCodes.ROLE_QUERY)) {
                entity.setQuery(null);
                entity.setDescription("(withheld: the request also concerned students of other custodians)");
            }
        }
        copy.getMeta().addSecurity(new Coding(AuditCodes.OBSERVATION_VALUE, AuditCodes.REDACTED, "redacted"));
        return copy;
    }
}
