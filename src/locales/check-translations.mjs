#!/usr/bin/env node
/**
 * Fails (exit 1) when a translation is missing or stale, without touching the tree: extracts the
 * messages of the covered files (src/locales/lit-localize.json) into a temporary copy of the XLIFF
 * files, then checks that every message has a <target> in every language, and that the built
 * module (src/locales/generated/<lang>.ts) holds exactly those messages.
 * Run by `npm run locales:check` and by src/locales/translations.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const config = JSON.parse(readFileSync(join(here, 'lit-localize.json'), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'formhold-locales-'));
const problems = [];
try {
  cpSync(join(here, config.interchange.xliffDir), join(tmp, 'xliff'), { recursive: true });
  const tmpConfig = {
    ...config,
    $schema: undefined,
    inputFiles: config.inputFiles.map((f) => resolve(here, f)),
    output: { ...config.output, outputDir: join(tmp, 'out'), localeCodesModule: join(tmp, 'out', 'locale-codes.ts') },
    interchange: { ...config.interchange, xliffDir: join(tmp, 'xliff') },
  };
  writeFileSync(join(tmp, 'lit-localize.json'), JSON.stringify(tmpConfig));
  const bin = resolve(here, '../../node_modules/@lit/localize-tools/bin/lit-localize.js');
  execFileSync(process.execPath, [bin, 'extract', '--config', join(tmp, 'lit-localize.json')], { stdio: 'pipe' });

  for (const lang of config.targetLocales) {
    const xliff = readFileSync(join(tmp, 'xliff', `${lang}.xlf`), 'utf8');
    const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
    const ids = new Set(units.map((u) => u[1]));
    for (const [, id, body] of units) {
      if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) {
        const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
        problems.push(`${lang}: no translation for ${id} "${source}" (add a <target> in src/locales/xliff/${lang}.xlf)`);
      }
    }
    const built = readFileSync(join(here, config.output.outputDir, `${lang}.ts`), 'utf8');
    const builtIds = new Set([...built.matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1]));
    for (const id of ids) if (!builtIds.has(id)) problems.push(`${lang}: ${id} is not in generated/${lang}.ts (run npm run locales:build)`);
    for (const id of builtIds) if (!ids.has(id)) problems.push(`${lang}: generated/${lang}.ts has ${id}, which no covered file uses (run npm run locales:build)`);
    console.log(`${lang}: ${ids.size} messages checked`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
