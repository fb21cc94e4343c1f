package org.successplan.server.ig;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hl7.fhir.r4.model.ImplementationGuide;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/** The FHIR packages this server installs and enforces, read once at start-up. */
final class FhirPackages {

    private final List<FhirPackage> packages;

    private FhirPackages(List<FhirPackage> packages) {
        this.packages = packages;
    }

    static FhirPackages load(List<String> locations, ResourcePatternResolver resolver, FhirContext fhirContext) {
        List<FhirPackage> packages = new ArrayList<>();
        for (String location : locations) {
            for (Resource resource : resolve(resolver, location)) {
                try (InputStream in = resource.getInputStream()) {
                    packages.add(FhirPackage.read(resource.getDescription(), in.readAllBytes(), fhirContext));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read FHIR package " + resource.getDescription(), e);
                }
            }
        }
        if (packages.isEmpty()) {
            throw new IllegalStateException("No FHIR package found at " + locations + " (ssp.ig.packages)");
        }
        packages.sort(Comparator.comparing(FhirPackage::id));
        return new FhirPackages(List.copyOf(packages));
    }

    private static Resource[] resolve(ResourcePatternResolver resolver, String location) {
        try {
            return resolver.getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list FHIR packages at " + location, e);
        }
    }

    List<FhirPackage> all() {
        return packages;
    }

    ProfileCatalog profileCatalog() {
        return ProfileCatalog.of(packages.stream()
                .flatMap(p -> p.resourcesOfType(StructureDefinition.class).stream())
                .toList());
    }

    /** Canonical URLs of every conformance resource the packages install (R4 NamingSystems have none). */
    List<String> canonicalUrls() {
        return packages.stream()
                .flatMap(p -> p.resourcesOfType(MetadataResource.class).stream())
                .map(MetadataResource::getUrl)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    List<ImplementationGuide> implementationGuides() {
        return packages.stream()
                .flatMap(p -> p.resourcesOfType(ImplementationGuide.class).stream())
                .toList();
    }
}
