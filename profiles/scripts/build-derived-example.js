#!/usr/bin/env node
/*
 * Builds the worked "derived profile" example (examples/derived-profile/) against the package
 * this module just assembled - exactly what a state or district would do with our published
 * package:
 *   1. install target/classes/fhir-packages/<name>-<version>.tgz into the FHIR package cache
 *      ($FHIR_HOME/packages/<name>#<version>, FHIR_HOME defaults to ~/.fhir),
 *   2. run SUSHI in examples/derived-profile (its sushi-config.yaml depends on our package).
 * Usage: node scripts/build-derived-example.js <package-file-stem>   (e.g. org.successplan.fhir-0.1.0)
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const stem = process.argv[2] || 'org.successplan.fhir-0.1.0';
const tgz = path.join(root, 'target', 'classes', 'fhir-packages', `${stem}.tgz`);
if (!fs.existsSync(tgz)) {
  console.error(`${tgz} not found: build the package first (mvn -pl profiles process-classes)`);
  process.exit(1);
}
const m = /^(.*)-(\d+\.\d+\.\d+.*)$/.exec(stem);
const cacheDir = path.join(process.env.FHIR_HOME || path.join(os.homedir(), '.fhir'), 'packages', `${m[1]}#${m[2]}`);
fs.rmSync(cacheDir, { recursive: true, force: true });
fs.mkdirSync(cacheDir, { recursive: true });
execFileSync('tar', ['-xzf', tgz, '-C', cacheDir], { stdio: 'inherit' });
console.log(`Installed ${stem} into ${cacheDir}`);

const project = path.join(root, 'examples', 'derived-profile');
fs.rmSync(path.join(project, 'fsh-generated'), { recursive: true, force: true });
const sushi = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'sushi.cmd' : 'sushi');
execFileSync(sushi, ['build', project], { stdio: 'inherit' });
