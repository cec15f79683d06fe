#!/usr/bin/env node
// node tests/accuracy/dump.mjs --models a,b [--fixtures DIR] > out.jsonl
// One JSON line per (still or labelled real photo, model): the analyser's frame report with
// keypoints, beside the ground truth or labels. Raw material for calibration tables (the
// distributions of readings on straight and bent knees per model and posture, view ratios).
import { resolve } from 'node:path';
import { startAnalyzer } from '../../src/cli/analyze-runner.mjs';
import { arg, FIX, manifest as readManifest, PHOTOS } from './fixtures.mjs';

const models = arg('models', 'movenet-lightning,blazepose-full,movenet-thunder').split(',');
const manifest = readManifest();
const photos = PHOTOS;
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
