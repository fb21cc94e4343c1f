package org.successplan.server.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentNetworkType;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.successplan.server.consent.AccessBasis;
import org.successplan.server.consent.AccessDecision;

/**
 * Turns an {@link AuditRecord} into an AuditEvent in the style of IHE Basic Audit Log Patterns:
 * {@code type} rest + {@code subtype} the FHIR interaction (or DICOM "User Authentication / Login" for a
 * refused token), the organization as requesting agent ({@code IRCP}, with the purpose of use), the
 * client application and the server as agents, the request id and query as entities, one entity per
 * student concerned (with the custodian at the time) and one per record returned, written or withheld.
 *
 * <p>Each record entity says what happened to it in {@code lifecycle}: {@code 6} accessed,
 * {@code 11} <b>disclosed</b> (shown to an organization other than the student's custodian that did not
 * author it), {@code 1} created, {@code 3} amended, {@code 14} deleted; withheld records have none. Its
 * {@code detail}s name the student, the basis of access (the consent decision when the consent feature
 * took one, otherwise custodian / author / emergency as far as this server can tell), the consent and
 * the need domains. The disclosure report and the student index are derived from exactly this content.
 */
final class AuditEventFactory {

    private static final Set<AccessBasis> NOT_A_DISCLOSURE =
            EnumSet.of(AccessBasis.CUSTODIAN, AccessBasis.AUTHOR, AccessBasis.NOT_STUDENT_RECORD, AccessBasis.DENIED);
    private static final Set<String> SSP_PURPOSES =
            Set.of("student-support", "referral-fulfillment", "program-evaluation");
    private static final int MAX_TEXT = 2000;

    private final String node;

    /** @param node this server node's name, recorded as {@code source.site} */
    AuditEventFactory(String node) {
        this.node = node;
    }

    /**
     * @param custodians the custodian ({@code Organization/id}) of each student concerned, where known;
     *     Patients the request itself showed or wrote override it
     */
    AuditEvent build(AuditRecord record, Map<String, String> custodians) {
        Map<String, String> known = new HashMap<>(custodians);
        known.putAll(knownCustodians(record));
        return assemble(record, known);
    }

    private AuditEvent assemble(AuditRecord record, Map<String, String> custodians) {
        AuditEvent event = new AuditEvent();
        event.setId(record.eventId());
        event.getMeta().setVersionId("1").setLastUpdated(Date.from(record.recorded()));
        typeOf(event, record);
        event.setAction(AuditEvent.AuditEventAction.fromCode(record.action()));
        event.setRecorded(Date.from(record.recorded()));
        event.setOutcome(outcomeOf(record.status()));
        event.setOutcomeDesc(outcomeDescription(record));
        Coding purpose = purposeOf(record);
        if (purpose != null) {
            CodeableConcept purposeOfEvent = event.addPurposeOfEvent().addCoding(purpose);
            if (record.emergency()) {
                purposeOfEvent.setText("Emergency access: "
                        + (record.emergencyReason() == null ? "(no reason given)" : clip(record.emergencyReason())));
            }
        }
        agents(event, record, purpose);
        event.getSource()
                .setSite(node)
                .setObserver(new Reference().setDisplay("Success Plan Exchange (" + node + ")"))
                .addType(new Coding(AuditCodes.SECURITY_SOURCE, AuditCodes.APPLICATION_SERVER, "Application Server"));
        entities(event, record, custodians);
        return event;
    }

    // ---- what happened -------------------------------------------------------------------------

    private static void typeOf(AuditEvent event, AuditRecord record) {
        if (record.kind() == AuditRecord.Kind.AUTHENTICATION_FAILURE) {
            event.setType(new Coding(AuditCodes.DICOM, AuditCodes.USER_AUTHENTICATION, "User Authentication"));
            event.addSubtype(new Coding(AuditCodes.DICOM, AuditCodes.LOGIN, "Login"));
            return;
        }
        event.setType(new Coding(AuditCodes.EVENT_TYPE, AuditCodes.REST, "Restful Operation"));
        if (record.interaction() != null) {
            String display =
                    record.operation() == null ? record.interaction() : record.interaction() + " " + record.operation();
            event.addSubtype(new Coding(AuditCodes.RESTFUL_INTERACTION, record.interaction(), display));
        }
    }

    private static AuditEventOutcome outcomeOf(int status) {
        if (status > 0 && status < 400) {
            return AuditEventOutcome._0;
        }
        return status >= 500 || status <= 0 ? AuditEventOutcome._8 : AuditEventOutcome._4;
    }

    private static String outcomeDescription(AuditRecord record) {
        StringBuilder text = new StringBuilder("HTTP ").append(record.status());
        if (record.errorCode() != null) {
            text.append(' ').append(record.errorCode());
        }
        if (record.errorMessage() != null && !record.succeeded()) {
            text.append(": ").append(record.errorMessage());
        }
        return clip(text.toString());
    }

    private static Coding purposeOf(AuditRecord record) {
        if (record.purpose() == null) {
            return null;
        }
        if (record.emergency()) {
            return new Coding(AuditCodes.ACT_REASON, "BTG", "break the glass");
        }
        String code = record.purpose().length() > 64 ? record.purpose().substring(0, 64) : record.purpose();
        return new Coding(SSP_PURPOSES.contains(code) ? AuditCodes.PURPOSE : AuditCodes.ACT_REASON, code, null);
    }

    // ---- who -----------------------------------------------------------------------------------

    private static void agents(AuditEvent event, AuditRecord record, Coding purpose) {
        AuditEventAgentComponent organization = event.addAgent()
                .setRequestor(true)
                .setType(new CodeableConcept(
                        new Coding(AuditCodes.PARTICIPATION, AuditCodes.RECIPIENT, "information recipient")));
        if (record.organization() != null) {
            organization.setWho(new Reference(record.organization()));
        } else {
            organization.setWho(new Reference().setDisplay("unauthenticated"));
        }
        if (purpose != null) {
            organization.addPurposeOfUse(new CodeableConcept(purpose.copy()));
        }

        AuditEventAgentComponent client = event.addAgent()
                .setRequestor(false)
                .setType(new CodeableConcept(new Coding(AuditCodes.DICOM, AuditCodes.SOURCE_ROLE, "Source Role ID")));
        if (record.clientId() != null) {
            client.setWho(new Reference()
                    .setIdentifier(
                            new Identifier().setSystem(AuditCodes.CLIENT_ID).setValue(record.clientId()))
                    .setDisplay(record.clientId()));
            if (record.operator()) {
                client.addRole(new CodeableConcept().setText("operator client"));
            }
        } else {
            client.setWho(new Reference().setDisplay("no valid access token"));
        }
        if (record.remoteAddress() != null) {
            client.getNetwork().setAddress(record.remoteAddress()).setType(AuditEventAgentNetworkType._2);
        }

        AuditEventAgentComponent server = event.addAgent()
                .setRequestor(false)
                .setType(new CodeableConcept(
                        new Coding(AuditCodes.DICOM, AuditCodes.DESTINATION_ROLE, "Destination Role ID")));
        server.setWho(new Reference().setDisplay(record.serverBase()));
        if (record.serverBase() != null) {
            server.getNetwork().setAddress(record.serverBase()).setType(AuditEventAgentNetworkType._5);
        }
    }

    // ---- what ----------------------------------------------------------------------------------

    private void entities(AuditEvent event, AuditRecord record, Map<String, String> custodians) {
        if (record.requestId() != null) {
            event.addEntity()
                    .setType(new Coding(AuditCodes.BALP_ENTITY_TYPE, AuditCodes.REQUEST_ID, "X-Request-ID"))
                    .setWhat(new Reference().setIdentifier(new Identifier().setValue(record.requestId())));
        }
        if (record.url() != null) {
            event.addEntity()
                    .setType(entityType(AuditCodes.SYSTEM_OBJECT))
                    .setRole(role(AuditCodes.ROLE_QUERY, "Query"))
                    .setDescription(clip(record.method() + " " + record.url()))
                    .setQuery(record.url().getBytes(StandardCharsets.UTF_8));
        }

        Map<String, AccessDecision> decisions = new LinkedHashMap<>();
        for (AccessDecision decision : record.decisions()) {
            if (decision.resource() != null) {
                decisions.merge(versionless(decision.resource()), decision, (a, b) -> b.permitted() ? a : b);
            }
        }
        Set<String> students = new TreeSet<>();
        Set<String> consents = new LinkedHashSet<>();
        List<AuditEventEntityComponent> records = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();

        Set<String> writtenIds = new LinkedHashSet<>();
        record.written().forEach(w -> writtenIds.add(w.resource().id()));
        for (SeenResource resource : record.returned()) {
            // A write's response shows the record written: listed once, as written.
            if (writtenIds.contains(resource.id()) || !listed.add(resource.id() + "|" + resource.version())) {
                continue;
            }
            AccessDecision decision = decisions.get(resource.id());
            List<String> about = studentsOf(resource, decision);
            AccessBasis basis = basisOf(resource, about, decision, record, custodians);
            boolean disclosed = isDisclosure(record, about, basis, custodians);
            records.add(recordEntity(
                    resource, about, disclosed ? AuditCodes.DISCLOSED : AuditCodes.ACCESSED, basis, decision));
            students.addAll(about);
            if (decision != null && decision.consent() != null) {
                consents.add(decision.consent());
            }
        }
        for (AuditRecord.Written written : record.written()) {
            SeenResource resource = written.resource();
            if (!listed.add(resource.id() + "|" + resource.version() + "|" + written.lifecycle())) {
                continue;
            }
            AccessDecision decision = decisions.get(resource.id());
            List<String> about = studentsOf(resource, decision);
            AccessBasis basis = basisOf(resource, about, decision, record, custodians);
            records.add(recordEntity(resource, about, written.lifecycle(), basis, decision));
            students.addAll(about);
            if (decision != null && decision.consent() != null) {
                consents.add(decision.consent());
            }
        }
        Set<String> shownIds = new LinkedHashSet<>();
        record.returned().forEach(r -> shownIds.add(r.id()));
        record.written().forEach(w -> shownIds.add(w.resource().id()));
        for (AccessDecision decision : decisions.values()) {
            if (decision.permitted() || shownIds.contains(versionless(decision.resource()))) {
                continue;
            }
            AuditEventEntityComponent withheld = new AuditEventEntityComponent()
                    .setType(entityType(AuditCodes.SYSTEM_OBJECT))
                    .setRole(role(AuditCodes.ROLE_DOMAIN_RESOURCE, "Domain Resource"))
                    .setWhat(new Reference(versionless(decision.resource())))
                    .setDescription("withheld by consent");
            detail(withheld, AuditCodes.DETAIL_WITHHELD, "true");
            if (decision.student() != null) {
                detail(withheld, AuditCodes.DETAIL_STUDENT, decision.student());
                students.add(decision.student());
            }
            detail(withheld, AuditCodes.DETAIL_BASIS, AccessBasis.DENIED.name());
            if (decision.explanation() != null) {
                detail(withheld, AuditCodes.DETAIL_EXPLANATION, clip(decision.explanation()));
            }
            records.add(withheld);
        }
        if (record.target() != null && !shownIds.contains(record.target())) {
            AuditEventEntityComponent target = new AuditEventEntityComponent()
                    .setType(entityType(AuditCodes.SYSTEM_OBJECT))
                    .setRole(role(AuditCodes.ROLE_DOMAIN_RESOURCE, "Domain Resource"))
                    .setWhat(new Reference(record.target()))
                    .setDescription("the request's target");
            if (record.target().startsWith("Patient/")) {
                detail(target, AuditCodes.DETAIL_STUDENT, record.target());
                students.add(record.target());
            }
            records.add(target);
        }

        for (String student : students) {
            AuditEventEntityComponent patient = event.addEntity()
                    .setType(entityType(AuditCodes.PERSON))
                    .setRole(role(AuditCodes.ROLE_PATIENT, "Patient"))
                    .setWhat(new Reference(student));
            String custodian = custodians.get(student);
            if (custodian != null) {
                detail(patient, AuditCodes.DETAIL_CUSTODIAN, custodian);
            }
        }
        records.forEach(event.getEntity()::add);
        for (String consent : consents) {
            event.addEntity()
                    .setType(entityType(AuditCodes.SYSTEM_OBJECT))
                    .setRole(role(AuditCodes.ROLE_SECURITY_RESOURCE, "Security Resource"))
                    .setWhat(new Reference(consent))
                    .setDescription("the consent that permitted access");
        }
    }

    private static AuditEventEntityComponent recordEntity(
            SeenResource resource,
            List<String> students,
            String lifecycle,
            AccessBasis basis,
            AccessDecision decision) {
        String reference =
                resource.version() == null ? resource.id() : resource.id() + "/_history/" + resource.version();
        AuditEventEntityComponent entity = new AuditEventEntityComponent()
                .setType(entityType(AuditCodes.SYSTEM_OBJECT))
                .setRole(role(AuditCodes.ROLE_DOMAIN_RESOURCE, "Domain Resource"))
                .setLifecycle(new Coding(AuditCodes.LIFECYCLE, lifecycle, lifecycleDisplay(lifecycle)))
                .setWhat(new Reference(reference));
        for (String label : resource.securityLabels()) {
            int bar = label.indexOf('|');
            entity.addSecurityLabel(
                    new Coding(bar > 0 ? label.substring(0, bar) : null, label.substring(bar + 1), null));
        }
        students.forEach(s -> detail(entity, AuditCodes.DETAIL_STUDENT, s));
        if (basis != null) {
            detail(entity, AuditCodes.DETAIL_BASIS, basis.name());
        }
        if (decision != null && decision.consent() != null) {
            detail(entity, AuditCodes.DETAIL_CONSENT, decision.consent());
        }
        resource.needDomains().stream().sorted().forEach(d -> detail(entity, AuditCodes.DETAIL_NEED_DOMAIN, d));
        return entity;
    }

    private static List<String> studentsOf(SeenResource resource, AccessDecision decision) {
        Set<String> students = new TreeSet<>(resource.students());
        if (decision != null && decision.student() != null) {
            students.add(decision.student());
        }
        return List.copyOf(students);
    }

    /**
     * Why the organization could see or write the record: the consent feature's decision when it took
     * one; otherwise what this server can tell itself (custodian, author, declared emergency), or
     * {@code null} when no rule was recorded.
     */
    static AccessBasis basisOf(
            SeenResource resource,
            List<String> students,
            AccessDecision decision,
            AuditRecord record,
            Map<String, String> custodians) {
        if (decision != null) {
            return decision.basis();
        }
        if (students.isEmpty()) {
            return AccessBasis.NOT_STUDENT_RECORD;
        }
        String organization = record.organization();
        if (organization == null) {
            return null;
        }
        if (students.stream().allMatch(s -> organization.equals(custodians.get(s)))) {
            return AccessBasis.CUSTODIAN;
        }
        if (resource.authors().contains(organization)) {
            return AccessBasis.AUTHOR;
        }
        return record.emergency() ? AccessBasis.EMERGENCY : null;
    }

    /**
     * A disclosure: a successful request showed a student's record to an organization that is not the
     * student's custodian (an unknown custodian counts as another) and had no custodian or author basis.
     */
    static boolean isDisclosure(
            AuditRecord record, List<String> students, AccessBasis basis, Map<String, String> custodians) {
        if (!record.succeeded() || record.organization() == null || students.isEmpty()) {
            return false;
        }
        if (basis != null && NOT_A_DISCLOSURE.contains(basis)) {
            return false;
        }
        return students.stream().anyMatch(s -> !record.organization().equals(custodians.get(s)));
    }

    private static String lifecycleDisplay(String code) {
        return switch (code) {
            case AuditCodes.CREATED -> "Origination / Creation";
            case AuditCodes.AMENDED -> "Amendment";
            case AuditCodes.ACCESSED -> "Access / Use";
            case AuditCodes.DISCLOSED -> "Disclosure";
            case AuditCodes.DELETED -> "Logical deletion";
            default -> null;
        };
    }

    private static void detail(AuditEventEntityComponent entity, String type, String value) {
        entity.addDetail().setType(type).setValue(new StringType(value));
    }

    private static Coding entityType(String code) {
        return new Coding(AuditCodes.ENTITY_TYPE, code, AuditCodes.PERSON.equals(code) ? "Person" : "System Object");
    }

    private static Coding role(String code, String display) {
        return new Coding(AuditCodes.OBJECT_ROLE, code, display);
    }

    static String versionless(String reference) {
        int history = reference.indexOf("/_history/");
        return history < 0 ? reference : reference.substring(0, history);
    }

    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }

    /** The custodians a record needs: students of everything it names, with the custodians it already knows. */
    static Map<String, String> knownCustodians(AuditRecord record) {
        Map<String, String> known = new HashMap<>();
        record.returned().stream().filter(r -> r.custodian() != null).forEach(r -> known.put(r.id(), r.custodian()));
        record.written().stream()
                .map(AuditRecord.Written::resource)
                .filter(r -> r.custodian() != null)
                .forEach(r -> known.put(r.id(), r.custodian()));
        return known;
    }

    static Set<String> studentsConcerned(AuditRecord record) {
        Set<String> students = new TreeSet<>();
        record.returned().forEach(r -> students.addAll(r.students()));
        record.written().forEach(w -> students.addAll(w.resource().students()));
        record.decisions().stream()
                .map(AccessDecision::student)
                .filter(Objects::nonNull)
                .forEach(students::add);
        if (record.target() != null && record.target().startsWith("Patient/")) {
            students.add(record.target());
        }
        return students;
    }
}
