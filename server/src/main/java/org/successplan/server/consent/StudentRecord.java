package org.successplan.server.consent;

import java.util.Set;

/**
 * What consent decisions need to know about one record of a student.
 *
 * @param resource {@code Type/id} ({@code Type} alone for a record being created)
 * @param type the FHIR resource type
 * @param student {@code Patient/id}
 * @param custodian the student's custodian ({@code Organization/id}), or {@code null} if unknown
 * @param authors organizations that wrote the record
 * @param dataClasses the {@code ssp-data-class} codes its type belongs to
 * @param needDomains its {@code ssp-need-domain} category codes (empty when it has none)
 * @param confidentiality its confidentiality label ({@code N} when it has none)
 * @param sensitivityLabels its other security labels (e.g. {@code MH}, {@code SDV}, {@code SPED})
 * @param recipients for a Consent record: the organizations and teams it grants access to; else empty
 */
record StudentRecord(
        String resource,
        String type,
        String student,
        String custodian,
        Set<String> authors,
        Set<String> dataClasses,
        Set<String> needDomains,
        Confidentiality confidentiality,
        Set<String> sensitivityLabels,
        Set<String> recipients) {}
