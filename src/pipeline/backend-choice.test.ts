import { describe, expect, it } from 'vitest';
import { backendOrder, isAccelerated, type GpuProbe } from './backend-choice';

const probe = (webgl: string, webgpu?: { fallback: boolean; description: string }): GpuProbe => ({
  webgl: { available: webgl !== '', renderer: webgl },
  webgpu: webgpu ? { available: true, ...webgpu } : { available: false, fallback: false, description: '' },
});

describe('backendOrder', () => {
  it('never chooses a software-rendered GPU on auto', () => {
    expect(backendOrder('auto', probe('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)'))[0]).toBe('wasm');
    expect(backendOrder('auto', probe('llvmpipe (LLVM 15.0.6, 256 bits)'))[0]).toBe('wasm');
    expect(backendOrder('auto', probe('', { fallback: true, description: 'SwiftShader' }))[0]).toBe('wasm');
  });
  it('prefers a real GPU: WebGPU, then WebGL', () => {
    expect(backendOrder('auto', probe('ANGLE (NVIDIA GeForce RTX 3060)', { fallback: false, description: 'nvidia' }))).toEqual(['webgpu', 'webgl', 'wasm', 'cpu']);
    expect(backendOrder('auto', probe('ANGLE (Intel(R) UHD Graphics 620)'))).toEqual(['webgl', 'wasm', 'cpu']);
  });
  it('honours a forced backend, keeping wasm as the fallback', () => {
    expect(backendOrder('webgl', probe('SwiftShader'))).toEqual(['webgl', 'wasm', 'cpu']);
    expect(backendOrder('wasm', probe('ANGLE (NVIDIA)'))).toEqual(['wasm', 'cpu']);
  });
});

describe('isAccelerated', () => {
  it('is true only for a GPU backend on real hardware', () => {
    expect(isAccelerated('webgl', probe('ANGLE (Intel(R) UHD Graphics 620)'))).toBe(true);
    expect(isAccelerated('webgpu', probe('', { fallback: false, description: 'nvidia ampere' }))).toBe(true);
    expect(isAccelerated('webgl', probe('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)'))).toBe(false);
    expect(isAccelerated('webgpu', probe('', { fallback: true, description: '' }))).toBe(false);
    expect(isAccelerated('wasm', probe('ANGLE (NVIDIA GeForce RTX 3060)'))).toBe(false);
  });
});
