// Media files that fail in the ways real ones do, made with ffmpeg from the repository's fixtures
// into tests/.artifacts/media (generated, not committed, like the webcam clips in clips.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTIFACTS, photo } from './clips.mjs';

const DIR = resolve(ARTIFACTS, 'media');

/** @param {string} name @param {(tmp: string) => void} make */
function once(name, make) {
  const out = resolve(DIR, name);
  if (existsSync(out)) return out;
  mkdirSync(DIR, { recursive: true });
  // Unique per process: two Playwright workers may make the same file at once.
  const tmp = resolve(DIR, `partial-${process.pid}-${name}`);
  make(tmp);
  renameSync(tmp, out);
  return out;
}

const ffmpeg = (...args) => execFileSync('ffmpeg', ['-loglevel', 'error', '-y', ...args], { stdio: 'inherit' });

/** An mp4 with three seconds of a tone and no picture. */
export const audioOnlyMp4 = () => once('audio-only.mp4', (tmp) => ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=440:duration=3', '-c:a', 'aac', '-f', 'mp4', tmp));

/**
 * The squats video cut off at 60% of its bytes, index first (faststart), so it opens and plays
 * and then fails part-way (Chromium: a decode error about 4.5 s in).
 */
export const truncatedMp4 = () =>
  once('truncated.mp4', (tmp) => {
    const whole = `${tmp}.whole.mp4`;
    ffmpeg('-i', photo('squats-front-13s.mp4'), '-t', '10', '-an', '-vf', 'scale=360:640', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-g', '30', '-movflags', '+faststart', whole);
    const bytes = readFileSync(whole);
    writeFileSync(tmp, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  });

/** Two seconds of the synthetic standing clip at 15 fps with B-frames (30 frames, 320x240): an MP4 to decode frame by frame. */
export const shortMp4 = () =>
  once('short-bframes.mp4', (tmp) => ffmpeg('-i', resolve(ARTIFACTS, '..', 'fixtures', 'synthetic', 'clips', 'standing-toe-touch-hold.mp4'), '-t', '2', '-an', '-vf', 'fps=15,scale=320:240', '-c:v', 'libx264', '-bf', '2', '-pix_fmt', 'yuv420p', '-f', 'mp4', tmp));

/**
 * Ten seconds of a real photo under a slowly moving zoom and light, as a hand-held phone would
 * film it, with its index (moov) after the pictures as ffmpeg writes it. Once, read in chunks, a
 * file made this way decoded to 0 of its 300 frames (not reproduced since; the file is now read whole).
 */
export const zoomingPhotoMp4 = (name = 'supine-leg-raise-straight-knee') =>
  once(`zooming-${name}.mp4`, (tmp) =>
    ffmpeg('-loop', '1', '-i', resolve(ARTIFACTS, '..', 'fixtures', 'photos', `${name}.jpg`), '-vf', "scale=1280:-2,zoompan=z='1.04+0.03*sin(on/7)':x='iw/2-(iw/zoom/2)+12*sin(on/5)':y='ih/2-(ih/zoom/2)+8*cos(on/6)':d=1:s=640x480:fps=30,eq=brightness='0.04*sin(t*3)':eval=frame", '-t', '10', '-pix_fmt', 'yuv420p', '-f', 'mp4', tmp));

/** The same two seconds as WebM (VP9): WebCodecs could decode it, but FormHold has no WebM demuxer, so it is played. */
export const shortWebm = () =>
  once('short.webm', (tmp) => ffmpeg('-i', resolve(ARTIFACTS, '..', 'fixtures', 'synthetic', 'clips', 'standing-toe-touch-hold.mp4'), '-t', '2', '-an', '-vf', 'fps=15,scale=320:240', '-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-f', 'webm', tmp));
