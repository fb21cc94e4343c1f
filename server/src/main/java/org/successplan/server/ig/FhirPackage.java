package org.successplan.server.ig;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.utilities.npm.NpmPackage;

/** One FHIR NPM package as read from its {@code .tgz}: name, version, raw bytes and its conformance resources. */
record FhirPackage(String name, String version, byte[] contents, List<IBaseResource> conformanceResources) {

    /** The resource types a package contributes to the server's conformance layer. */
    static final List<String> CONFORMANCE_TYPES = List.of(
            "StructureDefinition",
            "CodeSystem",
            "ValueSet",
            "ConceptMap",
            "SearchParameter",
            "NamingSystem",
            "ImplementationGuide");

    static FhirPackage read(String location, byte[] contents, FhirContext fhirContext) {
        try {
            NpmPackage npm = NpmPackage.fromPackage(new ByteArrayInputStream(contents));
            List<IBaseResource> resources = new ArrayList<>();
            for (String type : CONFORMANCE_TYPES) {
                for (String file : npm.listResources(type)) {
                    try (InputStream in = npm.loadResource(file)) {
                        resources.add(fhirContext.newJsonParser().parseResource(in));
                    }
                }
            }
            return new FhirPackage(npm.name(), npm.version(), contents, List.copyOf(resources));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the FHIR package at " + location, e);
        }
    }

    String id() {
        return name + "#" + version;
    }

    <T extends IBaseResource> List<T> resourcesOfType(Class<T> type) {
        return conformanceResources.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
