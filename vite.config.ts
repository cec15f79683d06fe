import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { headersForEveryPath } from './src/app/deploy-headers.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const modelsDir = resolve(root, 'models');

/**
 * Content-Security-Policy, Referrer-Policy, Permissions-Policy, nosniff and cross-origin isolation
 * for the dev server and `vite preview`, read from public/_headers: the file static hosts use too,
 * so the three can not drift apart (README, "Deploying").
 */
const securityHeaders = headersForEveryPath(readFileSync(resolve(root, 'public/_headers'), 'utf8'));

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

export default defineConfig({
  // 'mpa': no SPA fallback, so a missing file is a 404 rather than index.html with status 200.
  appType: 'mpa',
  plugins: [serveModels()],
  resolve: {
    alias: {
      // pose-detection imports the MediaPipe runtime statically; FormHold uses the tfjs runtime only.
      '@mediapipe/pose': resolve(root, 'src/pipeline/mediapipe-pose-stub.ts'),
    },
  },
  server: { headers: securityHeaders, host: '127.0.0.1', port: 5173 },
  preview: { headers: securityHeaders, host: '127.0.0.1', port: 4173 },
  worker: { format: 'es' },
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
});
