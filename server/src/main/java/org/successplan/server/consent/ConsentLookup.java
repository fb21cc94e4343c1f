package org.successplan.server.consent;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;

/**
 * Reads what consent decisions need from the database, as the server itself (not subject to consent):
 * a student's custodian, a student's active consents, and the teams an organization belongs to. One
 * instance per request caches its answers for that request only, so a revoked consent or a changed
 * custodian counts from the very next request, on every node. Thread-safe: HAPI may process the
 * entries of a batch in parallel.
 */
final class ConsentLookup {

    private final DaoRegistry daos;
    private final Map<String, Optional<String>> custodians = new HashMap<>();
    private final Map<String, List<SharingConsent>> consents = new HashMap<>();
    private final Map<String, Set<String>> teams = new HashMap<>();
    private final Map<String, Optional<IBaseResource>> resources = new HashMap<>();
    private final Set<String> newStudents = new HashSet<>();
    private final Set<String> searched = new HashSet<>();
    private final Set<String> writtenConsents = new HashSet<>();

    ConsentLookup(DaoRegistry daos) {
        this.daos = daos;
    }

    /**
     * Remembers a student or consent written by this request: inside a FHIR transaction the database
     * does not show them to look-ups yet (and querying entities the transaction has just written is
     * not safe), but the records and referrals of the same transaction are judged with them.
     */
    synchronized void remember(IBaseResource written) {
        if (written.getIdElement().hasIdPart()) {
            resources.put(written.getIdElement().toUnqualifiedVersionless().getValue(), Optional.of(written));
        }
        if (written instanceof Patient patient && patient.getIdElement().hasIdPart()) {
            String student = "Patient/" + patient.getIdElement().getIdPart();
            custodians.put(
                    student,
                    Optional.ofNullable(patient.getManagingOrganization().getReference()));
            if ("1".equals(patient.getIdElement().getVersionIdPart())) {
                newStudents.add(student);
            }
        } else if (written instanceof Consent consent && consent.getIdElement().hasIdPart()) {
            SharingConsent read = SharingConsentReader.read(consent);
            List<SharingConsent> known = consents.computeIfAbsent(read.student(), s -> new ArrayList<>());
            known.removeIf(c -> c.id().equals(read.id()));
            if (read.active()) {
                known.add(read);
            }
            writtenConsents.add(read.id());
        }
    }

    /** A resource as stored (for facts a record borrows from another, e.g. a Task from its Referral). */
    synchronized Optional<IBaseResource> read(String reference) {
        return resources.computeIfAbsent(reference, r -> {
            try {
                IdType id = new IdType(r);
                return Optional.of(daos.getResourceDao(id.getResourceType()).read(id, new SystemRequestDetails()));
            } catch (ResourceNotFoundException | ResourceGoneException | IllegalArgumentException unknown) {
                return Optional.empty();
            }
        });
    }

    /** The student's custodian ({@code Organization/..}), or empty when the student is unknown. */
    synchronized Optional<String> custodianOf(String student) {
        return custodians.computeIfAbsent(student, this::readCustodian);
    }

    /**
     * The student's active consents: those in the database (searched once per request; none for a
     * student this request created) and those this request wrote, which win over their stored version.
     */
    synchronized List<SharingConsent> consentsOf(String student) {
        List<SharingConsent> known = consents.computeIfAbsent(student, s -> new ArrayList<>());
        if (!newStudents.contains(student) && searched.add(student)) {
            searchConsents(student).stream()
                    .filter(c -> !writtenConsents.contains(c.id()))
                    .forEach(known::add);
        }
        return known;
    }

    /** The CareTeams and Groups that name the organization as a member. */
    synchronized Set<String> teamsOf(String organization) {
        return teams.computeIfAbsent(organization, this::searchTeams);
    }

    private Optional<String> readCustodian(String student) {
        try {
            Patient patient = daos.getResourceDao(Patient.class).read(new IdType(student), new SystemRequestDetails());
            return Optional.ofNullable(patient.getManagingOrganization().getReference());
        } catch (ResourceNotFoundException | ResourceGoneException unknown) {
            return Optional.empty();
        }
    }

    private List<SharingConsent> searchConsents(String student) {
        SearchParameterMap map = SearchParameterMap.newSynchronous()
                .add(Consent.SP_PATIENT, new ReferenceParam(student))
                .add(Consent.SP_STATUS, new TokenParam("active"));
        return search(Consent.class, map).stream()
                .map(r -> SharingConsentReader.read((Consent) r))
                .toList();
    }

    private Set<String> searchTeams(String organization) {
        Set<String> found = new LinkedHashSet<>();
        SearchParameterMap careTeams =
                SearchParameterMap.newSynchronous().add(CareTeam.SP_PARTICIPANT, new ReferenceParam(organization));
        search(CareTeam.class, careTeams)
                .forEach(r ->
                        found.add(r.getIdElement().toUnqualifiedVersionless().getValue()));
        SearchParameterMap groups =
                SearchParameterMap.newSynchronous().add(Group.SP_MEMBER, new ReferenceParam(organization));
        search(Group.class, groups)
                .forEach(r ->
                        found.add(r.getIdElement().toUnqualifiedVersionless().getValue()));
        return found;
    }

    private List<IBaseResource> search(Class<? extends IBaseResource> type, SearchParameterMap map) {
        return daos.getResourceDao(type).search(map, new SystemRequestDetails()).getAllResources();
    }
}
