#!/usr/bin/env node
// node tests/accuracy/figures/render.mjs OUT_DIR [--only <family id, e.g. seated-chair>] [--working-far] [--head-turn DEG]
// Renders a second set of figures for `npm run accuracy -- --fixtures OUT_DIR`: other bodies than
// the development set (a 1.25 m child, a 1.6 m woman, a 1.9 m man; other colours, floors and
// walls), other poses of the same stretches, and the camera side-on, 30 and 60 degrees toward the
// figure's front (the feet, for floor poses). Ground truth comes from the figure's own joints:
// knee and hip angles in 3D and in the sagittal plane, and the projected keypoints.
//
// The figure is mannequin-js 5.2.3 (GPL-3.0) on three.js 0.187, installed on first use into
// node_modules/.cache/formhold-figures (not a dependency of the app: only this tool renders with
// it), and rendered by Chromium's software WebGL. OUT_DIR gets synthetic/images/*.png, *.json and
// manifest.json, laid out like tests/fixtures/synthetic, and photos/ pointing at the repository's
// labelled photos, so the accuracy scripts can read it as it is. Deterministic: same poses, same
// files.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM } from '../../../src/cli/chromium.mjs';
import { poseFor } from './poses.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '..', '..', '..');
const out = process.argv[2] && !process.argv[2].startsWith('--') ? resolve(process.argv[2]) : undefined;
if (!out) {
  console.error('Usage: node tests/accuracy/figures/render.mjs OUT_DIR [--only <family>] [--working-far] [--head-turn DEG]');
  process.exit(2);
}
// One-leg stretches are shot with the working leg toward the camera, as the set-up asks; with
// --working-far, from the other side (what a person who switched legs without turning shows it).
const workingFar = process.argv.includes('--working-far');
// --head-turn DEG: the head (neck and head each half) turned DEG toward the camera, as a person
// looking at the screen beside it does; the body's angles, and so the truth, are unchanged.
const headTurnAt = process.argv.indexOf('--head-turn');
const headTurn = headTurnAt > 0 ? Number(process.argv[headTurnAt + 1]) : 0;
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? (process.argv[onlyAt + 1] ?? '') : '';
if (onlyAt > 0 && !only) {
  console.error('--only needs a family, e.g. --only seated-chair');
  process.exit(2);
}

const cache = resolve(repo, 'node_modules', '.cache', 'formhold-figures');
/** A path that exists as a link even when what it points at does not. */
const lstatExists = (path) => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};
if (!existsSync(resolve(cache, 'node_modules', 'mannequin-js', 'src', 'mannequin.js'))) {
  console.error(`Installing mannequin-js 5.2.3 and three 0.187.0 into ${cache} (once)…`);
  mkdirSync(cache, { recursive: true });
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', cache, 'mannequin-js@5.2.3', 'three@0.187.0'], { stdio: 'inherit' });
}

const TYPES = { '.js': 'text/javascript', '.html': 'text/html' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = path === '/' ? resolve(here, 'page.html') : join(cache, path);
  if (!file.startsWith(cache + sep) && file !== resolve(here, 'page.html')) return res.writeHead(404).end();
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const port = server.address().port;

const v = {
  sub: (a, b) => ({ x: a.x - b.x, y: a.y - b.y, z: a.z - b.z }),
  add: (a, b) => ({ x: a.x + b.x, y: a.y + b.y, z: a.z + b.z }),
  mul: (a, k) => ({ x: a.x * k, y: a.y * k, z: a.z * k }),
  dot: (a, b) => a.x * b.x + a.y * b.y + a.z * b.z,
  cross: (a, b) => ({ x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x }),
};
const len = (a) => Math.sqrt(v.dot(a, a));
const unit = (a) => v.mul(a, 1 / len(a));
const angle = (a, b, c) => {
  const [u, w] = [v.sub(a, b), v.sub(c, b)];
  return (Math.acos(Math.max(-1, Math.min(1, v.dot(u, w) / len(u) / len(w)))) * 180) / Math.PI;
};
const round = (x) => Math.round(x * 100) / 100;

/** Head, shoes, pelvis, joints, limbs, torso, nails; and the room. */
const BODIES = [
  { key: 'c', body: 'Child', heightM: 1.25, colors: ['#e0b899', '#333', '#2b4a7a', '#c9a27e', '#e0b899', '#d9534f', '#c9a27e'], scene: { background: '#d8d2c4', floor: '#7a6a55' } },
  { key: 'f', body: 'Female', heightM: 1.6, colors: ['#8d5a3b', '#222', '#3d6b3d', '#7a4a2e', '#8d5a3b', '#e8c547', '#7a4a2e'], scene: { background: '#aab8a0', floor: '#5e5e66' } },
  { key: 'm', body: 'Male', heightM: 1.9, colors: ['#f1c9a5', '#444', '#555', '#d9a77f', '#f1c9a5', '#6a8fb5', '#d9a77f'], scene: { background: '#c4cbd9', floor: '#9a8f80' } },
];
const SETS = [
  ['standing-toe-touch', 'st', ['good', 'knees-bent', 'not-folded']],
  ['seated-toe-touch', 'ss', ['good', 'knees-bent', 'upright']],
  ['lying-hamstring', 'lh', ['good', 'raised-knee-bent']],
  ['elevated-leg', 'el', ['good', 'raised-knee-bent', 'standing-knee-bent']],
  ['seated-chair', 'sc', ['good', 'knee-bent', 'heel-lifted']],
];

const images = resolve(out, 'synthetic', 'images');
mkdirSync(images, { recursive: true });
if (!existsSync(resolve(out, 'photos')) && !lstatExists(resolve(out, 'photos'))) symlinkSync(resolve(repo, 'tests', 'fixtures', 'photos'), resolve(out, 'photos'));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox'] });
const items = [];
try {
  const page = await browser.newPage({ viewport: { width: 640, height: 480 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.ready);
  let n = 0;
  for (const [stretch, prefix, variants] of SETS)
    for (const variant of variants)
      for (const b of BODIES)
        for (const az of [0, 30, 60]) {
          n++; // counted before --only, so a family renders the same files alone or with the rest
          if (only && stretch !== only) continue;
          const side = n % 2 ? 'l' : 'r';
          const p = poseFor(stretch, variant, side);
          const near = p.workingSide ? (workingFar ? (p.workingSide === 'left' ? 'right' : 'left') : p.workingSide) : n % 4 < 2 ? 'left' : 'right';
          // Mannequin's turn is positive toward the figure's left.
          const turn = near === 'left' ? headTurn / 2 : -headTurn / 2;
          const joints = headTurn ? { ...p.joints, 'neck.turn': turn, 'head.turn': turn } : p.joints;
          const r = await page.evaluate((s) => window.pose(s), { body: b.body, heightM: b.heightM, joints, colors: b.colors });
          const J = r.joints;
          // The figure's own axes: its left, and its front (for floor poses, the feet end).
          const left = unit({ x: J.left_hip.x - J.right_hip.x, y: 0, z: J.left_hip.z - J.right_hip.z });
          const front = v.cross(left, { x: 0, y: 1, z: 0 });
          const toward = unit(v.add(v.mul(near === 'left' ? left : v.mul(left, -1), Math.cos((az * Math.PI) / 180)), v.mul(front, Math.sin((az * Math.PI) / 180))));
          if (p.box === 'elevated') {
            const a = J[`${p.workingSide}_ankle`];
            await page.evaluate((box) => window.addBox(box), { x: a.x, y: (a.y - 0.06) / 2, z: a.z, sx: 0.28, sy: Math.max(0.05, a.y - 0.06), sz: 0.28 });
          }
          if (p.box === 'chair') {
            const hip = v.mul(v.add(J.left_hip, J.right_hip), 0.5);
            const scale = b.heightM / 1.8;
            const seat = hip.y - 0.075 * scale;
            const back = v.mul(front, -0.06 * scale);
            await page.evaluate((box) => window.addBox(box), { x: hip.x + back.x, y: seat / 2, z: hip.z + back.z, sx: 0.4 * scale, sy: seat, sz: 0.4 * scale });
          }
          const center = { x: (r.box.min.x + r.box.max.x) / 2, y: (r.box.min.y + r.box.max.y) / 2, z: (r.box.min.z + r.box.max.z) / 2 };
          const floor = p.posture === 'supine' || p.posture === 'seated-floor';
          // As the development set: a standing person upright fills ~83% of the frame's height,
          // the camera at hip height; floor poses from 0.45 m up, about 1.15 body heights away.
          const height = floor ? 0.45 : 0.52 * b.heightM;
          const distance = Math.max(floor ? 1.15 * b.heightM : b.heightM / 0.828 / 0.83, 1.2);
          const target = { x: center.x, y: floor ? Math.max(0.25, center.y) : height, z: center.z };
          const position = { x: target.x + toward.x * distance, y: height, z: target.z + toward.z * distance };
          const png = await page.evaluate(([c, s]) => window.shoot(c, s), [{ position, target }, b.scene]);
          const id = `${prefix}-${variant}-${p.workingSide?.[0]?.toUpperCase() ?? 'B'}-az${az}-${b.key}`;
          writeFileSync(resolve(images, `${id}.png`), Buffer.from(png.split(',')[1], 'base64'));
          const keypoints2d = {};
          for (const [k, point] of Object.entries(J)) if (!k.endsWith('_toe')) keypoints2d[k] = { ...(await page.evaluate((q) => window.project(q), point)), inFrame: true, occluded: false };
          const sagittal = (P) => v.sub(P, v.mul(left, v.dot(P, left)));
          const gt3d = {};
          const gtSagittal = {};
          for (const [S, s] of [['Left', 'left'], ['Right', 'right']]) {
            gt3d[`knee${S}`] = round(angle(J[`${s}_hip`], J[`${s}_knee`], J[`${s}_ankle`]));
            gt3d[`hip${S}`] = round(angle(J[`${s}_shoulder`], J[`${s}_hip`], J[`${s}_knee`]));
            gtSagittal[`knee${S}`] = round(angle(sagittal(J[`${s}_hip`]), sagittal(J[`${s}_knee`]), sagittal(J[`${s}_ankle`])));
            gtSagittal[`hip${S}`] = round(angle(sagittal(J[`${s}_shoulder`]), sagittal(J[`${s}_hip`]), sagittal(J[`${s}_knee`])));
          }
          const item = {
            id, file: `${id}.png`, stretch, variant, posture: p.posture, workingSide: p.workingSide, expectedInForm: p.expectedInForm,
            body: { type: b.body, heightM: b.heightM },
            camera: { azimuthDeg: az, nearSide: near, heightM: round(height), distanceM: round(distance), position, target, fovVerticalDeg: 45, imageSize: [640, 480] },
            angles: { gt3d, gtSagittal }, keypoints2d, joints3d: J,
          };
          // Every keypoint is marked in frame and unoccluded: no occlusion test is made here (the
          // accuracy scripts read only positions). The development set's own records have one.
          writeFileSync(resolve(images, `${id}.json`), JSON.stringify(item, null, 1));
          items.push(item);
          console.error(`${id}: knees ${gt3d.kneeLeft.toFixed(0)}/${gt3d.kneeRight.toFixed(0)}, hips ${gt3d.hipLeft.toFixed(0)}/${gt3d.hipRight.toFixed(0)}`);
        }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(resolve(images, 'manifest.json'), JSON.stringify({ count: items.length, items }, null, 1));
console.error(`${items.length} figures in ${images}`);
