// Shared by `npm run analyze` and the accuracy script: one Vite server and one headless Chromium
// running FormHold's own browser modules (src/cli/analyze-page.ts) on files, one at a time.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { launchOptions } from './chromium.mjs';
import { progressBar } from './progress-bar.mjs';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

const VIDEO_MIME = { '.mp4': 'video/mp4', '.m4v': 'video/mp4', '.mov': 'video/quicktime', '.webm': 'video/webm', '.mkv': 'video/x-matroska' };

/** Image or video, by content (magic bytes); undefined for anything else. */
export function sniffMedia(file) {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(16);
  const n = readSync(fd, head, 0, 16, 0);
  closeSync(fd);
  if (n < 12) return undefined;
  const ext = extname(file).toLowerCase();
  if (head[0] === 0xff && head[1] === 0xd8) return { kind: 'image', mime: 'image/jpeg' };
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { kind: 'image', mime: 'image/png' };
  if (head.subarray(0, 4).toString() === 'RIFF' && head.subarray(8, 12).toString() === 'WEBP') return { kind: 'image', mime: 'image/webp' };
  if (head.subarray(0, 3).toString() === 'GIF') return { kind: 'image', mime: 'image/gif' };
  if (head.subarray(4, 8).toString() === 'ftyp') return { kind: 'video', mime: VIDEO_MIME[ext] ?? 'video/mp4' };
  if (head.readUInt32BE(0) === 0x1a45dfa3) return { kind: 'video', mime: VIDEO_MIME[ext] ?? 'video/webm' };
  return undefined;
}

export function videoFps(file) {
  try {
    const out = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=avg_frame_rate', '-of', 'csv=p=0', file], { encoding: 'utf8' }).trim();
    const [n, d] = out.split('/').map(Number);
    if (n > 0 && d > 0) return n / d;
  } catch {
    /* no ffprobe: fall back */
  }
  return 15;
}

export async function startAnalyzer() {
  const server = await createServer({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'silent', server: { port: 0, strictPort: false, hmr: false } });
  const load = (path) => server.ssrLoadModule(path);
  const [types, models, backends, choice] = await Promise.all([
    load('/src/core/stretches/types.ts'),
    load('/src/pipeline/models.ts'),
    load('/src/pipeline/backend-choice.ts'),
    load('/src/pipeline/model-choice.ts'),
  ]);
  let browser;
  let page;
  let current;
  let calls = 0;
  /** @type {((done: number, total: number) => void) | undefined} */
  let onProgress;

  async function ensurePage() {
    if (page) return page;
    await server.listen();
    browser = await chromium.launch(launchOptions());
    page = await browser.newPage();
    // Frames done of all, drawn on stderr (only when it is a terminal, or asked for).
    await page.exposeFunction('formholdProgress', (done, total) => onProgress?.(done, total));
    await page.route('**/__analyze_input/**', (route) => route.fulfill({ status: 200, contentType: current.mime, body: current.body }));
    await page.goto(new URL('src/cli/analyze.html', server.resolvedUrls.local[0]).href);
    await page.waitForFunction(() => typeof window.formholdAnalyze === 'function', undefined, { timeout: 120_000 });
    return page;
  }

  return {
    types,
    models,
    isBackendRequest: backends.isBackendRequest,
    /** The app's model for a stretch, on a CPU (false) or on real graphics hardware (true). */
    recommendedModel: choice.recommendedModel,
    /** Analyse one file; throws with a message on bad input. */
    async analyze(file, opts) {
      const media = sniffMedia(file);
      if (!media) throw new Error(`${file} is not a photo or video FormHold can read (JPEG, PNG, WebP, GIF, MP4, WebM)`);
      const p = await ensurePage();
      current = { mime: media.mime, body: readFileSync(file) };
      const started = Date.now();
      let lastDrawn = 0;
      onProgress = opts.progress
        ? (done, total) => {
            const now = Date.now();
            if (done < total && now - lastDrawn < 200) return;
            lastDrawn = now;
            process.stderr.write(`\r${progressBar(done, total, (now - started) / 1000)}${done >= total ? '\n' : ''}`);
          }
        : undefined;
      return p.evaluate((req) => window.formholdAnalyze(req), {
        url: `/__analyze_input/${++calls}`, // a fresh URL each time: the browser caches by URL
        kind: media.kind,
        stretch: opts.stretch,
        ...(opts.side ? { side: opts.side } : {}),
        ...(opts.model ? { model: opts.model } : {}),
        backend: opts.backend ?? 'wasm',
        turn: opts.turn ?? 'auto',
        fps: opts.fps ?? (media.kind === 'video' ? videoFps(file) : 1),
        keypoints: opts.keypoints ?? false,
        // The app's own model choice comes with its second opinion on stills; a named model is measured alone.
        secondOpinion: opts.secondOpinion ?? !opts.model,
        every: opts.every ?? 1,
        ...(opts.hold ? { holdS: opts.hold } : {}),
      });
    },
    async close() {
      await browser?.close();
      await server.close();
    },
  };
}
