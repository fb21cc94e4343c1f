package org.successplan.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the harness knows about a loaded district, saved as JSON (the state file) so that scenarios and
 * later loads (growing the district from 1,000 to 60,000 students) can run against it: the generator's
 * parameters, each organization with its client (id, scopes and private key: a benchmark secret, keep
 * the file with the database) and, per loaded student, the server ids the scenarios need.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
final class DistrictState {

    public long seed;
    public int studentsPerSchool;
    public int studentsPerNavigator;
    public String baseUrl;
    public List<Org> schools = new ArrayList<>();
    public List<Org> providers = new ArrayList<>();
    public List<Student> students = new ArrayList<>();

    /** An organization and the client the harness acts with for it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class Org {
        public String name;
        /** ssp-organization-type code: school, community-agency, clinic. */
        public String type;

        public String organization;
        public String clientId;
        /** The client's private JWK (JSON); null when a fixed token is used. */
        public String key;

        public String token;
        public String scope;
        /** Need domains a provider serves (agencies and clinics). */
        public List<String> domains = new ArrayList<>();
        /** A school's navigators (PractitionerRole ids). */
        public List<String> navigators = new ArrayList<>();

        boolean isClinic() {
            return "clinic".equals(type);
        }
    }

    /** One loaded student and the ids the scenarios use. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    static final class Student {
        public int i;
        public int school;
        public String patient;
        public String plan;
        public String navigator;
        /** Need domain -> Condition id. */
        public Map<String, String> needs = new LinkedHashMap<>();
        /** Consents to providers, each for one need domain. */
        public List<Grant> grants = new ArrayList<>();
        /** Referral tasks (one per referral). */
        public List<TaskRef> tasks = new ArrayList<>();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Grant {
        public int provider;
        public String consent;
        public String domain;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class TaskRef {
        public int provider;
        public String task;
    }

    static DistrictState read(Path file) {
        try {
            return Http.JSON.readValue(file.toFile(), DistrictState.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the state file " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized void write(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Http.JSON.writeValue(tmp.toFile(), this);
            Files.move(
                    tmp,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the state file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Students with at least one consent to a provider (the ones agencies may see). */
    List<Student> consentedStudents() {
        return students.stream().filter(s -> !s.grants.isEmpty()).toList();
    }
}
