package org.successplan.server.consent;

/** Why a request was allowed (or not) to see or write one record. */
public enum AccessBasis {
    /** The requesting organization is the student's custodian (Patient.managingOrganization). */
    CUSTODIAN,
    /** The requesting organization wrote the record (its author tag). */
    AUTHOR,
    /** An active SharingConsent permits the requesting organization. */
    CONSENT,
    /** Break-the-glass: declared emergency access, with a reason. */
    EMERGENCY,
    /** The record is not about a student (directory data, conformance resources). */
    NOT_STUDENT_RECORD,
    /** No rule permits it: the record was withheld or the write refused. */
    DENIED
}
