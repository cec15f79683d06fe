/**
 * `npm run analyze`: the contract of its JSON and of its failures, run as a person would run it
 * (its own Vite server and headless Chromium, not the app under test's server).
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shortMp4, shortWebm, zoomingPhotoMp4 } from './broken-media.mjs';
import { photo, synthetic } from './clips.mjs';
import { bouncingClip } from '../accuracy/bouncing-clip.mjs';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const analyze = (...args: string[]) => spawnSync(process.execPath, ['src/cli/analyze.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 180_000 });

/** The fields of the tool's JSON that these tests read. */
interface AnalyzeOutput {
  turn: string;
  frames: { posture: string; angles: Record<string, number | null>; rules: { id: string; state: string }[]; inForm: boolean }[];
  hold: unknown;
}
const parseOutput = (stdout: string) => JSON.parse(stdout) as AnalyzeOutput;

test('prints one JSON object with the documented fields for a photo', () => {
  const run = analyze(photo('standing-upright-side.jpg'), '--stretch', 'standing-toe-touch');
  expect(run.status, run.stderr).toBe(0);
  const out = parseOutput(run.stdout);
  expect(out).toMatchObject({ stretch: 'standing-toe-touch', model: 'movenet-lightning', backend: 'wasm' });
  expect(out.frames).toHaveLength(1);
  const frame = out.frames[0]!;
  for (const key of ['tMs', 'posture', 'view', 'side', 'angles', 'rules', 'inForm', 'cue']) expect(frame).toHaveProperty(key);
  for (const key of ['kneeLeft', 'kneeRight', 'hipLeft', 'hipRight', 'legRaiseLeft', 'legRaiseRight', 'trunkLean']) expect(frame.angles).toHaveProperty(key);
  // Standing upright: straight hips, seen side-on, not folded, so not in form and nothing counted.
  expect(frame.posture).toBe('standing');
  expect(Math.max(frame.angles.hipLeft ?? 0, frame.angles.hipRight ?? 0)).toBeGreaterThan(160);
  expect(frame.rules.find((r) => r.id === 'hip-fold')?.state).toBe('fail');
  expect(frame.inForm).toBe(false);
  expect(out.hold).toMatchObject({ countedMs: 0, repsDone: 0 });
});

test('turns a lying figure upright for the model, as the app does', () => {
  const run = analyze(synthetic('images/lh-good-r75-R-az0-f-red.png'), '--stretch', 'lying-hamstring');
  expect(run.status, run.stderr).toBe(0);
  const out = parseOutput(run.stdout);
  expect(out.turn).not.toBe('none');
  expect(out.frames[0]?.inForm).toBe(true);
});

test('a file that is not a photo or video, or an unknown stretch, exits non-zero with a message', () => {
  const notMedia = analyze(resolve(root, 'package.json'), '--stretch', 'standing-toe-touch');
  expect(notMedia.status).not.toBe(0);
  expect(notMedia.stderr).toMatch(/not a photo or video/);
  expect(notMedia.stdout).toBe('');
  const unknown = analyze(photo('standing-upright-side.jpg'), '--stretch', 'toe-wiggle');
  expect(unknown.status).not.toBe(0);
  expect(unknown.stderr).toMatch(/unknown stretch "toe-wiggle"/);
});

interface VideoOutput {
  decoder: { kind: string; framesInVideo?: number; why?: string };
  framesAnalysed: number;
  framesPerSecond: number;
  frames: { tMs: number }[];
}

test('decodes an MP4 frame by frame: every frame analysed once, in order, or every n-th with --every', () => {
  const clip = shortMp4();
  const all = analyze(clip, '--stretch', 'standing-toe-touch', '--no-progress');
  expect(all.status, all.stderr).toBe(0);
  const out = JSON.parse(all.stdout) as VideoOutput;
  expect(out.decoder).toMatchObject({ kind: 'webcodecs', framesInVideo: 30 });
  expect(out.framesAnalysed).toBe(30);
  // Presentation order from 0 ms, one frame interval (1/15 s) apart: none twice, none missed.
  out.frames.forEach((f, i) => expect(f.tMs, `frame ${i}`).toBeCloseTo((i * 1000) / 15, -1));
  expect(all.stderr).toMatch(/analyze: 30 frames in [\d.]+ s, [\d.]+ frames\/s \(webcodecs\)/);

  const some = analyze(clip, '--stretch', 'standing-toe-touch', '--every', '4', '--progress');
  expect(some.status, some.stderr).toBe(0);
  const fourth = JSON.parse(some.stdout) as VideoOutput;
  expect(fourth.frames.map((f) => Math.round((f.tMs * 15) / 1000))).toEqual([0, 4, 8, 12, 16, 20, 24, 28]);
  expect(some.stderr).toMatch(/100% 8\/8 frames/);
});

test('a steady seated forward fold, filmed hand-held, counts all the way (following its own region, BlazePose read the knees bent)', () => {
  const run = analyze(zoomingPhotoMp4('seated-forward-fold'), '--stretch', 'seated-toe-touch', '--no-progress', '--every', '3');
  expect(run.status, run.stderr).toBe(0);
  const out = JSON.parse(run.stdout) as VideoOutput & { model: string; inFormMs: number };
  expect(out.model).toBe('blazepose-full');
  expect(out.framesAnalysed).toBe(100);
  // 10 s of a good fold: every frame after the first in form (it was 0.2 s before).
  expect(out.inFormMs).toBeGreaterThan(9_000);
});

test('a phone-like MP4 (index after the pictures) is decoded whole; held still, it is not called a bounce; a bouncing fold still is, and its bounces are not counted', () => {
  type Judged = Omit<VideoOutput, 'frames'> & { inFormMs: number; frames: { tMs: number; bouncing: boolean; counts: boolean }[] };
  // A real photo under a slow zoom and pan: the raise angle jitters 5-10 degrees between frames
  // (the raw range rule called 1.4 of 10 s "don't bounce" here).
  const still = analyze(zoomingPhotoMp4(), '--stretch', 'lying-hamstring', '--no-progress', '--every', '3');
  expect(still.status, still.stderr).toBe(0);
  const held = JSON.parse(still.stdout) as Judged;
  // ffmpeg writes the index (moov) after the pictures, as phones do: every third of all 300 frames.
  expect(held.decoder).toMatchObject({ kind: 'webcodecs', framesInVideo: 300 });
  expect(held.framesAnalysed).toBe(100);
  expect(held.frames.filter((f) => f.bouncing).length).toBeLessThanOrEqual(5);
  // The synthetic standing clip's frames replayed as bounces, with frame-exact truth.
  const { path, truth } = bouncingClip();
  const run = analyze(path, '--stretch', 'standing-toe-touch', '--no-progress', '--every', '2');
  expect(run.status, run.stderr).toBe(0);
  const out = JSON.parse(run.stdout) as Judged;
  const frameMs = 2000 / 15;
  const good = out.frames.filter((_, i) => truth[i * 2]!.good).length * frameMs;
  const countedOutside = out.frames.filter((f, i) => f.counts && !truth[i * 2]!.good).length * frameMs;
  expect(out.frames.filter((f) => f.bouncing).length).toBeGreaterThan(40);
  expect(Math.abs(out.inFormMs - good)).toBeLessThanOrEqual(1_500);
  expect(countedOutside).toBeLessThanOrEqual(700);
});

test('a WebM is played instead of decoded, and the output says why', () => {
  const run = analyze(shortWebm(), '--stretch', 'standing-toe-touch', '--no-progress');
  expect(run.status, run.stderr).toBe(0);
  const out = JSON.parse(run.stdout) as VideoOutput;
  expect(out.decoder.kind).toBe('playback');
  expect(out.decoder.why).toMatch(/MP4/);
  expect(out.framesAnalysed).toBeGreaterThan(0);
});

test('--every must be a whole number of frames, and --hold a hold the app allows', () => {
  const run = analyze(shortMp4(), '--stretch', 'standing-toe-touch', '--every', '0');
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/--every must be a whole number of frames from 1 up, not 0/);
  const hold = analyze(shortMp4(), '--stretch', 'standing-toe-touch', '--hold', '2');
  expect(hold.status).toBe(2);
  expect(hold.stderr).toMatch(/--hold must be a number of seconds from 5 to 300/);
});
