/** Choosing the tfjs backend from what the device offers. Pure: the probing happens in the worker. */

export const BACKEND_REQUESTS = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendRequest = (typeof BACKEND_REQUESTS)[number];
export type BackendName = Exclude<BackendRequest, 'auto'>;
export const isBackendRequest = (v: string): v is BackendRequest => (BACKEND_REQUESTS as readonly string[]).includes(v);

export interface GpuProbe {
  readonly webgpu: { readonly available: boolean; readonly fallback: boolean; readonly description: string };
  readonly webgl: { readonly available: boolean; readonly renderer: string };
}

/** Renderers that run the "GPU" on the CPU: far slower than wasm for these models. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render|microsoft basic/i;

export const isSoftwareRenderer = (renderer: string): boolean => SOFTWARE_RENDERER.test(renderer);

/**
 * The backends to try, best first. "auto" prefers a real GPU (WebGPU, then WebGL) and otherwise
 * wasm; it never picks a software-rendered GPU path (on SwiftShader WebGL is ~10x slower than wasm).
 * A forced backend is tried first, with wasm as the fallback if it fails to start.
 */
/** Whether inference runs on real graphics hardware (not wasm, not a software-rendered GPU). */
export function isAccelerated(backend: BackendName, probe: GpuProbe): boolean {
  if (backend === 'webgpu') return probe.webgpu.available && !probe.webgpu.fallback && !isSoftwareRenderer(probe.webgpu.description);
  if (backend === 'webgl') return probe.webgl.available && !isSoftwareRenderer(probe.webgl.renderer);
  return false;
}

export function backendOrder(request: BackendRequest, probe: GpuProbe): BackendName[] {
  if (request !== 'auto') return request === 'wasm' ? ['wasm', 'cpu'] : [request, 'wasm', 'cpu'];
  const order: BackendName[] = [];
  if (probe.webgpu.available && !probe.webgpu.fallback && !isSoftwareRenderer(probe.webgpu.description)) order.push('webgpu');
  if (probe.webgl.available && !isSoftwareRenderer(probe.webgl.renderer)) order.push('webgl');
  order.push('wasm', 'cpu');
  return order;
}
