package org.successplan.server.testing;

import ca.uhn.fhir.util.FhirTerser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.springframework.core.io.ClassPathResource;

/**
 * The data standard's example story (Maya, her school, the food bank, the clinic, her plan, needs,
 * goals, referrals and consents), taken from the FHIR package's example transaction, as a fresh copy
 * for each test: every resource is created anew ({@code POST} with {@code urn:uuid} references) and
 * every identifier gets new digits, so tests never see each other's data. Because the examples are
 * validated against the profiles by the profiles module's tests, the story stays conformant as the
 * profiles evolve.
 */
public final class Story {

    private static final String PACKAGE = "fhir-packages/org.successplan.fhir-0.1.0.tgz";
    private static final String EXAMPLE_BUNDLE = "Bundle-ssp-ex-maya-bundle.json";

    private final Bundle transaction;
    private final Map<String, String> urnByExampleId;

    private Story(Bundle transaction, Map<String, String> urnByExampleId) {
        this.transaction = transaction;
        this.urnByExampleId = urnByExampleId;
    }

    /** The example's custodian district; a story is rebound to the custodian given to {@link #maya}. */
    public static final String DISTRICT = "Organization/ssp-ex-maya-district";

    /** A fresh copy of the story for the school client of the server on {@code port} (its custodian). */
    public static Story forSchool(int port) {
        return maya(TestClients.school(port).organization());
    }

    /**
     * A fresh copy of the whole story as a transaction, with {@code custodian} (an existing School
     * organization, {@code Organization/..}) in place of the example's district: it manages the student
     * and records her consents, so a client acting for it may store the story. Consents are moved to be
     * in force today.
     */
    public static Story maya(String custodian) {
        Bundle example = exampleBundle();
        Map<String, String> urns = new HashMap<>();
        for (BundleEntryComponent entry : example.getEntry()) {
            Resource resource = entry.getResource();
            urns.put(resource.fhirType() + "/" + resource.getIdPart(), "urn:uuid:" + UUID.randomUUID());
        }
        urns.put(DISTRICT, custodian);
        FhirTerser terser = FhirClients.FHIR.newTerser();
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (BundleEntryComponent entry : example.getEntry()) {
            Resource resource = entry.getResource().copy();
            String exampleId = resource.fhirType() + "/" + resource.getIdPart();
            if (exampleId.equals(DISTRICT)) {
                continue;
            }
            if (resource instanceof org.hl7.fhir.r4.model.Consent consent) {
                inForceToday(consent.getProvision());
            }
            resource.setId((String) null);
            resource.getMeta().setVersionId(null).setLastUpdated(null);
            for (Reference reference : terser.getAllPopulatedChildElementsOfType(resource, Reference.class)) {
                String urn = urns.get(reference.getReference());
                if (urn != null) {
                    reference.setReference(urn);
                }
            }
            for (Identifier identifier : terser.getAllPopulatedChildElementsOfType(resource, Identifier.class)) {
                identifier.setValue(withNewDigits(identifier.getValue()));
            }
            if (resource instanceof Task task) {
                atStartOfLifecycle(task);
            }
            transaction
                    .addEntry()
                    .setFullUrl(urns.get(exampleId))
                    .setResource(resource)
                    .getRequest()
                    .setMethod(HTTPVerb.POST)
                    .setUrl(resource.fhirType());
        }
        return new Story(transaction, urns);
    }

    public Bundle transaction() {
        return transaction;
    }

    private static void inForceToday(org.hl7.fhir.r4.model.Consent.ProvisionComponent provision) {
        if (provision.hasPeriod()) {
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            provision
                    .getPeriod()
                    .getStartElement()
                    .setValueAsString(today.minusMonths(2).toString());
            provision
                    .getPeriod()
                    .getEndElement()
                    .setValueAsString(today.plusMonths(10).toString());
        }
        provision.getProvision().forEach(Story::inForceToday);
    }

    /** The story's resource that the example calls {@code exampleId} (e.g. "Patient/ssp-ex-maya-student"). */
    public <T extends Resource> T resource(String exampleId, Class<T> type) {
        String urn = urnByExampleId.get(exampleId);
        return transaction.getEntry().stream()
                .filter(e -> e.getFullUrl().equals(urn))
                .map(e -> type.cast(e.getResource()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + exampleId + " in the story"));
    }

    /** Stores the story with one transaction and returns it with the ids the server assigned. */
    public Posted post(ca.uhn.fhir.rest.client.api.IGenericClient client) {
        Bundle response = client.transaction().withBundle(transaction).execute();
        return new Posted(serverIds(response));
    }

    /** The story as stored on a server: copies of its resources that point at the stored ones. */
    public final class Posted {
        private final Map<String, String> serverIds;

        private Posted(Map<String, String> serverIds) {
            this.serverIds = serverIds;
        }

        /** The server id ("Patient/1234") of the story's {@code exampleId}. */
        public String id(String exampleId) {
            String id = serverIds.get(exampleId);
            if (id == null) {
                throw new IllegalArgumentException("No " + exampleId + " in the story");
            }
            return id;
        }

        /**
         * A new, unsaved copy of the story's {@code exampleId} whose references point at the stored story
         * and whose identifiers have new digits: ready to create.
         */
        public <T extends Resource> T copyOf(String exampleId, Class<T> type) {
            T copy = type.cast(resource(exampleId, type).copy());
            FhirTerser terser = FhirClients.FHIR.newTerser();
            for (Reference reference : terser.getAllPopulatedChildElementsOfType(copy, Reference.class)) {
                urnByExampleId.forEach((id, urn) -> {
                    if (urn.equals(reference.getReference())) {
                        reference.setReference(serverIds.get(id));
                    }
                });
            }
            for (Identifier identifier : terser.getAllPopulatedChildElementsOfType(copy, Identifier.class)) {
                identifier.setValue(withNewDigits(identifier.getValue()));
            }
            return copy;
        }
    }

    /** Maps the story's example ids to the ids the server assigned, from a transaction response. */
    public Map<String, String> serverIds(Bundle response) {
        Map<String, String> ids = new HashMap<>();
        ids.put(DISTRICT, urnByExampleId.get(DISTRICT));
        List<BundleEntryComponent> requests = transaction.getEntry();
        for (int i = 0; i < requests.size(); i++) {
            String location = response.getEntry().get(i).getResponse().getLocation();
            String serverId = new org.hl7.fhir.r4.model.IdType(location)
                    .toUnqualifiedVersionless()
                    .getValue();
            String urn = requests.get(i).getFullUrl();
            urnByExampleId.forEach((exampleId, u) -> {
                if (u.equals(urn)) {
                    ids.put(exampleId, serverId);
                }
            });
        }
        return ids;
    }

    /**
     * The server enforces the referral lifecycle: a ReferralTask is created {@code requested} and only its
     * owner moves it on (docs/adr/0006-closed-loop-referrals.md). The example records tasks that are
     * further along (accepted, completed), so the story posts them as they started; tests move them on.
     */
    private static void atStartOfLifecycle(Task task) {
        task.setStatus(Task.TaskStatus.REQUESTED);
        task.setStatusReason(null);
        task.getOutput().clear();
        task.setExecutionPeriod(null);
    }

    private static String withNewDigits(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder fresh = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            fresh.append(
                    Character.isDigit(c)
                            ? (char) ('0' + ThreadLocalRandom.current().nextInt(10))
                            : c);
        }
        return fresh.toString();
    }

    private static Bundle exampleBundle() {
        try (InputStream in = new ClassPathResource(PACKAGE).getInputStream()) {
            NpmPackage npm = NpmPackage.fromPackage(in);
            try (InputStream bundle = npm.load("other", EXAMPLE_BUNDLE)) {
                return FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, bundle);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example story from " + PACKAGE, e);
        }
    }
}
