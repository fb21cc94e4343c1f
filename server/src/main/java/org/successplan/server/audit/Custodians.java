package org.successplan.server.audit;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is the custodian (Patient.managingOrganization) of a student, read as the server itself
 * ({@link SystemRequestDetails}) and cached briefly: a student's custodian rarely changes, and a Patient
 * the request itself returned or wrote updates the cache. Also names organizations for the disclosure
 * report. Thread-safe.
 */
final class Custodians {

    private static final Logger log = LoggerFactory.getLogger(Custodians.class);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(String custodian, Instant until) {}

    private final DaoRegistry daos;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    Custodians(DaoRegistry daos, Duration ttl, Clock clock) {
        this.daos = daos;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The custodian ({@code Organization/id}) of {@code student} ({@code Patient/id}), or {@code null}. */
    String of(String student) {
        Instant now = clock.instant();
        synchronized (cache) {
            Entry entry = cache.get(student);
            if (entry != null && now.isBefore(entry.until())) {
                return entry.custodian();
            }
        }
        String custodian;
        try {
            custodian = current(student);
        } catch (ResourceNotFoundException | ResourceGoneException unknown) {
            custodian = null;
        } catch (RuntimeException e) {
            log.warn("Cannot read the custodian of {} for the audit trail: {}", student, e.toString());
            return null;
        }
        remember(student, custodian);
        return custodian;
    }

    /**
     * The custodian as stored now (no cache), or {@code null} when the student has none.
     *
     * @throws ResourceNotFoundException for an unknown student
     * @throws ResourceGoneException for a deleted one
     */
    String current(String student) {
        IFhirResourceDao<Patient> patients = daos.getResourceDao(Patient.class);
        return ResourceFacts.custodianOf(patients.read(new IdType(student), new SystemRequestDetails()));
    }

    /** Records what a request just showed or stored. */
    void remember(String student, String custodian) {
        synchronized (cache) {
            cache.put(student, new Entry(custodian, clock.instant().plus(ttl)));
        }
    }

    /** Whether {@code student} exists (or existed and was deleted) on this server. */
    boolean exists(String student) {
        try {
            daos.getResourceDao(Patient.class).read(new IdType(student), new SystemRequestDetails());
            return true;
        } catch (ResourceGoneException deleted) {
            return true;
        } catch (ResourceNotFoundException unknown) {
            return false;
        }
    }

    /** The name of an organization, or {@code null}. */
    String nameOf(String organization) {
        try {
            Organization found =
                    daos.getResourceDao(Organization.class).read(new IdType(organization), new SystemRequestDetails());
            return found.hasName() ? found.getName() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
