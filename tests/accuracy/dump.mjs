#!/usr/bin/env node
// node tests/accuracy/dump.mjs --models a,b [--fixtures DIR] > out.jsonl
// One JSON line per (still or labelled real photo, model): the analyser's frame report with
// keypoints, beside the ground truth or labels. Raw material for calibration tables (the
// distributions of readings on straight and bent knees per model and posture, view ratios).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAnalyzer } from '../../src/cli/analyze-runner.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const FIX = resolve(arg('fixtures', resolve(here, '..', 'fixtures')));
const models = arg('models', 'movenet-lightning,blazepose-full,movenet-thunder').split(',');
const manifest = JSON.parse(readFileSync(resolve(FIX, 'synthetic', 'images', 'manifest.json'), 'utf8'));
const photos = ['photos', 'photos/real-dev'].flatMap((dir) =>
  JSON.parse(readFileSync(resolve(FIX, dir, 'labels.json'), 'utf8')).items.map((item) => ({ ...item, path: resolve(FIX, dir, item.file) })),
);
const analyzer = await startAnalyzer();
try {
  for (const model of models) {
    for (const item of manifest.items) {
      const stretch = item.stretch === 'none' ? 'standing-toe-touch' : item.stretch;
      const r = await analyzer.analyze(resolve(FIX, 'synthetic', 'images', item.file), { stretch, ...(item.workingSide ? { side: item.workingSide } : {}), model, turn: 'auto', keypoints: true });
      const { keypoints2d, joints3d: _joints3d, mannequin: _mannequin, ...truth } = item;
      process.stdout.write(JSON.stringify({ kind: 'synthetic', model, stretch, truth, truthKeypoints: keypoints2d, frame: r.frames?.[0], error: r.error }) + '\n');
    }
    for (const photo of photos) {
      const r = await analyzer.analyze(photo.path, { stretch: photo.stretch, model, turn: 'auto', keypoints: true });
      process.stdout.write(JSON.stringify({ kind: 'real', model, stretch: photo.stretch, label: photo, frame: r.frames?.[0], error: r.error }) + '\n');
    }
  }
} finally {
  await analyzer.close();
}
