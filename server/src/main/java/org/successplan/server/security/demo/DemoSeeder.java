package org.successplan.server.security.demo;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.successplan.server.ig.OrganizationKind;
import org.successplan.server.security.client.ClientRegistry;
import org.successplan.server.security.client.RegisteredClient;

/**
 * Demo mode ({@code ssp.security.demo.enabled}, the {@code demo} profile): seeds a school, two
 * community agencies and a clinic as FHIR Organizations, one backend client for each with a fresh EC
 * P-384 key pair, and one demo student managed by the school. Each client's id, token endpoint, scopes
 * and private key go to {@code {data-dir}/demo/<name>.json} (owner-readable only), ready for
 * {@link DemoClient}. Idempotent: a restart reuses what exists; a missing key file gets a new key. The
 * clients authenticate exactly like production clients.
 */
class DemoSeeder implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    static final String NCES_SCHOOL_ID = "http://successplan.org/fhir/sid/nces-school-id";
    static final String EIN = "urn:oid:2.16.840.1.113883.4.4";
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    static final String DISTRICT_STUDENT_ID = "http://successplan.org/fhir/sid/district-student-id/4799999";
    static final String IDENTIFIER_TYPE = "http://successplan.org/fhir/CodeSystem/ssp-identifier-type";

    /** A demo organization: its {@code ssp-organization-type} code and a public identifier its profile accepts. */
    record DemoOrg(String slug, String name, String type, String idSystem, String idValue, List<String> scopes) {}

    static final List<DemoOrg> ORGS = List.of(
            new DemoOrg(
                    "lincoln-elementary",
                    "Lincoln Elementary School",
                    "school",
                    NCES_SCHOOL_ID,
                    "479999900101",
                    List.of("system/*.cruds")),
            new DemoOrg(
                    "eastside-food-bank",
                    "Eastside Food Bank",
                    "community-agency",
                    EIN,
                    "62-1000001",
                    List.of(
                            "system/Patient.rs",
                            "system/ServiceRequest.rs",
                            "system/Task.rus",
                            "system/Procedure.crus",
                            "system/Organization.rs",
                            "system/HealthcareService.cruds",
                            "system/Subscription.cruds")),
            new DemoOrg(
                    "youth-mentoring-alliance",
                    "Youth Mentoring Alliance",
                    "out-of-school-time-provider",
                    EIN,
                    "62-1000002",
                    List.of(
                            "system/Patient.rs",
                            "system/ServiceRequest.rs",
                            "system/Task.rus",
                            "system/Procedure.crus",
                            "system/Organization.rs",
                            "system/HealthcareService.cruds",
                            "system/Subscription.cruds")),
            new DemoOrg(
                    "northside-clinic",
                    "Northside Community Clinic",
                    "clinic",
                    NPI,
                    "1000000004",
                    List.of(
                            "system/Patient.rs",
                            "system/Condition.crs",
                            "system/Observation.crs",
                            "system/ServiceRequest.rs",
                            "system/Task.rus",
                            "system/Procedure.crus",
                            "system/Organization.rs",
                            "system/Subscription.cruds")));

    private final DaoRegistry daoRegistry;
    private final ClientRegistry clients;
    private final Path directory;
    private final Environment environment;
    private final ObjectMapper json = new ObjectMapper();

    DemoSeeder(DaoRegistry daoRegistry, ClientRegistry clients, Path directory, Environment environment) {
        this.daoRegistry = daoRegistry;
        this.clients = clients;
        this.directory = directory;
        this.environment = environment;
    }

    /** After the FHIR packages are installed: the demo data is validated against them. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Files.createDirectories(directory);
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        String school = null;
        for (DemoOrg org : ORGS) {
            String reference = organization(org);
            if (school == null) {
                school = reference;
            }
            client(org, reference, base + "/auth/token");
        }
        student(school);
        log.warn(
                "DEMO MODE: demo clients and keys are in {}. Get a token with:\n"
                        + "  java -jar server/target/ssp-server-*.jar token {}/lincoln-elementary.json\n"
                        + "then: curl -H \"Authorization: Bearer $TOKEN\" {}/fhir/Patient",
                directory.toAbsolutePath(),
                directory,
                base);
    }

    private String organization(DemoOrg org) {
        Organization organization = OrganizationKind.ofTypeCode(org.type())
                .orElseThrow()
                .newOrganization(org.name(), org.type())
                .addIdentifier(new Identifier().setSystem(org.idSystem()).setValue(org.idValue()));
        String id = daoRegistry
                .getResourceDao(Organization.class)
                .create(
                        organization,
                        "Organization?identifier=" + org.idSystem() + "|" + org.idValue(),
                        new SystemRequestDetails())
                .getId()
                .getIdPart();
        return "Organization/" + id;
    }

    private void client(DemoOrg org, String organization, String tokenEndpoint) throws IOException, JOSEException {
        String clientId = "demo-" + org.slug();
        Path file = directory.resolve(org.slug() + ".json");
        Optional<RegisteredClient> existing = clients.find(clientId);
        if (existing.isPresent()
                && Files.exists(file)
                && existing.get().organization().equals(organization)) {
            return;
        }
        ECKey key = new ECKeyGenerator(Curve.P_384)
                .keyID(clientId + "-" + System.currentTimeMillis())
                .algorithm(JWSAlgorithm.ES384)
                .keyUse(KeyUse.SIGNATURE)
                .generate();
        String publicJwks = new JWKSet(key.toPublicJWK()).toString();
        RegisteredClient client = new RegisteredClient(
                clientId,
                organization,
                org.scopes(),
                publicJwks,
                null,
                false,
                true,
                "Demo " + org.type() + ": " + org.name(),
                null,
                null);
        if (existing.isPresent()) {
            clients.update(client);
        } else {
            clients.create(client);
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("client_id", clientId);
        content.put("organization", organization);
        content.put("token_endpoint", tokenEndpoint);
        content.put("scope", String.join(" ", org.scopes()));
        content.put("key", key.toJSONObject());
        Files.writeString(
                file, json.writerWithDefaultPrettyPrinter().writeValueAsString(content), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // e.g. Windows: the file keeps the directory's permissions
        }
        log.info("Demo client {} for {} ({}) written to {}", clientId, org.name(), organization, file);
    }

    private void student(String school) {
        Patient student = new Patient();
        student.addIdentifier(new Identifier()
                .setType(new CodeableConcept(
                        new Coding(IDENTIFIER_TYPE, "district-student-id", "District student identifier")))
                .setSystem(DISTRICT_STUDENT_ID)
                .setValue("100001"));
        student.addName().setFamily("Rivera").addGiven("Maya");
        student.setGender(AdministrativeGender.FEMALE);
        student.setBirthDateElement(new DateType("2014-03-09"));
        student.setManagingOrganization(new Reference(school));
        daoRegistry
                .getResourceDao(Patient.class)
                .create(student, "Patient?identifier=" + DISTRICT_STUDENT_ID + "|100001", new SystemRequestDetails());
    }
}
