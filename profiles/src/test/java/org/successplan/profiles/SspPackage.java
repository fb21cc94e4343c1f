package org.successplan.profiles;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * The built FHIR package, read from the test classpath exactly as the server and other consumers
 * read it (the .tgz assembled into target/classes/fhir-packages before surefire runs). Loaded once
 * per JVM.
 */
final class SspPackage {

    static final String CANONICAL = "http://successplan.org/fhir";
    static final String NAME = System.getProperty("ssp.package.name", "org.successplan.fhir");
    static final String VERSION = System.getProperty("ssp.package.version", "0.1.0");
    static final String CLASSPATH_LOCATION =
            System.getProperty("ssp.package.classpath", "classpath:/fhir-packages/" + NAME + "-" + VERSION + ".tgz");

    /** One file of the package: folder ("package", "example", "other"), file name and text. */
    record PackageFile(String folder, String name, String json) {}

    private static SspPackage instance;

    private final FhirContext ctx = FhirContext.forR4Cached();
    private final NpmPackage npm;
    private final Map<String, List<PackageFile>> filesByFolder = new TreeMap<>();

    private SspPackage() {
        String resource = CLASSPATH_LOCATION.substring("classpath:".length());
        try (InputStream in = SspPackage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("FHIR package not on the test classpath: " + CLASSPATH_LOCATION
                        + " (run the Maven build: the tgz is assembled in process-classes)");
            }
            npm = NpmPackage.fromPackage(in);
            for (Map.Entry<String, NpmPackage.NpmPackageFolder> folder :
                    npm.getFolders().entrySet()) {
                List<PackageFile> files = new ArrayList<>();
                for (Map.Entry<String, byte[]> file :
                        new TreeMap<>(folder.getValue().getContent()).entrySet()) {
                    files.add(new PackageFile(
                            folder.getKey(), file.getKey(), new String(file.getValue(), StandardCharsets.UTF_8)));
                }
                filesByFolder.put(folder.getKey(), Collections.unmodifiableList(files));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized SspPackage get() {
        if (instance == null) {
            instance = new SspPackage();
        }
        return instance;
    }

    FhirContext fhirContext() {
        return ctx;
    }

    NpmPackage npm() {
        return npm;
    }

    Map<String, List<PackageFile>> filesByFolder() {
        return filesByFolder;
    }

    /** The resource files (not package.json / .index.json) of one folder. */
    List<PackageFile> resourceFiles(String folder) {
        return filesByFolder.getOrDefault(folder, List.of()).stream()
                .filter(f -> f.name().endsWith(".json"))
                .filter(f -> !f.name().equals("package.json") && !f.name().startsWith("."))
                .toList();
    }

    /** Conformance resources (package/ folder), parsed. */
    List<IBaseResource> conformanceResources() {
        return parse(resourceFiles("package"));
    }

    /** Example resources (package/example/), parsed, keyed by file name. */
    Map<String, IBaseResource> examples() {
        Map<String, IBaseResource> result = new LinkedHashMap<>();
        for (PackageFile f : resourceFiles("example")) {
            result.put(f.name(), ctx.newJsonParser().parseResource(f.json()));
        }
        return result;
    }

    private List<IBaseResource> parse(List<PackageFile> files) {
        return files.stream()
                .map(f -> (IBaseResource) ctx.newJsonParser().parseResource(f.json()))
                .toList();
    }
}
