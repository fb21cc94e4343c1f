package org.successplan.server.audit;

/**
 * The code systems and codes of our AuditEvents, after IHE Basic Audit Log Patterns (BALP) where it has
 * one, and the entity detail types this server adds.
 */
final class AuditCodes {

    static final String EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    static final String REST = "rest";
    static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    static final String USER_AUTHENTICATION = "110114";
    static final String LOGIN = "110122";
    static final String SOURCE_ROLE = "110153";
    static final String DESTINATION_ROLE = "110152";
    static final String RESTFUL_INTERACTION = "http://hl7.org/fhir/restful-interaction";

    static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    static final String PERSON = "1";
    static final String SYSTEM_OBJECT = "2";
    static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
    static final String ROLE_PATIENT = "1";
    static final String ROLE_DOMAIN_RESOURCE = "4";
    static final String ROLE_SECURITY_RESOURCE = "13";
    static final String ROLE_QUERY = "24";
    static final String BALP_ENTITY_TYPE = "https://profiles.ihe.net/ITI/BALP/CodeSystem/BasicAuditEntityType";
    static final String REQUEST_ID = "XrequestId";

    /** ISO 21089 / DICOM lifecycle of an entity: what happened to the record in this event. */
    static final String LIFECYCLE = "http://terminology.hl7.org/CodeSystem/dicom-audit-lifecycle";

    static final String CREATED = "1";
    static final String AMENDED = "3";
    static final String ACCESSED = "6";
    /** Shown to an organization other than the student's custodian (and not its author). */
    static final String DISCLOSED = "11";

    static final String DELETED = "14";

    static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    static final String RECIPIENT = "IRCP";
    static final String ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
    static final String PURPOSE = "http://successplan.org/fhir/CodeSystem/ssp-consent-purpose";
    static final String NEED_DOMAIN = "http://successplan.org/fhir/CodeSystem/ssp-need-domain";
    static final String SECURITY_SOURCE = "http://terminology.hl7.org/CodeSystem/security-source-type";
    static final String APPLICATION_SERVER = "4";
    static final String CLIENT_ID = "http://successplan.org/fhir/sid/client-id";
    static final String OBSERVATION_VALUE = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";
    static final String REDACTED = "REDACTED";

    /** {@code entity.detail.type}s: the student a record is about, and why it could be seen. */
    static final String DETAIL_STUDENT = "student";

    static final String DETAIL_CUSTODIAN = "custodian";
    static final String DETAIL_BASIS = "basis";
    static final String DETAIL_CONSENT = "consent";
    static final String DETAIL_NEED_DOMAIN = "need-domain";
    static final String DETAIL_EXPLANATION = "explanation";
    /** A record consent withheld from the response (basis DENIED): concerned, not shown. */
    static final String DETAIL_WITHHELD = "withheld";

    private AuditCodes() {}
}
