package org.successplan.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.NamingSystem;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built .tgz is a well-formed FHIR NPM package that HAPI (and other tools) can install. */
class PackageStructureTest {

    private final SspPackage pkg = SspPackage.get();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void packageJson_namesPackageVersionFhirVersionAndCoreDependency() throws IOException {
        JsonNode packageJson = json.readTree(pkg.filesByFolder().get("package").stream()
                .filter(f -> f.name().equals("package.json"))
                .findFirst()
                .orElseThrow()
                .json());

        assertThat(packageJson.path("name").asText()).isEqualTo("org.successplan.fhir");
        assertThat(packageJson.path("version").asText()).isEqualTo(SspPackage.VERSION);
        assertThat(packageJson.path("canonical").asText()).isEqualTo(SspPackage.CANONICAL);
        assertThat(packageJson.path("fhirVersions")).hasSize(1);
        assertThat(packageJson.path("fhirVersions").get(0).asText()).isEqualTo("4.0.1");
        assertThat(packageJson.path("dependencies").path("hl7.fhir.r4.core").asText())
                .isEqualTo("4.0.1");
        assertThat(packageJson.path("dependencies").size()).isEqualTo(1);
    }

    @Test
    void folders_arePackageExampleAndOther_eachWithAnIndexListingExactlyItsFiles() throws IOException {
        assertThat(pkg.filesByFolder().keySet()).containsExactlyInAnyOrder("package", "example", "other");
        for (Map.Entry<String, List<SspPackage.PackageFile>> folder :
                pkg.filesByFolder().entrySet()) {
            SspPackage.PackageFile index = folder.getValue().stream()
                    .filter(f -> f.name().equals(".index.json"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no .index.json in " + folder.getKey()));
            Set<String> indexed = new TreeSet<>();
            json.readTree(index.json())
                    .path("files")
                    .forEach(f -> indexed.add(f.path("filename").asText()));
            Set<String> present = pkg.resourceFiles(folder.getKey()).stream()
                    .map(SspPackage.PackageFile::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(indexed).as(".index.json of %s", folder.getKey()).isEqualTo(present);
        }
    }

    @Test
    void layout_examplesInExample_storyBundleInOther_definitionsInPackage() {
        assertThat(pkg.resourceFiles("package"))
                .allSatisfy(f -> assertThat(f.name()).doesNotContain("-ssp-ex-"));
        assertThat(pkg.resourceFiles("example"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.name()).contains("-ssp-ex-").doesNotStartWith("Bundle-"));
        assertThat(pkg.resourceFiles("other"))
                .extracting(SspPackage.PackageFile::name)
                .containsExactly("Bundle-ssp-ex-maya-bundle.json");
    }

    @Test
    void everyCommittedSushiOutputFile_isInThePackage() throws IOException {
        Path generated = Path.of(System.getProperty("ssp.fsh-generated.dir", "fsh-generated/resources"));
        Set<String> committed;
        try (Stream<Path> files = Files.list(generated)) {
            committed = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> packaged = Stream.of("package", "example", "other")
                .flatMap(folder -> pkg.resourceFiles(folder).stream())
                .map(SspPackage.PackageFile::name)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(packaged).isEqualTo(committed);
    }

    @Test
    void conformanceResources_areActive_versioned_andUnderTheCanonicalBase() {
        for (IBaseResource resource : pkg.conformanceResources()) {
            String what = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
            if (resource instanceof NamingSystem ns) {
                assertThat(ns.getStatus()).as(what).isEqualTo(PublicationStatus.ACTIVE);
                assertThat(ns.getUniqueId())
                        .as(what)
                        .allSatisfy(u -> assertThat(u.getValue()).startsWith(SspPackage.CANONICAL + "/sid/"));
                continue;
            }
            MetadataResource md = (MetadataResource) resource;
            assertThat(md.getStatus()).as("%s status", what).isEqualTo(PublicationStatus.ACTIVE);
            if (md instanceof CodeSystem cs && cs.getContent() == CodeSystem.CodeSystemContentMode.FRAGMENT) {
                // A documented copy of part of an external code system keeps the original's canonical URL.
                assertThat(cs.getUrl()).as(what).doesNotStartWith(SspPackage.CANONICAL);
                continue;
            }
            assertThat(md.getVersion()).as("%s version", what).isEqualTo(SspPackage.VERSION);
            assertThat(md.getUrl())
                    .as("%s url", what)
                    .isEqualTo(SspPackage.CANONICAL + "/" + resource.fhirType() + "/"
                            + resource.getIdElement().getIdPart());
            assertThat(md.getDescription()).as("%s description", what).isNotBlank();
        }
    }

    @Test
    void profileIds_useTheSspPrefix_andEveryProfileHasAnExample() {
        List<StructureDefinition> profiles = profiles();
        assertThat(profiles).hasSize(17);
        Set<String> exampleProfiles = pkg.examples().values().stream()
                .flatMap(r -> ((Resource) r).getMeta().getProfile().stream().map(p -> p.getValue()))
                .collect(Collectors.toSet());

        assertThat(profiles).allSatisfy(sd -> {
            assertThat(sd.getIdElement().getIdPart()).startsWith("ssp-");
            assertThat(sd.getDerivation()).isEqualTo(StructureDefinition.TypeDerivationRule.CONSTRAINT);
            assertThat(sd.getBaseDefinition()).startsWith("http://hl7.org/fhir/StructureDefinition/");
            assertThat(exampleProfiles).as("examples of %s", sd.getUrl()).contains(sd.getUrl());
        });
    }

    @Test
    void examples_useTheStoryIdConvention_andReferenceOnlyResourcesInThePackage() {
        Map<String, IBaseResource> examples = pkg.examples();
        Set<String> ids = new HashSet<>();
        for (IBaseResource r : examples.values()) {
            assertThat(r.getIdElement().getIdPart()).startsWith("ssp-ex-");
            ids.add(r.fhirType() + "/" + r.getIdElement().getIdPart());
        }
        List<String> dangling = new ArrayList<>();
        for (IBaseResource r : examples.values()) {
            for (Reference ref : pkg.fhirContext().newTerser().getAllPopulatedChildElementsOfType(r, Reference.class)) {
                if (ref.hasReference() && !ids.contains(ref.getReference())) {
                    dangling.add(r.getIdElement().getIdPart() + " -> " + ref.getReference());
                }
            }
        }
        assertThat(dangling).as("references to resources outside the package").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conformanceFiles")
    void conformanceResource_isItselfValid(String file, String text) {
        IBaseResource resource = pkg.fhirContext().newJsonParser().parseResource(text);
        if (resource instanceof StructureDefinition sd) {
            // Validate what we author (the differential). The generated snapshot copies R4 core
            // element definitions verbatim, including a core example that is itself invalid
            // (Consent.identifier: urn:ietf:rfc:3986 with value 'Local eCMS identifier').
            sd.setSnapshot(null);
        }
        List<SingleValidationMessage> errors =
                Validators.errors(Validators.ssp().validateWithResult(resource));
        assertThat(errors).as("%s:%s", file, Validators.describe(errors)).isEmpty();
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> conformanceFiles() {
        return SspPackage.get().resourceFiles("package").stream()
                .map(f -> org.junit.jupiter.params.provider.Arguments.of(f.name(), f.json()));
    }

    private List<StructureDefinition> profiles() {
        return pkg.conformanceResources().stream()
                .filter(r -> r instanceof StructureDefinition sd
                        && "resource".equals(sd.getKind().toCode()))
                .map(r -> (StructureDefinition) r)
                .toList();
    }
}
