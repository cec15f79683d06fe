#!/usr/bin/env node
// npm run analyze -- <file> --stretch <id> [--side left|right] [--model <id>] [--backend <id>]
//                    [--turn auto|none] [--fps N] [--every N] [--hold S] [--keypoints] [--progress|--no-progress]
// Runs FormHold's own pipeline (the browser modules, in headless Chromium) on a photo or video and
// prints one JSON object to stdout. An MP4/MOV video is decoded frame by frame (WebCodecs): every
// frame, or every N-th with --every N, analysed once, with a progress bar on stderr (when stderr is
// a terminal, or with --progress) and the frames per second at the end. A WebM (or a codec the
// browser cannot decode) is played instead, slowed down as inference needs. Bad input exits 2 with
// a message on stderr. --hold S plans one rep of S seconds, so a whole clip is one hold.
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { sniffMedia, startAnalyzer } from './analyze-runner.mjs';

function usage(message) {
  console.error(`analyze: ${message}`);
  console.error('usage: npm run analyze -- <file> --stretch <id> [--side left|right] [--model <id>] [--backend <id>] [--turn auto|none] [--fps N] [--every N] [--hold S] [--keypoints] [--progress|--no-progress]');
  process.exit(2);
}

const opts = { keypoints: false, progress: process.stderr.isTTY === true };
const files = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--keypoints') opts.keypoints = true;
  else if (a === '--progress') opts.progress = true;
  else if (a === '--no-progress') opts.progress = false;
  else if (a.startsWith('--')) {
    const value = argv[++i];
    if (value === undefined) usage(`${a} needs a value`);
    opts[a.slice(2)] = value;
  } else files.push(a);
}
if (files.length !== 1) usage('give exactly one photo or video file');
const file = resolve(files[0]);
if (!existsSync(file) || !statSync(file).isFile()) usage(`no such file: ${file}`);
if (!sniffMedia(file)) usage(`${basename(file)} is not a photo or video FormHold can read (JPEG, PNG, WebP, GIF, MP4, WebM)`);
if (!opts.stretch) usage('--stretch <id> is required');
if (opts.side && opts.side !== 'left' && opts.side !== 'right') usage(`--side must be left or right, not ${opts.side}`);
if (opts.turn && !['auto', 'none'].includes(opts.turn)) usage(`--turn must be auto or none, not ${opts.turn}`);
if (opts.fps && !(Number(opts.fps) > 0)) usage(`--fps must be a positive number, not ${opts.fps}`);
if (opts.hold !== undefined && !(Number(opts.hold) >= 5 && Number(opts.hold) <= 300)) usage(`--hold must be a number of seconds from 5 to 300 (a hold the app allows), not ${opts.hold}`);
if (opts.every !== undefined && !/^[1-9]\d*$/.test(opts.every)) usage(`--every must be a whole number of frames from 1 up, not ${opts.every}`);

const analyzer = await startAnalyzer();
let code = 0;
try {
  if (!analyzer.types.isStretchId(opts.stretch)) usage(`unknown stretch "${opts.stretch}"; known: ${analyzer.types.STRETCH_IDS.join(', ')}`);
  if (opts.model && !analyzer.models.isModelId(opts.model)) usage(`unknown model "${opts.model}"; known: ${analyzer.models.MODEL_IDS.join(', ')}`);
  if (opts.backend && !analyzer.isBackendRequest(opts.backend)) usage(`unknown backend "${opts.backend}"; known: auto, webgpu, webgl, wasm, cpu`);
  const result = await analyzer.analyze(file, { ...opts, ...(opts.fps ? { fps: Number(opts.fps) } : {}), ...(opts.every ? { every: Number(opts.every) } : {}), ...(opts.hold ? { hold: Number(opts.hold) } : {}) });
  if (result.error) {
    console.error(`analyze: ${result.error}`);
    code = 1;
  } else {
    if (result.framesPerSecond !== undefined) console.error(`analyze: ${result.framesAnalysed} frames in ${result.seconds} s, ${result.framesPerSecond} frames/s (${result.decoder.kind}${result.decoder.why ? `: ${result.decoder.why}` : ''})`);
    process.stdout.write(`${JSON.stringify({ file: basename(file), ...result })}\n`);
  }
} finally {
  await analyzer.close();
}
process.exit(code);
