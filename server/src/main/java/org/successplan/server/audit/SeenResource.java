package org.successplan.server.audit;

import java.util.List;
import java.util.Set;

/**
 * What the audit trail keeps of one resource a request returned or wrote: its id, the students it is
 * about and what a disclosure report needs to say about it. Extracted on the request thread, so the
 * writer never holds on to resources.
 *
 * @param id {@code Type/id}
 * @param version its version id, or {@code null}
 * @param type the resource type
 * @param students the students ({@code Patient/id}) whose record it is: the Patient itself, or the owners
 *     of its Patient compartment; empty for records that are not about a student
 * @param custodian for a Patient, its managing organization ({@code Organization/id}), else {@code null}
 * @param needDomains the {@code ssp-need-domain} codes it carries
 * @param securityLabels its {@code meta.security} labels as {@code system|code}
 * @param authors the organizations recorded as its authors (the {@code ssp-author} tags)
 */
record SeenResource(
        String id,
        String version,
        String type,
        List<String> students,
        String custodian,
        Set<String> needDomains,
        List<String> securityLabels,
        Set<String> authors) {

    SeenResource {
        students = List.copyOf(students);
        needDomains = Set.copyOf(needDomains);
        securityLabels = List.copyOf(securityLabels);
        authors = Set.copyOf(authors);
    }

    boolean isStudentRecord() {
        return !students.isEmpty();
    }
}
