// Test clips for the fake webcam, made with ffmpeg from the repository's fixtures (tests/fixtures). Chromium's fake camera
// reads raw .y4m, too large to commit, so they are generated once into tests/.artifacts/clips.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = resolve(here, '..', 'fixtures');
export const ARTIFACTS = resolve(here, '..', '.artifacts');
/** @param {string} name */
export const photo = (name) => resolve(FIXTURES, 'photos', name);
/** @param {string} name */
export const synthetic = (name) => resolve(FIXTURES, 'synthetic', name);
/** @param {string} name */
export const rendered = (name) => resolve(FIXTURES, 'rendered', name);
/** @param {string} name */
export const clipPath = (name) => resolve(ARTIFACTS, 'clips', `${name}.y4m`);

const still = (file, seconds, fps) => ['-loop', '1', '-i', photo(file), '-t', String(seconds), '-r', String(fps), '-vf', 'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2'];

/** Clip name -> ffmpeg input arguments. */
export const CLIPS = {
  'photo-standing-toe-touch': still('standing-toe-touch-side.jpg', 4, 30),
  /** The benchmark's stream: 60 fps, so the camera is never what limits the frame rate. */
  'bench-person-60fps': still('standing-toe-touch-side.jpg', 2, 60),
  'standing-toe-touch-hold': ['-i', synthetic('clips/standing-toe-touch-hold.mp4')],
  'supine-leg-extension-left': ['-i', synthetic('clips/supine-leg-extension-left.mp4')],
  /**
   * A steady real seated forward fold filmed hand-held: the photo under a slow zoom, pan and light
   * change (10 s; the fake camera loops it), as `zoomingPhotoMp4` makes it for video files.
   */
  'seated-fold-hand-held': ['-loop', '1', '-i', photo('seated-forward-fold.jpg'), '-vf', "scale=1280:-2,zoompan=z='1.04+0.03*sin(on/7)':x='iw/2-(iw/zoom/2)+12*sin(on/5)':y='ih/2-(ih/zoom/2)+8*cos(on/6)':d=1:s=640x480:fps=30,eq=brightness='0.04*sin(t*3)':eval=frame", '-t', '10'],
  /**
   * A steady real lying hamstring stretch, seen obliquely and filmed hand-held the same way: the right
   * leg raised, the far one from the camera (real-dev/lying_02).
   */
  'lying-oblique-hand-held': ['-loop', '1', '-i', photo('real-dev/lying_02_good_oblique.jpg'), '-vf', "scale=1280:-2,zoompan=z='1.04+0.03*sin(on/7)':x='iw/2-(iw/zoom/2)+12*sin(on/5)':y='ih/2-(ih/zoom/2)+8*cos(on/6)':d=1:s=640x480:fps=30,eq=brightness='0.04*sin(t*3)':eval=frame", '-t', '10'],
};

/** Makes the clip if it is not there yet; returns its path. @param {keyof typeof CLIPS} name */
export function makeClip(name) {
  const out = clipPath(name);
  if (existsSync(out)) return out;
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.partial.y4m`; // unique: two workers may make it at once
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', ...CLIPS[name], '-pix_fmt', 'yuv420p', tmp], { stdio: 'inherit' });
  renameSync(tmp, out);
  return out;
}
