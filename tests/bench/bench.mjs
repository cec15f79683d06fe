#!/usr/bin/env node
// npm run bench [-- --frames 2000 --models movenet-lightning,movenet-thunder,blazepose-lite,blazepose-full --backend wasm,webgl,webgpu --threads 1,2,max]
// Builds the app, serves the build, runs it in headless Chromium with a fake 60 fps camera, and
// prints one JSON line per (model, backend). Figures, not pass/fail: targets are in the README.
import { execFileSync, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchOptions } from '../../src/cli/chromium.mjs';
import { makeClip } from '../e2e/clips.mjs';
import { benchQuery } from './bench-link.mjs';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const FRAMES = Number(arg('frames', '2000'));
const MODELS = arg('models', 'movenet-lightning,movenet-thunder,blazepose-lite,blazepose-full').split(',');
/** Engines to time: wasm always; webgl and webgpu only when a real GPU is found. */
const BACKENDS = arg('backend', 'wasm,webgl,webgpu').split(',');
/** WebAssembly threads to compare: numbers, or 'max' for navigator.hardwareConcurrency. */
const THREADS = arg('threads', '1,2,max').split(',');
const PORT = Number(arg('port', '4399'));
/** No new frame for this long means the run cannot finish: say why rather than wait forever. */
const STALL_MS = 30_000;

const pct = (xs, p) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.floor((p / 100) * v.length))] : null;
};
const r1 = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);

if (!args.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const clip = makeClip('bench-person-60fps');
// Vite itself, not through npx: killing npx would leave the server running.
const server = spawn(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** One run: the app on `model` with `backend` (and `threads` for wasm) for FRAMES frames; prints one JSON line. */
async function runOne(browser, { model, backend, threads }) {
  // No service worker: its first-visit download of the weights (32 MiB) would be timed with the app.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  console.error(`bench: ${model} on ${backend}${threads ? `, ${threads} thread(s)` : ''}`);
  await page.addInitScript(() => {
    // A returning person at home: the first-run screen was read, so the link opens the stretch.
    localStorage.setItem('formhold.first-run.v1', 'seen');
    // Every main-thread task over 50 ms, with when it started (the Long Tasks API).
    window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
    // Lit updates per element: what the frame loop costs in rendering.
    window.__updates = {};
    for (const tag of ['fh-app', 'fh-stage', 'fh-pose-overlay', 'fh-coach-panel', 'fh-hold-meter']) {
      void customElements.whenDefined(tag).then((ctor) => {
        const update = ctor.prototype.update;
        ctor.prototype.update = function (changed) {
          window.__updates[tag] = (window.__updates[tag] ?? 0) + 1;
          return update.call(this, changed);
        };
      });
    }
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  // The whole page's memory, worker included (cross-origin isolated pages may ask; the
  // ForceEagerMeasureMemory flag makes the answer come at once rather than at the next GC).
  const heapAll = async () =>
    page.evaluate(async () => (performance.measureUserAgentSpecificMemory ? (await performance.measureUserAgentSpecificMemory()).bytes : null)).catch(() => null);
  const frames = () => page.evaluate(() => document.querySelector('fh-app')?.debug?.pipeline.framesDelivered ?? 0);
  /** What the page shows when frames stop: enough to tell a finished session from a broken source. */
  const whyStopped = () =>
    page.evaluate(() => {
      const app = document.querySelector('fh-app');
      const p = app?.debug.pipeline;
      return {
        pipeline: p?.status,
        error: p?.error?.kind,
        sourceStops: p?.sourceStops,
        screen: app?.debug.session.screen,
        hold: app?.debug.session.hold?.status,
        linkProblems: app?.shadowRoot?.querySelector('[data-testid=problems]')?.textContent ?? null,
      };
    });
  /** Waits for frame `n`; fails (never hangs) when no frame has come for STALL_MS. */
  const waitFrames = async (n) => {
    let last = -1;
    let since = Date.now();
    for (;;) {
      const now = await frames();
      if (now >= n) return now;
      if (now !== last) [last, since] = [now, Date.now()];
      else if (Date.now() - since > STALL_MS) throw new Error(`${model}: no frame for ${STALL_MS / 1000} s at frame ${now} of ${n}: ${JSON.stringify(await whyStopped())}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const sample = async () => {
    const m = await metrics();
    return {
      tensors: await page.evaluate(async () => (await document.querySelector('fh-app').debug.pipeline.memory()).numTensors),
      heapMainMB: r1(m.JSHeapUsedSize / 1e6),
      heapAllMB: r1(((await heapAll()) ?? NaN) / 1e6),
    };
  };
  const clock = async () => ({ frames: await frames(), t: await page.evaluate(() => performance.now()), m: await metrics(), updates: await page.evaluate(() => ({ ...window.__updates })) });

  // A session that outlasts the run, so the app stays on the coaching screen throughout.
  await page.goto(`${base}${benchQuery({ model, backend, frames: FRAMES, threads })}`);
  // At home the set-up screen waits for Ready: the figures are the coaching screen's.
  await page.getByTestId('ready').click({ timeout: 120_000 });
  await waitFrames(100);
  const at100 = await sample();
  const w0 = await clock();
  const steadyFrames = Math.min(300, Math.max(50, FRAMES - 100));
  await waitFrames(w0.frames + steadyFrames);
  const w1 = await clock();
  const steady = await page.evaluate(({ from, to }) => ({
    latencies: document.querySelector('fh-app').debug.perf.latencies.slice(-200),
    longest: Math.max(0, ...window.__longTasks.filter((t) => t.start >= from && t.start <= to).map((t) => t.duration)),
    firstPose: document.querySelector('fh-app').debug.perf.firstPoseDrawnAt,
    backend: document.querySelector('fh-app').debug.pipeline.backend,
    threads: document.querySelector('fh-app').debug.pipeline.threads,
    isolated: crossOriginIsolated,
  }), { from: w0.t, to: w1.t });
  // Flat or not: tensors and memory every quarter of the run.
  const series = [];
  for (const q of [0.25, 0.5, 0.75, 1]) {
    const at = Math.max(w1.frames, Math.round(FRAMES * q));
    await waitFrames(at);
    series.push({ frame: at, ...(await sample()) });
  }
  const atEnd = series[series.length - 1];
  const w2 = await clock();
  const longTasks = await page.evaluate((from) => window.__longTasks.filter((t) => t.start >= from), w0.t);
  const bare = await page.evaluate(() => document.querySelector('fh-app').debug.pipeline.bareLoop(100));
  const appFps = ((w1.frames - w0.frames) * 1000) / (w1.t - w0.t);
  // The frame loop's own cost on the main thread, per processed frame, over the whole run after frame 100.
  const runFrames = w2.frames - w0.frames;
  const perFrame = (name) => r1(((w2.m[name] - w0.m[name]) * 1000) / runFrames);
  const updatesPerFrame = Object.fromEntries(Object.keys(w2.updates).map((tag) => [tag, Math.round(((w2.updates[tag] - (w0.updates[tag] ?? 0)) / runFrames) * 100) / 100]));
  console.log(JSON.stringify({
    model,
    backend: steady.backend,
    threads: steady.threads,
    crossOriginIsolated: steady.isolated,
    bareFps: r1(bare.fps),
    bareMedianMs: r1(bare.medianMs),
    appFps: r1(appFps),
    appOverBare: Math.round((appFps / bare.fps) * 100) / 100,
    latencyMedianMs: r1(pct(steady.latencies, 50)),
    latencyP95Ms: r1(pct(steady.latencies, 95)),
    longestMainTaskMs: r1(steady.longest),
    longestMainTaskRunMs: r1(Math.max(0, ...longTasks.map((t) => t.duration))),
    longTasksRun: longTasks.length,
    mainThreadMsPerFrame: perFrame('TaskDuration'),
    scriptMsPerFrame: perFrame('ScriptDuration'),
    styleLayoutMsPerFrame: r1(((w2.m.RecalcStyleDuration - w0.m.RecalcStyleDuration + w2.m.LayoutDuration - w0.m.LayoutDuration) * 1000) / runFrames),
    updatesPerFrame,
    [`tensorsAt100`]: at100.tensors,
    [`tensorsAt${FRAMES}`]: atEnd.tensors,
    heapMainMBAt100: at100.heapMainMB,
    [`heapMainMBAt${FRAMES}`]: atEnd.heapMainMB,
    memoryAllMBAt100: at100.heapAllMB,
    [`memoryAllMBAt${FRAMES}`]: atEnd.heapAllMB,
    series: series.map((x) => [x.frame, x.tensors, x.heapMainMB, x.heapAllMB]),
    firstPoseMs: r1(steady.firstPose),
    load: loadavg().map((x) => Math.round(x * 100) / 100),
  }));
  await context.close();
}

/**
 * Whether this machine has a real GPU: Chromium started with its GPU allowed (and WebGPU on), the
 * app's own choice on backend=auto (src/pipeline/backend-choice.ts: a software renderer such as
 * SwiftShader or llvmpipe is not accelerated), and the WebGL renderer's name to show.
 */
async function findGpu(browser) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${base}?stretch=standing-toe-touch&source=none`);
  await page.waitForFunction(() => document.querySelector('fh-app')?.debug.pipeline.status === 'idle' || document.querySelector('fh-app')?.debug.pipeline.status === 'error', undefined, { timeout: 120_000 });
  const found = await page.evaluate(async () => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const ext = gl?.getExtension('WEBGL_debug_renderer_info');
    const adapter = await navigator.gpu?.requestAdapter().catch(() => null);
    const p = document.querySelector('fh-app').debug.pipeline;
    return {
      accelerated: p.accelerated,
      autoBackend: p.backend,
      webglRenderer: gl ? String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : null,
      webgpuAdapter: adapter ? [adapter.info?.vendor, adapter.info?.architecture, adapter.info?.description].filter(Boolean).join(' ') || 'unnamed' : null,
    };
  });
  await context.close();
  return found;
}

const launch = launchOptions({ clip });
const flags = [...launch.args, '--enable-blink-features=ForceEagerMeasureMemory'];
const browser = await chromium.launch({ ...launch, args: flags });
try {
  const cores = await (async () => {
    const p = await browser.newPage();
    const n = await p.evaluate(() => navigator.hardwareConcurrency);
    await p.close();
    return n;
  })();
  const threadCounts = [...new Set(THREADS.map((t) => (t === 'max' ? cores : Number(t))))];
  if (BACKENDS.includes('wasm')) for (const model of MODELS) for (const threads of threadCounts) await runOne(browser, { model, backend: 'wasm', threads });
  const gpuBackends = BACKENDS.filter((b) => b === 'webgl' || b === 'webgpu');
  if (gpuBackends.length) {
    // The wasm runs above keep --disable-gpu (the project's launch recipe); this browser may use the GPU.
    const gpuBrowser = await chromium.launch({ ...launch, args: [...flags.filter((f) => f !== '--disable-gpu'), '--enable-unsafe-webgpu', '--ignore-gpu-blocklist'] });
    try {
      const gpu = await findGpu(gpuBrowser);
      if (!gpu.accelerated) {
        console.log(JSON.stringify({ gpu: false, note: `no GPU found: ${gpuBackends.map((b) => (b === 'webgl' ? 'WebGL' : 'WebGPU')).join('/')} not timed`, ...gpu }));
      } else {
        console.error(`bench: GPU found (${gpu.webglRenderer}; WebGPU: ${gpu.webgpuAdapter ?? 'none'})`);
        for (const model of MODELS) for (const backend of gpuBackends) await runOne(gpuBrowser, { model, backend });
      }
    } finally {
      await gpuBrowser.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
