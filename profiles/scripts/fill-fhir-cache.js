#!/usr/bin/env node
/*
 * Fills SUSHI's FHIR package cache with hl7.fhir.r4.core#4.0.1 built from HL7's
 * hl7.fhir.r4.examples 4.0.1 npm package (devDependency, CC0).
 *
 * Why: there is no FHIR package registry reachable from our build machines, and
 * hl7.fhir.r4.core is not published on npm. hl7.fhir.r4.examples carries every R4
 * conformance resource, so copying those into
 *   $FHIR_HOME/packages/hl7.fhir.r4.core#4.0.1/package      (FHIR_HOME defaults to ~/.fhir)
 * gives SUSHI the core definitions it needs to compile our FSH offline.
 * The resulting ids match HAPI's own R4 definitions. Build-time only.
 *
 * Idempotent: does nothing when the cache already holds a complete copy made by this script.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const CONFORMANCE_TYPES = new Set([
  'StructureDefinition', 'ValueSet', 'CodeSystem', 'SearchParameter', 'OperationDefinition',
  'CapabilityStatement', 'CompartmentDefinition', 'ConceptMap', 'NamingSystem'
]);
const MARKER = '.ssp-filled-from-hl7.fhir.r4.examples';

const src = path.dirname(require.resolve('hl7.fhir.r4.examples/package.json'));
const fhirHome = process.env.FHIR_HOME || path.join(os.homedir(), '.fhir');
const target = path.join(fhirHome, 'packages', 'hl7.fhir.r4.core#4.0.1', 'package');

if (fs.existsSync(path.join(target, MARKER)) && fs.existsSync(path.join(target, '.index.json'))) {
  console.log(`hl7.fhir.r4.core#4.0.1 already in ${target}`);
  process.exit(0);
}
fs.mkdirSync(target, { recursive: true });

const index = [];
for (const name of fs.readdirSync(src).sort()) {
  if (!name.endsWith('.json') || name === 'package.json') continue;
  const resource = JSON.parse(fs.readFileSync(path.join(src, name), 'utf8'));
  if (!CONFORMANCE_TYPES.has(resource.resourceType)) continue;
  if (!resource.id || resource.id.startsWith('example')) continue; // spec examples are not core definitions
  fs.writeFileSync(path.join(target, name), JSON.stringify(resource));
  const entry = { filename: name, resourceType: resource.resourceType, id: resource.id };
  for (const key of ['url', 'version', 'kind', 'type', 'supplements', 'content']) {
    if (resource[key] !== undefined) entry[key] = resource[key];
  }
  if (resource.resourceType === 'StructureDefinition' && resource.derivation) entry.derivation = resource.derivation;
  index.push(entry);
}
fs.writeFileSync(path.join(target, '.index.json'), JSON.stringify({ 'index-version': 1, files: index }));
fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify({
  name: 'hl7.fhir.r4.core',
  version: '4.0.1',
  type: 'Core',
  fhirVersions: ['4.0.1'],
  license: 'CC0-1.0',
  canonical: 'http://hl7.org/fhir',
  url: 'http://hl7.org/fhir/R4',
  title: 'FHIR R4 core definitions (rebuilt offline from hl7.fhir.r4.examples 4.0.1)',
  description: 'Conformance resources of FHIR R4 4.0.1, copied from hl7.fhir.r4.examples for offline SUSHI builds',
  dependencies: {}
}, null, 2));
fs.writeFileSync(path.join(target, MARKER), new Date(0).toISOString());
console.log(`Wrote ${index.length} R4 conformance resources to ${target}`);
