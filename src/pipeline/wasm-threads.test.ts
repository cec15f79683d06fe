import { describe, expect, it } from 'vitest';
import { wasmThreads } from './wasm-threads';

const isolatedBuild = { isolated: true, cores: 8, buildHasThreads: true };

describe('threads for the WebAssembly engine', () => {
  it('gives what was asked for on an isolated page of the production build, within 1 to 16', () => {
    expect(wasmThreads(2, isolatedBuild)).toBe(2);
    expect(wasmThreads(4, { ...isolatedBuild, cores: 2 })).toBe(4);
    expect(wasmThreads(64, isolatedBuild)).toBe(16);
    expect(wasmThreads(0, isolatedBuild)).toBe(1);
  });

  it('is one thread where memory cannot be shared or the build has no thread scripts', () => {
    expect(wasmThreads(4, { ...isolatedBuild, isolated: false })).toBe(1);
    expect(wasmThreads(4, { ...isolatedBuild, buildHasThreads: false })).toBe(1);
    expect(wasmThreads('auto', { ...isolatedBuild, isolated: false })).toBe(1);
  });

  it('never asks for more threads than the device has cores on auto', () => {
    for (const cores of [1, 2, 4, 8, 16]) expect(wasmThreads('auto', { ...isolatedBuild, cores })).toBeLessThanOrEqual(cores);
    expect(wasmThreads('auto', { ...isolatedBuild, cores: Number.NaN })).toBe(1);
  });
});
