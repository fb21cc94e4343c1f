// Metadata shared by every conformance resource authored as an Instance (ConceptMap,
// SearchParameter, NamingSystem, ImplementationGuide). NamingSystem has no `experimental`,
// so that flag is set per resource type. SUSHI sets these itself for
// Profiles/Extensions/CodeSystems/ValueSets from sushi-config.yaml.
RuleSet: ConformanceMetadata
* status = #active
* publisher = "Success Plan Exchange project"
* contact.name = "Success Plan Exchange project"
* contact.telecom.system = #url
* contact.telecom.value = "http://successplan.org"
* jurisdiction = $iso3166#US "United States of America"

// Terminology resources: case sensitive, complete, not experimental.
RuleSet: CanonicalMetadata
* ^experimental = false
* ^publisher = "Success Plan Exchange project"
* ^contact.name = "Success Plan Exchange project"
* ^contact.telecom.system = #url
* ^contact.telecom.value = "http://successplan.org"
* ^jurisdiction = $iso3166#US "United States of America"

RuleSet: TerminologyMetadata
* insert CanonicalMetadata
* ^caseSensitive = true
* ^content = #complete

// Profile metadata: every profile is a stable, non-experimental definition.
RuleSet: ProfileMetadata
* insert CanonicalMetadata
* ^purpose = "Part of the Success Plan Exchange data standard: see http://successplan.org/fhir for the narrative."
