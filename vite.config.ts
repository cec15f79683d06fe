import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { headersForEveryPath } from './src/app/deploy-headers.js';
import { RECOMMENDED } from './src/pipeline/model-choice.js';
import { MODELS, type ModelId } from './src/pipeline/models.js';
import { threadedWasm } from './src/pipeline/threaded-wasm-build.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const modelsDir = resolve(root, 'models');

/**
 * Content-Security-Policy, Referrer-Policy, Permissions-Policy, nosniff and cross-origin isolation
 * for the dev server and `vite preview`, read from public/_headers: the file static hosts use too,
 * so the three can not drift apart (README, "Deploying").
 */
const securityHeaders = headersForEveryPath(readFileSync(resolve(root, 'public/_headers'), 'utf8'));

/**
 * The weights the app picks by itself (each stretch's default model, on a CPU and on a GPU): the
 * service worker precaches them, so every stretch works offline after one visit. Models chosen
 * only by hand are cached the first time they are used.
 */
function precachedModelFiles(): string[] {
  const ids = new Set<ModelId>();
  for (const setup of Object.values(RECOMMENDED)) {
    ids.add(setup.model);
    if (setup.accelerated) ids.add(setup.accelerated);
  }
  const files = new Set<string>();
  for (const id of ids) {
    for (const json of MODELS[id].files) {
      files.add(json);
      const graph = JSON.parse(readFileSync(join(modelsDir, json), 'utf8')) as { weightsManifest: { paths: string[] }[] };
      for (const group of graph.weightsManifest) for (const path of group.paths) files.add(path);
    }
  }
  return [...files].sort();
}

/**
 * The installable app and its service worker (production build only: no service worker in the
 * dev server, `npm run analyze` or Vitest). Workbox precaches the app shell, the single-threaded
 * wasm files and the default models' weights; other weights are cached on first use. A new version
 * installs in the background and waits: src/app/service-worker.ts decides when it takes over.
 */
function offlineApp(): Plugin[] {
  const models = precachedModelFiles();
  const largest = Math.max(...models.map((f) => statSync(join(modelsDir, f)).size));
  // A new set of weights (models/manifest.json changes) gets a new cache, so none is served stale.
  const weightsVersion = createHash('sha256').update(readFileSync(join(modelsDir, 'manifest.json'))).digest('hex').slice(0, 8);
  return VitePWA({
    injectRegister: false,
    registerType: 'prompt',
    manifestFilename: 'manifest.webmanifest',
    includeAssets: [],
    includeManifestIcons: false, // the glob below already precaches them
    manifest: {
      name: 'FormHold',
      short_name: 'FormHold',
      description: "Counts your hamstring stretch's hold only while your form is right. Runs on your device.",
      lang: 'en',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      orientation: 'any',
      theme_color: '#101820',
      background_color: '#101820',
      icons: [
        { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'assets/*.wasm', ...models.map((f) => `models/${f}`)],
      // Threads are off (src/pipeline/detector.ts): the threaded wasm is cached only if ever fetched.
      globIgnores: ['**/*threaded*', 'deploy/**', '_headers'],
      // Workbox skips (with only a warning) any file over this size: the largest weights file must fit.
      maximumFileSizeToCacheInBytes: Math.ceil(largest / 2 ** 20) * 2 ** 20,
      // A link with parameters (?stretch=...&kiosk=1) opens the app offline too; nothing else does.
      navigateFallback: 'index.html',
      navigateFallbackAllowlist: [/^\/(index\.html)?(\?.*)?$/],
      cleanupOutdatedCaches: true,
      // The first service worker takes the page that installed it (same version, nothing to mix);
      // later versions wait (no skipWaiting) until src/app/service-worker.ts says it is safe.
      clientsClaim: true,
      skipWaiting: false,
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/models\/[^/]+\.(json|bin)$/.test(url.pathname),
          handler: 'CacheFirst',
          options: { cacheName: `formhold-models-${weightsVersion}`, cacheableResponse: { statuses: [200] } },
        },
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/assets\/[^/]+\.wasm$/.test(url.pathname),
          handler: 'CacheFirst',
          options: { cacheName: 'formhold-wasm', cacheableResponse: { statuses: [200] } },
        },
      ],
    },
  });
}

/**
 * Serves the pose-model weights under /models/ from the project's own models/ folder (filled by
 * the install step), answers a missing file with a real 404 instead of index.html, and copies the
 * weights into the production build.
 */
function serveModels(): Plugin {
  const handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = req.url?.split('?')[0] ?? '';
    if (!url.startsWith('/models/')) return next();
    const name = normalize(decodeURIComponent(url.slice('/models/'.length)));
    const path = join(modelsDir, name);
    if (name.includes('..') || !/\.(json|bin)$/.test(name) || !existsSync(path) || !statSync(path).isFile()) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain');
      res.end(`model file not found: ${name}`);
      return;
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', name.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    res.setHeader('Content-Length', String(statSync(path).size));
    // This handler answers before the server's own header step: the same headers as every file.
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    res.setHeader('Cache-Control', 'public, max-age=86400');
    createReadStream(path).pipe(res);
  };
  return {
    name: 'formhold-models',
    configureServer(server) {
      server.middlewares.use(handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
    },
    async writeBundle(options) {
      const out = resolve(options.dir ?? resolve(root, 'dist'), 'models');
      await mkdir(out, { recursive: true });
      for (const file of await readdir(modelsDir)) {
        if (/\.(bin|json)$/.test(file) && file !== 'manifest.json') await copyFile(join(modelsDir, file), join(out, file));
      }
    },
  };
}

export default defineConfig(({ command }) => ({
  // 'mpa': no SPA fallback, so a missing file is a 404 rather than index.html with status 200.
  appType: 'mpa',
  plugins: [serveModels(), ...(command === 'build' ? offlineApp() : [])],
  // The production build carries threaded WebAssembly's scripts (src/pipeline/threaded-wasm-build.ts).
  define: { __FH_WASM_THREADS__: JSON.stringify(command === 'build') },
  resolve: {
    alias: {
      // pose-detection imports the MediaPipe runtime statically; FormHold uses the tfjs runtime only.
      '@mediapipe/pose': resolve(root, 'src/pipeline/mediapipe-pose-stub.ts'),
    },
  },
  server: { headers: securityHeaders, host: '127.0.0.1', port: 5173 },
  preview: { headers: securityHeaders, host: '127.0.0.1', port: 4173 },
  worker: { format: 'es', plugins: () => (command === 'build' ? [threadedWasm()] : []) },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  optimizeDeps: {
    exclude: ['@mediapipe/pose'],
    // Pre-bundle everything the pages and the worker import, so the dev server (and `npm run
    // analyze`, which uses it) never reloads a page mid-run to add a late-found dependency.
    include: ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm', '@tensorflow/tfjs-backend-webgpu', '@tensorflow-models/pose-detection', 'lit', 'lit/decorators.js'],
  },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
}));
