package org.successplan.profiles;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.NamingSystem;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.SearchParameter;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Renders the generated part of the implementation guide from the built package: one Markdown
 * page per profile and extension (key elements with cardinality, types, must-support, bindings
 * and the reason for each constraint; invariants; examples), an index, and a terminology
 * reference (code systems with their codes, value sets, concept maps, naming systems and search
 * parameters). Output is deterministic so that a freshness check can compare it with the
 * committed pages.
 */
final class ProfilePages {

    static final String REGENERATE_HINT = "mvn -pl profiles test -Dtest=ProfilePagesTest -Dssp.regenerate-pages=true";

    private final SspPackage pkg;
    private final IValidationSupport support;
    private final Map<String, StructureDefinition> sdsByUrl = new TreeMap<>();
    private final Map<String, ValueSet> valueSetsByUrl = new TreeMap<>();
    private final Map<String, CodeSystem> codeSystemsByUrl = new TreeMap<>();
    private final List<ConceptMap> conceptMaps = new ArrayList<>();
    private final List<NamingSystem> namingSystems = new ArrayList<>();
    private final List<SearchParameter> searchParameters = new ArrayList<>();

    ProfilePages(SspPackage pkg, IValidationSupport support) {
        this.pkg = pkg;
        this.support = support;
        for (IBaseResource r : pkg.conformanceResources()) {
            if (r instanceof StructureDefinition sd) {
                sdsByUrl.put(sd.getUrl(), sd);
            } else if (r instanceof ValueSet vs) {
                valueSetsByUrl.put(vs.getUrl(), vs);
            } else if (r instanceof CodeSystem cs) {
                codeSystemsByUrl.put(cs.getUrl(), cs);
            } else if (r instanceof ConceptMap cm) {
                conceptMaps.add(cm);
            } else if (r instanceof NamingSystem ns) {
                namingSystems.add(ns);
            } else if (r instanceof SearchParameter sp) {
                searchParameters.add(sp);
            }
        }
        conceptMaps.sort(Comparator.comparing(ConceptMap::getUrl));
        namingSystems.sort(Comparator.comparing(NamingSystem::getName));
        searchParameters.sort(Comparator.comparing(SearchParameter::getUrl));
    }

    /** File name (relative to implementation-guide/profiles/) to content. */
    Map<String, String> render() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index.md", index());
        for (StructureDefinition sd : sdsByUrl.values()) {
            pages.put(sd.getIdElement().getIdPart() + ".md", page(sd));
        }
        pages.put("terminology.md", terminology());
        return pages;
    }

    // ---------------------------------------------------------------- index

    private String index() {
        StringBuilder md = header("Profiles and extensions");
        md.append("Every profile and extension in the `")
                .append(SspPackage.NAME)
                .append("` ")
                .append(SspPackage.VERSION)
                .append(" package. Canonical base: `")
                .append(SspPackage.CANONICAL)
                .append("`. Terminology: [terminology.md](terminology.md).\n\n");
        md.append("## Profiles\n\n| Profile | Id | Base | Description |\n|---|---|---|---|\n");
        for (StructureDefinition sd : profiles()) {
            md.append("| [")
                    .append(sd.getTitle())
                    .append("](")
                    .append(sd.getIdElement().getIdPart())
                    .append(".md) | `")
                    .append(sd.getIdElement().getIdPart())
                    .append("` | ")
                    .append(sd.getType())
                    .append(" | ")
                    .append(cell(firstSentence(sd.getDescription())))
                    .append(" |\n");
        }
        md.append("\n## Extensions\n\n| Extension | Id | Context | Description |\n|---|---|---|---|\n");
        for (StructureDefinition sd : extensions()) {
            md.append("| [")
                    .append(sd.getTitle())
                    .append("](")
                    .append(sd.getIdElement().getIdPart())
                    .append(".md) | `")
                    .append(sd.getIdElement().getIdPart())
                    .append("` | ")
                    .append(sd.getContext().stream().map(c -> c.getExpression()).collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(cell(firstSentence(sd.getDescription())))
                    .append(" |\n");
        }
        return md.toString();
    }

    // ---------------------------------------------------------------- one profile / extension

    private String page(StructureDefinition sd) {
        boolean extension = "Extension".equals(sd.getType());
        StringBuilder md = header(sd.getTitle() + " (`" + sd.getIdElement().getIdPart() + "`)");
        md.append("| | |\n|---|---|\n");
        md.append("| Canonical URL | `").append(sd.getUrl()).append("` |\n");
        md.append("| Version | ").append(sd.getVersion()).append(" |\n");
        md.append("| Status | ").append(sd.getStatus().toCode()).append(" |\n");
        md.append("| ")
                .append(extension ? "Kind" : "Base resource")
                .append(" | ")
                .append(extension ? "Extension" : "[" + sd.getType() + "](" + coreTypeLink(sd.getType()) + ")")
                .append(" (parent `")
                .append(sd.getBaseDefinition())
                .append("`) |\n");
        if (extension) {
            md.append("| Context | ")
                    .append(sd.getContext().stream()
                            .map(c -> "`" + c.getExpression() + "`")
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        md.append("\n").append(sd.getDescription().strip()).append("\n\n");

        StructureDefinition snapshot = withSnapshot(sd);
        Set<String> constrained = sd.getDifferential().getElement().stream()
                .map(ElementDefinition::getId)
                .collect(Collectors.toSet());
        Map<String, ElementDefinition> diffById = sd.getDifferential().getElement().stream()
                .collect(Collectors.toMap(ElementDefinition::getId, e -> e, (a, b) -> a));

        md.append("## Key elements\n\n");
        md.append("Elements this ")
                .append(extension ? "extension" : "profile")
                .append(" constrains or marks **must support** (MS). Cardinality and types are from the snapshot;"
                        + " elements not listed keep the definition of the base resource.\n\n");
        md.append("| Element | Card. | Type | MS | Binding / fixed value | Why |\n|---|---|---|---|---|---|\n");
        String root = sd.getType();
        for (ElementDefinition e : snapshot.getSnapshot().getElement()) {
            if (e.getId().equals(root) || !(e.getMustSupport() || constrained.contains(e.getId()))) {
                continue;
            }
            if (e.getMax().equals("0") && !constrained.contains(e.getId())) {
                continue;
            }
            ElementDefinition diff = diffById.get(e.getId());
            md.append("| `")
                    .append(e.getId().substring(root.length() + 1))
                    .append("` | ")
                    .append(e.getMin())
                    .append("..")
                    .append(e.getMax())
                    .append(" | ")
                    .append(types(e))
                    .append(" | ")
                    .append(e.getMustSupport() ? "MS" : "")
                    .append(" | ")
                    .append(bindingOrValue(e))
                    .append(" | ")
                    .append(cell(why(diff)))
                    .append(" |\n");
        }

        List<ElementDefinition.ElementDefinitionConstraintComponent> invariants = new ArrayList<>();
        for (ElementDefinition e : sd.getDifferential().getElement()) {
            invariants.addAll(e.getConstraint());
        }
        if (!invariants.isEmpty()) {
            md.append("\n## Invariants\n\n| Key | Severity | Rule | FHIRPath |\n|---|---|---|---|\n");
            for (ElementDefinition e : sd.getDifferential().getElement()) {
                for (ElementDefinition.ElementDefinitionConstraintComponent c : e.getConstraint()) {
                    md.append("| `")
                            .append(c.getKey())
                            .append("` | ")
                            .append(c.getSeverity().toCode())
                            .append(" | ")
                            .append(cell(c.getHuman()))
                            .append(e.getId().equals(root) ? "" : " (on `" + e.getId() + "`)")
                            .append(" | `")
                            .append(cell(c.getExpression()))
                            .append("` |\n");
                }
            }
        }

        List<String> examples = examplesOf(sd.getUrl());
        md.append("\n## Examples\n\n");
        if (examples.isEmpty()) {
            md.append(extension ? "See the examples of the profiles that use this extension.\n" : "None.\n");
        } else {
            examples.forEach(x -> md.append("- `").append(x).append("`\n"));
        }
        return md.toString();
    }

    private StructureDefinition withSnapshot(StructureDefinition sd) {
        IBaseResource generated = support.generateSnapshot(
                new ValidationSupportContext(support), sd.copy(), sd.getUrl(), null, sd.getName());
        if (!(generated instanceof StructureDefinition snapshot) || !snapshot.hasSnapshot()) {
            throw new IllegalStateException("No snapshot generated for " + sd.getUrl());
        }
        return snapshot;
    }

    private String types(ElementDefinition e) {
        if (!e.hasType()) {
            return e.hasContentReference() ? "see `" + e.getContentReference() + "`" : "";
        }
        List<String> out = new ArrayList<>();
        for (ElementDefinition.TypeRefComponent t : e.getType()) {
            List<String> targets = new ArrayList<>();
            for (CanonicalType p : t.getTargetProfile()) {
                targets.add(profileName(p.getValue()));
            }
            for (CanonicalType p : t.getProfile()) {
                targets.add(profileName(p.getValue()));
            }
            out.add(targets.isEmpty() ? t.getCode() : t.getCode() + "(" + String.join(" \\| ", targets) + ")");
        }
        return String.join(", ", out);
    }

    private String profileName(String url) {
        StructureDefinition ours = sdsByUrl.get(url);
        if (ours != null) {
            return "[" + ours.getTitle() + "](" + ours.getIdElement().getIdPart() + ".md)";
        }
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private String bindingOrValue(ElementDefinition e) {
        List<String> parts = new ArrayList<>();
        if (e.hasBinding() && e.getBinding().hasValueSet()) {
            parts.add(e.getBinding().getStrength().toCode() + ": "
                    + valueSetLink(e.getBinding().getValueSet()));
        }
        if (e.hasFixed()) {
            parts.add("fixed " + value(e.getFixed()));
        }
        if (e.hasPattern()) {
            parts.add("pattern " + value(e.getPattern()));
        }
        return String.join("; ", parts);
    }

    private String valueSetLink(String canonical) {
        String url = canonical.contains("|") ? canonical.substring(0, canonical.indexOf('|')) : canonical;
        ValueSet ours = valueSetsByUrl.get(url);
        if (ours != null) {
            return "[" + ours.getTitle() + "](terminology.md#"
                    + anchor("valueset-" + ours.getIdElement().getIdPart()) + ")";
        }
        if (url.startsWith("http://hl7.org/fhir/ValueSet/")) {
            String id = url.substring("http://hl7.org/fhir/ValueSet/".length());
            return "[" + id + "](https://hl7.org/fhir/R4/valueset-" + id + ".html)";
        }
        return "`" + url + "`";
    }

    private static String value(Type value) {
        if (value instanceof org.hl7.fhir.r4.model.CodeableConcept cc) {
            return cc.getCoding().stream().map(ProfilePages::coding).collect(Collectors.joining(", "));
        }
        if (value instanceof org.hl7.fhir.r4.model.Coding c) {
            return coding(c);
        }
        if (value instanceof org.hl7.fhir.r4.model.PrimitiveType<?> p) {
            return "`" + cell(p.getValueAsString()) + "`";
        }
        return "`" + value.fhirType() + "`";
    }

    private static String coding(org.hl7.fhir.r4.model.Coding c) {
        return "`" + c.getSystem() + "#" + c.getCode() + "`";
    }

    private static String why(ElementDefinition diff) {
        if (diff == null) {
            return "";
        }
        if (diff.hasRequirements()) {
            return diff.getRequirements();
        }
        if (diff.hasComment()) {
            return diff.getComment();
        }
        return diff.hasShort() ? diff.getShort() : "";
    }

    private List<String> examplesOf(String profileUrl) {
        List<String> out = new ArrayList<>();
        for (IBaseResource r : pkg.examples().values()) {
            boolean declares =
                    ((Resource) r).getMeta().getProfile().stream().anyMatch(p -> profileUrl.equals(p.getValue()));
            if (declares) {
                out.add(r.fhirType() + "/" + r.getIdElement().getIdPart());
            }
        }
        out.sort(String::compareTo);
        return out;
    }

    // ---------------------------------------------------------------- terminology

    private String terminology() {
        StringBuilder md = header("Terminology reference");
        md.append("Code systems, value sets, concept maps, identifier systems and search parameters of the `")
                .append(SspPackage.NAME)
                .append("` ")
                .append(SspPackage.VERSION)
                .append(" package. The narrative is in [../terminology.md](../terminology.md).\n\n");

        md.append("## Code systems\n\n");
        for (CodeSystem cs : codeSystemsByUrl.values()) {
            md.append("<a id=\"")
                    .append(anchor("codesystem-" + cs.getIdElement().getIdPart()))
                    .append("\"></a>\n\n### ")
                    .append(cs.getTitle())
                    .append("\n\n");
            md.append("`")
                    .append(cs.getUrl())
                    .append("` (content: ")
                    .append(cs.getContent().toCode())
                    .append(")\n\n");
            md.append(cs.getDescription().strip()).append("\n\n");
            md.append("| Code | Display | Definition |\n|---|---|---|\n");
            appendConcepts(md, cs.getConcept(), 0);
            md.append("\n");
        }

        md.append("## Value sets\n\n");
        for (ValueSet vs : valueSetsByUrl.values()) {
            md.append("<a id=\"")
                    .append(anchor("valueset-" + vs.getIdElement().getIdPart()))
                    .append("\"></a>\n\n### ")
                    .append(vs.getTitle())
                    .append("\n\n");
            md.append("`").append(vs.getUrl()).append("`\n\n");
            md.append(vs.getDescription().strip()).append("\n\n");
            for (ValueSet.ConceptSetComponent inc : vs.getCompose().getInclude()) {
                md.append("- include ");
                if (inc.hasConcept()) {
                    md.append(inc.getConcept().stream()
                            .map(c -> "`" + c.getCode() + "`")
                            .collect(Collectors.joining(", ")));
                    md.append(" from `").append(inc.getSystem()).append("`");
                } else {
                    md.append("all codes");
                    if (inc.hasFilter()) {
                        md.append(" where ")
                                .append(inc.getFilter().stream()
                                        .map(f -> f.getProperty() + " "
                                                + f.getOp().toCode() + " " + f.getValue())
                                        .collect(Collectors.joining(" and ")));
                    }
                    md.append(" from `").append(inc.getSystem()).append("`");
                }
                md.append("\n");
            }
            for (ValueSet.ConceptSetComponent exc : vs.getCompose().getExclude()) {
                md.append("- exclude ")
                        .append(exc.getConcept().stream()
                                .map(c -> "`" + c.getCode() + "`")
                                .collect(Collectors.joining(", ")))
                        .append(" from `")
                        .append(exc.getSystem())
                        .append("`\n");
            }
            md.append("\n");
        }

        md.append("## Concept maps\n\n");
        for (ConceptMap cm : conceptMaps) {
            md.append("### ").append(cm.getTitle()).append("\n\n");
            md.append("`")
                    .append(cm.getUrl())
                    .append("`\n\n")
                    .append(cm.getDescription().strip())
                    .append("\n\n");
            md.append(
                    "| Need domain | Target system | Target code | Relationship | Comment |\n|---|---|---|---|---|\n");
            for (ConceptMap.ConceptMapGroupComponent g : cm.getGroup()) {
                for (ConceptMap.SourceElementComponent el : g.getElement()) {
                    for (ConceptMap.TargetElementComponent t : el.getTarget()) {
                        md.append("| `")
                                .append(el.getCode())
                                .append("` | `")
                                .append(g.getTarget())
                                .append("` | ")
                                .append(t.hasCode() ? "`" + t.getCode() + "`" : "")
                                .append(" | ")
                                .append(t.getEquivalence().toCode())
                                .append(" | ")
                                .append(cell(t.getComment()))
                                .append(" |\n");
                    }
                }
            }
            md.append("\n");
        }

        md.append("## Identifier systems (NamingSystem)\n\n| Name | System URI | Description |\n|---|---|---|\n");
        for (NamingSystem ns : namingSystems) {
            md.append("| ")
                    .append(ns.getName())
                    .append(" | `")
                    .append(ns.getUniqueIdFirstRep().getValue())
                    .append("` | ")
                    .append(cell(ns.getDescription()))
                    .append(" |\n");
        }

        md.append(
                "\n## Search parameters\n\nCustom parameters only; need-domain and tier searches use the core `category`"
                        + " parameters.\n\n| Code | Resource | Type | Expression | Description |\n|---|---|---|---|---|\n");
        for (SearchParameter sp : searchParameters) {
            md.append("| `")
                    .append(sp.getCode())
                    .append("` | ")
                    .append(sp.getBase().stream().map(b -> b.getValue()).collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(sp.getType().toCode())
                    .append(" | `")
                    .append(cell(sp.getExpression()))
                    .append("` | ")
                    .append(cell(sp.getDescription()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private void appendConcepts(StringBuilder md, List<CodeSystem.ConceptDefinitionComponent> concepts, int depth) {
        for (CodeSystem.ConceptDefinitionComponent c : concepts) {
            md.append("| ")
                    .append("&nbsp;&nbsp;".repeat(depth))
                    .append("`")
                    .append(c.getCode())
                    .append("` | ")
                    .append(cell(c.getDisplay()))
                    .append(" | ")
                    .append(cell(c.getDefinition()))
                    .append(" |\n");
            appendConcepts(md, c.getConcept(), depth + 1);
        }
    }

    // ---------------------------------------------------------------- helpers

    private List<StructureDefinition> profiles() {
        return sdsByUrl.values().stream()
                .filter(sd -> !"Extension".equals(sd.getType()))
                .sorted(Comparator.comparing(StructureDefinition::getTitle))
                .toList();
    }

    private List<StructureDefinition> extensions() {
        return sdsByUrl.values().stream()
                .filter(sd -> "Extension".equals(sd.getType()))
                .sorted(Comparator.comparing(StructureDefinition::getTitle))
                .toList();
    }

    private static StringBuilder header(String title) {
        return new StringBuilder()
                .append("<!-- GENERATED from the FHIR package by ProfilePagesTest - do not edit.\n")
                .append("     Change the FSH in profiles/input/fsh, then run: ")
                .append(REGENERATE_HINT)
                .append(" -->\n\n# ")
                .append(title)
                .append("\n\n");
    }

    private static String coreTypeLink(String type) {
        return "https://hl7.org/fhir/R4/" + type.toLowerCase() + ".html";
    }

    private static String firstSentence(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        int dot = flat.indexOf(". ");
        return dot < 0 ? flat : flat.substring(0, dot + 1);
    }

    private static String anchor(String s) {
        return s.toLowerCase().replaceAll("[^a-z0-9-]", "-");
    }

    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        return s.strip().replaceAll("\\s+", " ").replace("|", "\\|");
    }
}
