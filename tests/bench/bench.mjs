#!/usr/bin/env node
// npm run bench [-- --frames 2000 --models movenet-lightning,movenet-thunder,blazepose-lite,blazepose-full --backend wasm]
// Builds the app, serves the build, runs it in headless Chromium with a fake 60 fps camera, and
// prints one JSON line per (model, backend). Figures, not pass/fail: targets are in the README.
import { execFileSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchOptions } from '../../src/cli/chromium.mjs';
import { makeClip } from '../e2e/clips.mjs';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const FRAMES = Number(arg('frames', '2000'));
const MODELS = arg('models', 'movenet-lightning,movenet-thunder,blazepose-lite,blazepose-full').split(',');
const BACKEND = arg('backend', 'wasm');
const PORT = Number(arg('port', '4399'));

const pct = (xs, p) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.floor((p / 100) * v.length))] : null;
};
const r1 = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);

if (!args.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const clip = makeClip('bench-person-60fps');
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const launch = launchOptions({ clip });
const browser = await chromium.launch({ ...launch, args: [...launch.args, '--enable-blink-features=ForceEagerMeasureMemory'] });
try {
  for (const model of MODELS) {
    // No service worker: its first-visit download of the weights (32 MiB) would be timed with the app.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    console.error(`bench: ${model}`);
    await page.addInitScript(() => {
      // Every main-thread task over 50 ms, with when it started (the Long Tasks API).
      window.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapMain = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
    // The whole page's memory, worker included (cross-origin isolated pages may ask; the
    // ForceEagerMeasureMemory flag makes the answer come at once rather than at the next GC).
    const heapAll = async () =>
      page.evaluate(async () => (performance.measureUserAgentSpecificMemory ? (await performance.measureUserAgentSpecificMemory()).bytes : null)).catch(() => null);
    const frames = () => page.evaluate(() => document.querySelector('fh-app')?.debug.pipeline.framesDelivered ?? 0);
    const waitFrames = (n) => page.waitForFunction((k) => (document.querySelector('fh-app')?.debug.pipeline.framesDelivered ?? 0) >= k, n, { timeout: 0, polling: 250 });
    const sample = async () => ({
      tensors: await page.evaluate(async () => (await document.querySelector('fh-app').debug.pipeline.memory()).numTensors),
      heapMainMB: r1((await heapMain()) / 1e6),
      heapAllMB: r1(((await heapAll()) ?? NaN) / 1e6),
    });

    // A hold longer than the run, so the session stays on the coaching screen throughout.
    await page.goto(`${base}?stretch=standing-toe-touch&backend=${BACKEND}&model=${model}&hold=600&reps=1`);
    await waitFrames(100);
    const at100 = await sample();
    const w0 = { frames: await frames(), t: await page.evaluate(() => performance.now()) };
    const steadyFrames = Math.min(300, Math.max(50, FRAMES - 100));
    await waitFrames(w0.frames + steadyFrames);
    const w1 = { frames: await frames(), t: await page.evaluate(() => performance.now()) };
    const steady = await page.evaluate(({ from, to }) => ({
      latencies: document.querySelector('fh-app').debug.perf.latencies.slice(-200),
      longest: Math.max(0, ...window.__longTasks.filter((t) => t.start >= from && t.start <= to).map((t) => t.duration)),
      firstPose: document.querySelector('fh-app').debug.perf.firstPoseDrawnAt,
      backend: document.querySelector('fh-app').debug.pipeline.backend,
    }), { from: w0.t, to: w1.t });
    await waitFrames(FRAMES);
    const atEnd = await sample();
    const bare = await page.evaluate(() => document.querySelector('fh-app').debug.pipeline.bareLoop(100));
    const appFps = ((w1.frames - w0.frames) * 1000) / (w1.t - w0.t);
    console.log(JSON.stringify({
      model,
      backend: steady.backend,
      bareFps: r1(bare.fps),
      bareMedianMs: r1(bare.medianMs),
      appFps: r1(appFps),
      appOverBare: Math.round((appFps / bare.fps) * 100) / 100,
      latencyMedianMs: r1(pct(steady.latencies, 50)),
      latencyP95Ms: r1(pct(steady.latencies, 95)),
      longestMainTaskMs: r1(steady.longest),
      [`tensorsAt100`]: at100.tensors,
      [`tensorsAt${FRAMES}`]: atEnd.tensors,
      heapMainMBAt100: at100.heapMainMB,
      [`heapMainMBAt${FRAMES}`]: atEnd.heapMainMB,
      memoryAllMBAt100: at100.heapAllMB,
      [`memoryAllMBAt${FRAMES}`]: atEnd.heapAllMB,
      firstPoseMs: r1(steady.firstPose),
    }));
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
