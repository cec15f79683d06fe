import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { patchBackendWasm, threadScripts } from './threaded-wasm-build';

const require = createRequire(import.meta.url);
const installed = readFileSync(require.resolve('@tensorflow/tfjs-backend-wasm/dist/backend_wasm.js'), 'utf8');

describe('threaded WebAssembly in the production build', () => {
  const scripts = threadScripts();

  it('points the installed tfjs at thread scripts on this origin instead of blob: scripts', () => {
    const patched = patchBackendWasm(installed, scripts);
    // The thread worker: returned before the blob: one would be made.
    expect(patched).toContain(`if (path.endsWith('.worker.js')) { return new URL("/${scripts.worker.fileName}", self.location.href).href;`);
    // The engine's factory: a file, not its minified text re-made with toString().
    expect(patched).not.toMatch(/wasmFactoryThreadedSimd\.toString\(\)/);
    expect(patched).toContain(`factoryConfig.mainScriptUrlOrBlob = new URL("/${scripts.factory.fileName}", self.location.href).href;`);
  });

  it('writes a thread worker that parses and a factory that defines the engine by name, under hashed names', () => {
    expect(() => new Script(scripts.worker.source)).not.toThrow(); // compiled, not run
    expect(scripts.factory.source).toMatch(/var WasmBackendModuleThreadedSimd = /);
    expect(scripts.worker.fileName).toMatch(/^assets\/tfjs-wasm-thread-worker-[0-9a-f]{8}\.js$/);
    expect(scripts.factory.fileName).toMatch(/^assets\/tfjs-wasm-thread-factory-[0-9a-f]{8}\.js$/);
  });

  it('fails loudly when tfjs no longer makes its scripts the expected way', () => {
    expect(() => patchBackendWasm('export const nothing = 1;', scripts)).toThrow(/no longer makes its thread scripts/);
  });
});
