// Short video files for the in-app video timeline, cut with ffmpeg from the synthetic standing clip
// (tests/fixtures/synthetic/clips) into tests/.artifacts/media: generated, not committed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTIFACTS, synthetic } from './clips.mjs';

const DIR = resolve(ARTIFACTS, 'media');
const SOURCE = synthetic('clips/standing-toe-touch-hold.mp4');

/** @param {string} name @param {string[]} args */
function once(name, args) {
  const out = resolve(DIR, name);
  if (existsSync(out)) return out;
  mkdirSync(DIR, { recursive: true });
  const tmp = resolve(DIR, `partial-${process.pid}-${name}`); // unique: two workers may make it at once
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-ss', String(HOLD_CLIP.startS), '-i', SOURCE, '-t', String(HOLD_CLIP.seconds), '-an', ...args, tmp], { stdio: 'inherit' });
  renameSync(tmp, out);
  return out;
}

/** Where the cut starts in the synthetic clip, and how long it is (seconds): folding down, then holding. */
export const HOLD_CLIP = { startS: 3, seconds: 4 };

/** The whole synthetic clip (36 s): a check that is surely still running when the next file comes. */
export const wholeClipMp4 = () => SOURCE;

/** The cut as an H.264 MP4 (15 fps, 640x480, 60 frames): decoded frame by frame. */
export const holdMp4 = () => once('hold-4s.mp4', ['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-f', 'mp4']);
/** The same cut as a WebM: not an MP4, so the app plays it instead. */
export const holdWebm = () => once('hold-2s.webm', ['-t', '2', '-c:v', 'libvpx', '-b:v', '400k', '-f', 'webm']);

/** Seconds of good form inside the cut, from the fixture's ground truth. @returns {number} */
export function groundTruthGoodS() {
  const truth = JSON.parse(readFileSync(synthetic('clips/standing-toe-touch-hold.timeline.json'), 'utf8'));
  const from = HOLD_CLIP.startS;
  const to = HOLD_CLIP.startS + HOLD_CLIP.seconds;
  return truth.goodFormIntervalsS.reduce((/** @type {number} */ sum, /** @type {[number, number]} */ [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0);
}
