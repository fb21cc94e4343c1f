package org.successplan.server.consent;

import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeSystem.ConceptPropertyComponent;
import org.hl7.fhir.r4.model.Coding;

/**
 * What consent decisions take from the data standard's terminology: which data classes a resource type
 * belongs to ({@code ssp-data-class}, property {@code resource-type}) and the default labels of each need
 * domain ({@code ssp-need-domain}, properties {@code confidentiality} and {@code sensitivity}). Read once
 * from the installed package, on first use.
 */
final class Terminology {

    static final String DATA_CLASS = "http://successplan.org/fhir/CodeSystem/ssp-data-class";
    static final String NEED_DOMAIN = "http://successplan.org/fhir/CodeSystem/ssp-need-domain";

    /** A security label: system and code. */
    record Label(String system, String code) {}

    /** Default labels of a need domain. */
    record DomainLabels(Confidentiality confidentiality, Set<Label> sensitivity) {}

    private final IValidationSupport validationSupport;
    private volatile Map<String, Set<String>> classesByType;
    private volatile Map<String, DomainLabels> labelsByDomain;

    Terminology(IValidationSupport validationSupport) {
        this.validationSupport = validationSupport;
    }

    Set<String> dataClassesOf(String resourceType) {
        return classesByType().getOrDefault(resourceType, Set.of());
    }

    DomainLabels labelsOf(String needDomain) {
        return labelsByDomain().getOrDefault(needDomain, new DomainLabels(Confidentiality.N, Set.of()));
    }

    private Map<String, Set<String>> classesByType() {
        Map<String, Set<String>> map = classesByType;
        if (map == null) {
            map = new HashMap<>();
            for (ConceptDefinitionComponent concept : codeSystem(DATA_CLASS).getConcept()) {
                for (ConceptPropertyComponent property : concept.getProperty()) {
                    if ("resource-type".equals(property.getCode())) {
                        map.computeIfAbsent(property.getValue().primitiveValue(), t -> new LinkedHashSet<>())
                                .add(concept.getCode());
                    }
                }
            }
            classesByType = map;
        }
        return map;
    }

    private Map<String, DomainLabels> labelsByDomain() {
        Map<String, DomainLabels> map = labelsByDomain;
        if (map == null) {
            map = new HashMap<>();
            for (ConceptDefinitionComponent concept : codeSystem(NEED_DOMAIN).getConcept()) {
                Confidentiality confidentiality = Confidentiality.N;
                Set<Label> sensitivity = new LinkedHashSet<>();
                for (ConceptPropertyComponent property : concept.getProperty()) {
                    if ("confidentiality".equals(property.getCode())) {
                        confidentiality = Confidentiality.ofCode(
                                        property.getValue().primitiveValue())
                                .orElse(confidentiality);
                    } else if ("sensitivity".equals(property.getCode())
                            && property.getValue() instanceof Coding coding) {
                        sensitivity.add(new Label(coding.getSystem(), coding.getCode()));
                    }
                }
                map.put(concept.getCode(), new DomainLabels(confidentiality, Set.copyOf(sensitivity)));
            }
            labelsByDomain = map;
        }
        return map;
    }

    private CodeSystem codeSystem(String url) {
        Object found = validationSupport.fetchCodeSystem(url);
        if (!(found instanceof CodeSystem codeSystem)) {
            throw new IllegalStateException(
                    "The code system " + url + " is not installed (package org.successplan.fhir)");
        }
        return codeSystem;
    }
}
