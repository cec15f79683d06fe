/**
 * The only module that touches tfjs. It runs inside the pose worker: it chooses and starts the
 * backend, loads the models from the app's own origin (with typed errors for a missing or damaged
 * file), prepares each frame (turned and padded as the model needs) and returns plain numbers.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-webgpu';
import { getThreadsCount, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as poseDetection from '@tensorflow-models/pose-detection';
import { backendOrder, isAccelerated, type BackendName, type BackendRequest, type GpuProbe } from './backend-choice';
import { failure } from './errors';
import { frameTransform, toSource, type FrameTransform } from './frame-transform';
import { MODELS, type ModelId, type Rotation } from './models';
import type { FrameSource, PlainPose } from './worker-protocol';
import { bytesPerValue, firstNonFiniteWeight } from './weight-check';


async function probeGpu(): Promise<GpuProbe> {
  let webgpu = { available: false, fallback: false, description: '' };
  const gpu = (navigator as unknown as { gpu?: { requestAdapter(): Promise<{ isFallbackAdapter?: boolean; info?: { description?: string; vendor?: string; architecture?: string } } | null> } }).gpu;
  if (gpu) {
    try {
      const adapter = await gpu.requestAdapter();
      if (adapter) {
        const info = adapter.info ?? {};
        webgpu = { available: true, fallback: adapter.isFallbackAdapter === true, description: [info.vendor, info.architecture, info.description].join(' ') };
      }
    } catch {
      /* no WebGPU */
    }
  }
  let webgl = { available: false, renderer: '' };
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (gl) {
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      webgl = { available: true, renderer: String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) };
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    /* no WebGL */
  }
  return { webgpu, webgl };
}

/**
 * Runs `start` while this worker's navigator reports `cores` logical cores. tfjs-backend-wasm
 * 4.x caps its thread pool at half of navigator.hardwareConcurrency (it assumes two hyper-threads
 * per core), so on a 2-core machine any number of threads asked for became 1. The engine reads the
 * figure only while it starts; the real one is back as soon as it has.
 */
async function withLogicalCores<T>(cores: number, start: () => Promise<T>): Promise<T> {
  const nav = self.navigator;
  Object.defineProperty(nav, 'hardwareConcurrency', { configurable: true, get: () => cores });
  try {
    return await start();
  } finally {
    delete (nav as { hardwareConcurrency?: number }).hardwareConcurrency;
  }
}

/** Called as a model download makes progress (bytes so far), so a stalled download can be told apart from a slow one. */
export type ProgressListener = (loadedBytes: number) => void;

const ENGINE_NAMES: Record<BackendName, string> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WebAssembly', cpu: 'CPU' };

const HOW_TO_RESTORE = 'Restore the weights with `npm run models` (or reinstall), then reload.';

/** Reads a response body chunk by chunk, reporting each chunk. */
async function readBody(response: Response, onProgress: ProgressListener): Promise<ArrayBuffer> {
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress(loaded);
  }
  const out = new Uint8Array(loaded);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out.buffer;
}

/**
 * Fetches a graph model's JSON and weights with clear errors, so a 404 is "missing", not a parse
 * failure, and weights of the right length that no trained model could hold are "damaged".
 */
async function loadArtifacts(url: string, onProgress: ProgressListener): Promise<tf.io.IOHandler> {
  const corrupt = (detail: string) => failure({ kind: 'model-corrupt', url, detail }, `${url}: ${detail}. ${HOW_TO_RESTORE}`);
  const get = async (fileUrl: string): Promise<Response> => {
    let response: Response;
    try {
      response = await fetch(fileUrl);
    } catch (e) {
      throw failure({ kind: 'model-corrupt', url, detail: 'could not be fetched' }, `${fileUrl} could not be fetched`, e);
    }
    if (response.status === 404) throw failure({ kind: 'model-missing', url: fileUrl }, `${fileUrl}: HTTP 404. ${HOW_TO_RESTORE}`);
    if (!response.ok) throw corrupt(`${fileUrl}: HTTP ${response.status}`);
    onProgress(0);
    return response;
  };
  const response = await get(url);
  let json: { modelTopology?: unknown; weightsManifest?: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[]; format?: string; generatedBy?: string; convertedBy?: string; signature?: object; userDefinedMetadata?: Record<string, unknown>; modelInitializer?: object };
  try {
    json = JSON.parse(new TextDecoder().decode(await readBody(response, onProgress))) as typeof json;
  } catch {
    throw corrupt('not JSON');
  }
  if (!json.modelTopology || !Array.isArray(json.weightsManifest)) throw corrupt('not a tfjs graph model');
  const base = url.slice(0, url.lastIndexOf('/') + 1);
  const weightSpecs: tf.io.WeightsManifestEntry[] = [];
  const buffers: ArrayBuffer[] = [];
  for (const group of json.weightsManifest) {
    weightSpecs.push(...group.weights);
    for (const path of group.paths) buffers.push(await readBody(await get(base + path), onProgress));
  }
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  const weightData = new Uint8Array(total);
  let offset = 0;
  for (const b of buffers) {
    weightData.set(new Uint8Array(b), offset);
    offset += b.byteLength;
  }
  const expected = weightSpecs.reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1) * bytesPerValue(w), 0);
  if (expected !== total) throw corrupt(`weights are ${total} bytes, the model needs ${expected}`);
  const bad = firstNonFiniteWeight(weightSpecs, weightData.buffer);
  if (bad) throw corrupt(`weight ${bad.name} holds ${bad.count} values that are infinite or not a number: the weights file is scrambled`);
  return tf.io.fromMemory({
    modelTopology: json.modelTopology,
    weightSpecs,
    weightData: weightData.buffer,
    ...(json.format ? { format: json.format } : {}),
    ...(json.generatedBy ? { generatedBy: json.generatedBy } : {}),
    ...(json.convertedBy ? { convertedBy: json.convertedBy } : {}),
    ...(json.signature ? { signature: json.signature } : {}),
    ...(json.userDefinedMetadata ? { userDefinedMetadata: json.userDefinedMetadata } : {}),
    ...(json.modelInitializer ? { modelInitializer: json.modelInitializer } : {}),
  });
}

export interface DetectorInfo {
  readonly backend: BackendName;
  /** On real graphics hardware: heavier models are affordable. */
  readonly accelerated: boolean;
  readonly model: ModelId;
  readonly notes: string[];
  /** Threads the WebAssembly engine runs on (0 on other engines). */
  readonly threads: number;
}

/** Owns the tfjs backend, the pose detector and the scratch canvas. One instance per worker. */
export class Detector {
  private detector: poseDetection.PoseDetector | undefined;
  private model: ModelId | undefined;
  private backend: BackendName | undefined;
  private canvas: OffscreenCanvas | undefined;
  private modelBaseUrl = '/models/';
  private onBackendChange: ((backend: BackendName, reason: string) => void) | undefined;
  private contextLost = false;

  constructor(onBackendChange?: (backend: BackendName, reason: string) => void) {
    this.onBackendChange = onBackendChange;
  }

  async init(model: ModelId, request: BackendRequest, modelBaseUrl: string, wasmUrls: Readonly<Record<string, string>>, threads: number, onProgress: ProgressListener = () => undefined): Promise<DetectorInfo> {
    this.modelBaseUrl = modelBaseUrl;
    setWasmPaths(wasmUrls);
    // More than one thread only when the page may share memory and the build serves the thread
    // scripts (src/pipeline/wasm-threads.ts); fixed for the worker's life, as the engine starts once.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', threads > 1);
    if (threads > 1) setThreadsCount(threads);
    const notes: string[] = [];
    const probe = await probeGpu();
    const order = backendOrder(request, probe);
    let started: BackendName | undefined;
    let lastError = '';
    for (const name of order) {
      if (this.backend === name && tf.getBackend() === name) {
        started = name;
        break;
      }
      try {
        if (await (name === 'wasm' && threads > 1 ? withLogicalCores(2 * threads, () => tf.setBackend(name)) : tf.setBackend(name))) {
          await tf.ready();
          started = name;
          break;
        }
        lastError = `${name} did not start`;
      } catch (e) {
        lastError = `${name}: ${e instanceof Error ? e.message : String(e)}`;
      }
      console.warn(`FormHold: the ${name} engine did not start (${lastError}); trying the next one`);
    }
    if (!started) throw failure({ kind: 'backend-failed', backend: request, detail: lastError }, `no engine started for "${request}"; tried ${order.join(', ')}`);
    // A notice on screen: plain words; the reason went to the console above.
    if (request !== 'auto' && started !== request) notes.push(`The ${ENGINE_NAMES[request]} engine did not start on this device, so FormHold is using the ${ENGINE_NAMES[started]} engine instead.`);
    this.backend = started;
    this.watchGpuContext();
    onProgress(0);
    await this.loadModel(model, onProgress);
    return { backend: started, accelerated: isAccelerated(started, probe), model, notes, threads: started === 'wasm' ? getThreadsCount() : 0 };
  }

  private async loadModel(model: ModelId, onProgress: ProgressListener = () => undefined): Promise<void> {
    this.detector?.dispose();
    this.detector = undefined;
    this.model = undefined;
    const info = MODELS[model];
    const handlers = await Promise.all(info.files.map((f) => loadArtifacts(this.modelBaseUrl + f, onProgress)));
    try {
      if (info.family === 'movenet') {
        const modelType = model === 'movenet-thunder' ? poseDetection.movenet.modelType.SINGLEPOSE_THUNDER : model === 'movenet-multipose' ? poseDetection.movenet.modelType.MULTIPOSE_LIGHTNING : poseDetection.movenet.modelType.SINGLEPOSE_LIGHTNING;
        this.detector = await poseDetection.createDetector(poseDetection.SupportedModels.MoveNet, {
          modelType,
          modelUrl: handlers[0],
          enableSmoothing: false,
          ...(info.multiPerson ? { enableTracking: false, maxPoses: 6 } : {}),
        });
      } else {
        this.detector = await poseDetection.createDetector(poseDetection.SupportedModels.BlazePose, {
          runtime: 'tfjs',
          modelType: model === 'blazepose-lite' ? 'lite' : model === 'blazepose-heavy' ? 'heavy' : 'full',
          enableSmoothing: false,
          detectorModelUrl: handlers[0],
          landmarkModelUrl: handlers[1],
        });
      }
    } catch (e) {
      const url = this.modelBaseUrl + info.files.join(', ');
      throw failure({ kind: 'model-corrupt', url, detail: e instanceof Error ? e.message : String(e) }, `${url}: the model graph could not be built. ${HOW_TO_RESTORE}`, e);
    }
    this.model = model;
  }

  /** A WebGL context can be lost (driver reset, GPU unplugged): fall back to wasm and say so. */
  private watchGpuContext(): void {
    if (this.backend !== 'webgl') return;
    const backend = tf.backend() as unknown as { gpgpu?: { gl?: WebGL2RenderingContext } };
    const canvas = backend.gpgpu?.gl?.canvas as OffscreenCanvas | undefined;
    canvas?.addEventListener('webglcontextlost', (event) => {
      event.preventDefault();
      this.contextLost = true;
    });
  }

  private async recoverFromLostContext(): Promise<void> {
    this.contextLost = false;
    const model = this.model as ModelId;
    this.detector = undefined;
    try {
      tf.removeBackend('webgl');
    } catch {
      /* already gone */
    }
    await tf.setBackend('wasm');
    await tf.ready();
    this.backend = 'wasm';
    await this.loadModel(model);
    this.onBackendChange?.('wasm', 'The graphics processor stopped responding; switched to the WebAssembly engine.');
  }

  /** Test hook: make the GPU context go away as a driver reset would. */
  loseGpuContext(): boolean {
    if (this.backend !== 'webgl') return false;
    const backend = tf.backend() as unknown as { gpgpu?: { gl?: WebGL2RenderingContext } };
    backend.gpgpu?.gl?.getExtension('WEBGL_lose_context')?.loseContext();
    this.contextLost = true;
    return true;
  }

  private prepare(frame: ImageBitmap, rotation: Rotation): { image: ImageData; transform: FrameTransform } {
    const info = MODELS[this.model as ModelId];
    const t = frameTransform(frame.width, frame.height, rotation, info.input === 'square');
    if (!this.canvas) this.canvas = new OffscreenCanvas(t.width, t.height);
    if (this.canvas.width !== t.width) this.canvas.width = t.width;
    if (this.canvas.height !== t.height) this.canvas.height = t.height;
    const ctx = this.canvas.getContext('2d', { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, t.width, t.height);
    ctx.translate(t.padX, t.padY);
    if (rotation === 'cw') {
      ctx.translate(frame.height, 0);
      ctx.rotate(Math.PI / 2);
    } else if (rotation === 'ccw') {
      ctx.translate(0, frame.width);
      ctx.rotate(-Math.PI / 2);
    }
    ctx.drawImage(frame, 0, 0);
    return { image: ctx.getImageData(0, 0, t.width, t.height), transform: t };
  }

  async estimate(frame: ImageBitmap, tMs: number, rotation: Rotation, source: FrameSource = 'live'): Promise<{ poses: PlainPose[]; width: number; height: number }> {
    if (this.contextLost) await this.recoverFromLostContext();
    if (!this.detector) throw failure({ kind: 'inference-failed', detail: 'no model loaded', ...(this.backend ? { backend: this.backend } : {}) });
    const { image, transform } = this.prepare(frame, rotation);
    const width = frame.width;
    const height = frame.height;
    frame.close();
    // A decoded video file, or a live seated hold: find the person afresh where the model is
    // measured better that way. A photo is settled over passes of the same picture, and the live
    // camera on other stretches runs at the rate the person moves, where following the region
    // helps (see `ModelInfo.findEveryFrame`).
    if ((source === 'file' || source === 'live-steady') && this.model && MODELS[this.model].findEveryFrame) this.reset();
    const raw = await this.detector.estimatePoses(image, { flipHorizontal: false }, tMs);
    const poses = raw.map((p): PlainPose => {
      const keypoints = p.keypoints.map((k) => {
        const s = toSource(transform, k.x, k.y);
        return { x: s.x, y: s.y, score: k.score ?? 0, name: k.name ?? '' };
      });
      const mean = keypoints.reduce((n, k) => n + k.score, 0) / Math.max(1, keypoints.length);
      return {
        keypoints,
        score: p.score ?? mean,
        ...(p.keypoints3D ? { keypoints3D: p.keypoints3D.map((k) => ({ x: k.x, y: k.y, z: k.z ?? 0, score: k.score ?? 0, name: k.name ?? '' })) } : {}),
      };
    });
    return { poses, width, height };
  }

  /** The model loaded now (none while one loads). */
  get loadedModel(): ModelId | undefined {
    return this.model;
  }

  get currentBackend(): BackendName | undefined {
    return this.backend;
  }

  reset(): void {
    // MoveNet MultiPose without tracking keeps nothing between frames, and its reset() throws
    // (pose-detection 2.1.3 resets single-pose filters it never made): nothing to forget.
    if (this.model && MODELS[this.model].multiPerson) return;
    this.detector?.reset();
  }

  memory(): { numTensors: number; numBytes: number } {
    const m = tf.memory();
    return { numTensors: m.numTensors, numBytes: m.numBytes };
  }

  dispose(): void {
    this.detector?.dispose();
    this.detector = undefined;
  }
}


