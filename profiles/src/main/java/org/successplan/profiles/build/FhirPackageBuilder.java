package org.successplan.profiles.build;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Lays out the FHIR NPM package from SUSHI's output, at build time, without node.
 *
 * <p>Input: the committed {@code fsh-generated/resources/*.json} and the filtered
 * {@code package.json}. Output (then archived as the .tgz by maven-assembly-plugin):
 *
 * <pre>
 * package/package.json, package/.index.json      conformance resources (profiles, extensions,
 *                                                code systems, value sets, concept maps, ...)
 * package/example/...,  package/example/.index.json   every resource whose id starts "ssp-ex-"
 * package/other/...,    package/other/.index.json     the story transaction Bundle (POST it to a
 *                                                server; it cannot be stored as a resource)
 * </pre>
 *
 * <p>SUSHI writes differential-only StructureDefinitions. This builder adds the snapshot (HAPI's
 * snapshot generator over FHIR R4 core and the package itself) because other tools need it:
 * SUSHI refuses to derive a profile from a parent without a snapshot, and validators that do not
 * generate snapshots cannot use differential-only profiles.
 *
 * <p>Output is deterministic (files sorted, JSON re-encoded by one parser), so the .tgz is
 * byte-identical across builds.
 */
public final class FhirPackageBuilder {

    /** Id prefix of example instances (CONVENTIONS.md: ssp-ex-&lt;story&gt;-&lt;thing&gt;). */
    public static final String EXAMPLE_ID_PREFIX = "ssp-ex-";

    private final FhirContext ctx = FhirContext.forR4();
    private final IParser parser = ctx.newJsonParser().setPrettyPrint(true);

    private FhirPackageBuilder() {}

    /** Args: source dir (fsh-generated/resources), package.json (filtered), output dir. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: FhirPackageBuilder <sourceDir> <package.json> <outputDir>");
        }
        new FhirPackageBuilder().build(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    }

    /** Folder of the package a resource belongs in: "package", "example" or "other". */
    public static String folderFor(IBaseResource resource) {
        String id = resource.getIdElement().getIdPart();
        if (id == null || !id.startsWith(EXAMPLE_ID_PREFIX)) {
            return "package";
        }
        return "Bundle".equals(resource.fhirType()) ? "other" : "example";
    }

    void build(Path sourceDir, Path packageJson, Path outputDir) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(sourceDir)) {
            sources = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        Map<Path, IBaseResource> resources = new LinkedHashMap<>();
        for (Path source : sources) {
            resources.put(source, parser.parseResource(Files.readString(source, StandardCharsets.UTF_8)));
        }

        deleteRecursively(outputDir);
        Path root = outputDir.resolve("package");
        Files.createDirectories(root);
        Files.copy(packageJson, root.resolve("package.json"));

        ValidationSupportChain support = snapshotSupport(resources.values());
        Map<String, List<Map<String, String>>> index = new LinkedHashMap<>();
        index.put("package", new ArrayList<>());
        index.put("example", new ArrayList<>());
        index.put("other", new ArrayList<>());
        int snapshots = 0;
        for (Map.Entry<Path, IBaseResource> entry : resources.entrySet()) {
            IBaseResource resource = entry.getValue();
            String fileName = entry.getKey().getFileName().toString();
            String folder = folderFor(resource);
            Path dir = folder.equals("package") ? root : root.resolve(folder);
            Files.createDirectories(dir);
            if (resource instanceof StructureDefinition sd && !sd.hasSnapshot()) {
                resource = withSnapshot(support, sd);
                snapshots++;
            }
            Files.writeString(dir.resolve(fileName), parser.encodeResourceToString(resource) + "\n");
            index.get(folder).add(indexEntry(fileName, resource));
        }
        for (Map.Entry<String, List<Map<String, String>>> folder : index.entrySet()) {
            Path dir = folder.getKey().equals("package") ? root : root.resolve(folder.getKey());
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(".index.json"), indexJson(folder.getValue()));
        }
        System.out.printf(
                "FHIR package laid out in %s: %d conformance, %d example, %d other resources; %d snapshots generated%n",
                outputDir,
                index.get("package").size(),
                index.get("example").size(),
                index.get("other").size(),
                snapshots);
    }

    private ValidationSupportChain snapshotSupport(Iterable<IBaseResource> resources) {
        PrePopulatedValidationSupport own = new PrePopulatedValidationSupport(ctx);
        for (IBaseResource r : resources) {
            if (r instanceof StructureDefinition sd) {
                own.addStructureDefinition(sd);
            } else if (r instanceof ValueSet vs) {
                own.addValueSet(vs);
            } else if (r instanceof CodeSystem cs) {
                own.addCodeSystem(cs);
            }
        }
        return new ValidationSupportChain(
                own,
                new DefaultProfileValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx));
    }

    private static StructureDefinition withSnapshot(ValidationSupportChain support, StructureDefinition sd) {
        IBaseResource generated = support.generateSnapshot(
                new ValidationSupportContext(support), sd.copy(), sd.getUrl(), null, sd.getName());
        if (!(generated instanceof StructureDefinition withSnapshot) || !withSnapshot.hasSnapshot()) {
            throw new IllegalStateException("Could not generate a snapshot for " + sd.getUrl());
        }
        return withSnapshot;
    }

    private static Map<String, String> indexEntry(String fileName, IBaseResource resource) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("filename", fileName);
        entry.put("resourceType", resource.fhirType());
        entry.put("id", resource.getIdElement().getIdPart());
        if (resource instanceof org.hl7.fhir.r4.model.MetadataResource md) {
            if (md.hasUrl()) {
                entry.put("url", md.getUrl());
            }
            if (md.hasVersion()) {
                entry.put("version", md.getVersion());
            }
        }
        if (resource instanceof StructureDefinition sd) {
            entry.put("kind", sd.getKind().toCode());
            entry.put("type", sd.getType());
            if (sd.hasDerivation()) {
                entry.put("derivation", sd.getDerivation().toCode());
            }
        }
        if (resource instanceof CodeSystem cs && cs.hasContent()) {
            entry.put("content", cs.getContent().toCode());
        }
        return entry;
    }

    private static String indexJson(List<Map<String, String>> files) {
        StringBuilder json = new StringBuilder("{\n  \"index-version\": 1,\n  \"files\": [");
        for (int i = 0; i < files.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n").append("    {");
            int j = 0;
            for (Map.Entry<String, String> field : files.get(i).entrySet()) {
                json.append(j++ == 0 ? "" : ", ")
                        .append(quote(field.getKey()))
                        .append(": ")
                        .append(quote(field.getValue()));
            }
            json.append("}");
        }
        return json.append(files.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
