// A standing toe touch that bounces, with frame-exact truth: the synthetic standing clip's own
// frames replayed in another order (hold, a deep bounce, hold, a shallow bounce, hold). Each
// frame's true hip angle comes from the clip's timeline, and the truth of "good form" follows
// the timeline's own rule (static rules pass, and no bounce: over the last 1 s the hip angle
// ranged more than 8 degrees and both rose and fell by more than 4). Generated into
// tests/.artifacts/media (not committed), like the other made-up media.
//   node tests/accuracy/bouncing-clip.mjs   -> prints the clip's path and its truth
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SOURCE = resolve(here, '..', 'fixtures', 'synthetic', 'clips', 'standing-toe-touch-hold.mp4');
const TIMELINE = resolve(here, '..', 'fixtures', 'synthetic', 'clips', 'standing-toe-touch-hold.timeline.json');
const OUT = resolve(here, '..', '.artifacts', 'media', 'standing-toe-touch-bouncing.mp4');
const FPS = 15;

/** Source frame indices, in playing order (15 fps). */
function sequence() {
  const seq = [];
  const run = (a, b) => { for (let i = a; i <= b; i++) seq.push(i); };
  /** `cycles` bounces between frames lo and hi of the fold (lo: shallower hip, hi: deeper). */
  const bounce = (lo, hi, cycles, step = 1) => {
    for (let c = 0; c < cycles; c++) {
      for (let i = hi; i > lo; i -= step) seq.push(i);
      for (let i = lo; i < hi; i += step) seq.push(i);
    }
  };
  run(44, 120); // fold down (hip 178 -> 62) and 3 s held
  bounce(66, 76, 8, 2); // hip 87 <-> 62, 10 frames a cycle (0.67 s, 1.5 Hz): a deep bounce
  run(76, 120); // 3 s held
  bounce(68, 76, 10, 2); // hip 78 <-> 62, 8 frames a cycle (0.53 s, 1.9 Hz): quick bounces
  run(76, 120); // 3 s held
  bounce(72, 76, 8); // hip 65 <-> 62, a 3 degree sway: not a bounce
  run(76, 105); // 2 s held
  return seq;
}

export function bouncingClip() {
  const tl = JSON.parse(readFileSync(TIMELINE, 'utf8'));
  const seq = sequence();
  const hip = (i) => tl.framesData[i].angles.gtSagittal.hipLeft;
  const truth = seq.map((src, k) => {
    const t = k / FPS;
    const window = [];
    for (let j = k; j >= 0 && (k - j) / FPS < 1; j--) window.unshift(hip(seq[j]));
    let lo = Infinity, hi = -Infinity, rise = 0, fall = 0;
    for (const v of window) { rise = Math.max(rise, v - lo); fall = Math.max(fall, hi - v); lo = Math.min(lo, v); hi = Math.max(hi, v); }
    const bouncing = hi - lo > 8 && rise > 4 && fall > 4;
    return { t, src, hip: hip(src), bouncing, good: tl.framesData[src].staticRulesPass && !bouncing };
  });
  if (!existsSync(OUT)) {
    const dir = `${OUT}.frames`;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const lo = Math.min(...seq);
    const hi = Math.max(...seq);
    execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', SOURCE, '-vf', `select='between(n\\,${lo}\\,${hi})'`, '-vsync', '0', '-start_number', String(lo), resolve(dir, 'src-%04d.png')], { stdio: 'inherit' });
    seq.forEach((src, k) => symlinkSync(resolve(dir, `src-${String(src).padStart(4, '0')}.png`), resolve(dir, `seq-${String(k).padStart(4, '0')}.png`)));
    const tmp = `${OUT}.partial.mp4`;
    execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-framerate', String(FPS), '-i', resolve(dir, 'seq-%04d.png'), '-c:v', 'libx264', '-crf', '16', '-pix_fmt', 'yuv420p', '-f', 'mp4', tmp], { stdio: 'inherit' });
    renameSync(tmp, OUT);
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(OUT.replace(/\.mp4$/, '.truth.json'), JSON.stringify(truth));
  }
  return { path: OUT, truth };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { path, truth } = bouncingClip();
  const good = truth.filter((f) => f.good).length / FPS;
  console.log(JSON.stringify({ path, seconds: truth.length / FPS, goodFormS: Math.round(good * 100) / 100 }));
}
