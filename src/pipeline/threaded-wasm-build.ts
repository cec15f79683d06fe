/**
 * Build step for threaded WebAssembly (tfjs-backend-wasm's threaded SIMD build). tfjs starts its
 * helper threads from two blob: scripts: the thread worker (a string in the package) and the
 * engine's own factory, re-created with `Function.prototype.toString()`. Both break here: the
 * page's Content-Security-Policy allows scripts and workers from this origin only (no blob:), and
 * a minified factory's text refers to names outside itself ("ReferenceError: e is not defined").
 *
 * So the production build writes both scripts as plain files under /assets/ (names carry a hash of
 * their content, as every asset's does) and points tfjs at them. Only the build does this; the dev
 * server, `npm run analyze` and Vitest stay single-threaded. Runs in Node (vite.config.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const wasmOut = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'wasm-out');

/** The two places in tfjs-backend-wasm 4.x (dist/backend_wasm.js) that make blob: scripts. */
export const BLOB_WORKER = /if \(path\.endsWith\('\.worker\.js'\)\) \{/;
export const BLOB_FACTORY = /factoryConfig\.mainScriptUrlOrBlob = new Blob\(\[`var WasmBackendModuleThreadedSimd = ` \+\s*wasmFactoryThreadedSimd\.toString\(\)\], \{ type: 'text\/javascript' \}\);/;

export interface ThreadScripts {
  /** The thread worker's file name under the build folder, and its text. */
  readonly worker: { readonly fileName: string; readonly source: string };
  /** The engine's factory, as the package ships it (defines WasmBackendModuleThreadedSimd). */
  readonly factory: { readonly fileName: string; readonly source: string };
}

const hashed = (stem: string, source: string) => `assets/${stem}-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;

/** The thread worker's text: the package keeps it in a template string with its "\n" escapes turned into newlines. */
export function threadScripts(): ThreadScripts {
  const { wasmWorkerContents } = require(join(wasmOut, 'tfjs-backend-wasm-threaded-simd.worker.js')) as { wasmWorkerContents: string };
  const worker = wasmWorkerContents.replace(/\n/g, '\\n');
  const factory = readFileSync(join(wasmOut, 'tfjs-backend-wasm-threaded-simd.js'), 'utf8');
  return {
    worker: { fileName: hashed('tfjs-wasm-thread-worker', worker), source: worker },
    factory: { fileName: hashed('tfjs-wasm-thread-factory', factory), source: factory },
  };
}

/** tfjs-backend-wasm's backend_wasm.js, with both blob: scripts replaced by files on this origin. Throws if tfjs changed. */
export function patchBackendWasm(code: string, scripts: ThreadScripts): string {
  if (!BLOB_WORKER.test(code) || !BLOB_FACTORY.test(code)) {
    throw new Error('tfjs-backend-wasm no longer makes its thread scripts as expected: check src/pipeline/threaded-wasm-build.ts against the installed version');
  }
  const url = (fileName: string) => `new URL(${JSON.stringify(`/${fileName}`)}, self.location.href).href`;
  return code
    .replace(BLOB_WORKER, (m) => `${m} return ${url(scripts.worker.fileName)};`)
    .replace(BLOB_FACTORY, `factoryConfig.mainScriptUrlOrBlob = ${url(scripts.factory.fileName)};`);
}

/**
 * The Vite plugin for the pose worker's bundle (Vite applies `worker.plugins`, not `plugins`, to
 * worker bundles): patches tfjs and writes the two scripts; fails the build if tfjs was never
 * patched. vite.config.ts defines __FH_WASM_THREADS__ to match.
 */
export function threadedWasm(): Plugin {
  const scripts = threadScripts();
  let patched = false;
  return {
    name: 'formhold-threaded-wasm',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]@tensorflow[\\/]tfjs-backend-wasm[\\/]dist[\\/]backend_wasm\.js$/.test(id.split('?')[0] ?? '')) return null;
      patched = true;
      return { code: patchBackendWasm(code, scripts), map: null };
    },
    generateBundle() {
      if (!patched) this.error('tfjs-backend-wasm/dist/backend_wasm.js was not in the bundle: threaded WebAssembly would use blob: scripts');
      for (const s of [scripts.worker, scripts.factory]) this.emitFile({ type: 'asset', fileName: s.fileName, source: s.source });
    },
  };
}
