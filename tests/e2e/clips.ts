/**
 * Test clips for the fake webcam, made with ffmpeg from the shared fixtures. Chromium's fake
 * camera reads raw .y4m, too large to commit, so they are generated once into tests/.artifacts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { clipPath } from './browser';

export const FIXTURES = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
export const photo = (name: string) => resolve(FIXTURES, 'photos', name);
export const synthetic = (name: string) => resolve(FIXTURES, 'synthetic', name);

/** Clip name -> how to make it. Photos become 640x480 stills; the synthetic clips are converted as they are. */
export const CLIPS: Record<string, string[]> = {
  'photo-standing-toe-touch': ['-loop', '1', '-i', photo('standing-toe-touch-side.jpg'), '-t', '4', '-r', '30', '-vf', 'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2'],
  'standing-toe-touch-hold': ['-i', synthetic('clips/standing-toe-touch-hold.mp4')],
  'supine-leg-extension-left': ['-i', synthetic('clips/supine-leg-extension-left.mp4')],
};

export function makeClip(name: string): string {
  const out = clipPath(name);
  if (existsSync(out)) return out;
  const recipe = CLIPS[name];
  if (!recipe) throw new Error(`no recipe for clip ${name}`);
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.partial.y4m`;
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', ...recipe, '-pix_fmt', 'yuv420p', tmp], { stdio: 'inherit' });
  renameSync(tmp, out);
  return out;
}
