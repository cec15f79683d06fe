#!/usr/bin/env node
// node tests/accuracy/make-variants.mjs OUT_DIR
// Other cameras, simulated: every labelled real photo as a low-resolution greyscale copy (240 px
// wide), a mirrored copy and a dark, flat copy (480 px), with the same labels, laid out as a
// fixtures folder. `npm run accuracy -- --real --fixtures OUT_DIR` then measures how the verdicts
// hold up on pictures the development photos do not look like (needs ffmpeg).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIX } from './fixtures.mjs';

const out = resolve(process.argv[2] ?? 'accuracy-variants');
const VARIANTS = { grey240: 'scale=240:-2,format=gray', flip: 'hflip', dark: 'eq=brightness=-0.25:contrast=0.7,scale=480:-2' };
mkdirSync(resolve(out, 'synthetic', 'images'), { recursive: true });
writeFileSync(resolve(out, 'synthetic', 'images', 'manifest.json'), JSON.stringify({ items: [] }));
let n = 0;
for (const dir of ['photos', 'photos/real-dev']) {
  mkdirSync(resolve(out, dir), { recursive: true });
  const labels = JSON.parse(readFileSync(resolve(FIX, dir, 'labels.json'), 'utf8'));
  const items = [];
  for (const item of labels.items) {
    for (const [name, filter] of Object.entries(VARIANTS)) {
      const file = `${name}__${item.file}`;
      execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', resolve(FIX, dir, item.file), '-vf', filter, '-q:v', '8', resolve(out, dir, file)]);
      items.push({ ...item, file });
      n++;
    }
  }
  writeFileSync(resolve(out, dir, 'labels.json'), JSON.stringify({ about: `${labels.about ?? ''} Variants made by tests/accuracy/make-variants.mjs.`, items }, null, 1));
}
console.log(`${n} variant photos in ${out}; measure them with: npm run accuracy -- --real --fixtures ${out}`);
