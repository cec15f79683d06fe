/**
 * The main thread's handle on the pose worker: typed requests, one promise per reply, frames
 * transferred (not copied). It imports no tfjs: the worker owns every tensor.
 */
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { BackendName, BackendRequest } from './backend-choice';
import { failure, PipelineFailure } from './errors';
import type { ModelId, Rotation } from './models';
import { BUILD_HAS_WASM_THREADS, wasmThreads, type ThreadsRequest } from './wasm-threads';
import type { FrameSource, FromWorker, MemoryReport, PlainPose, ToWorker } from './worker-protocol';

export interface ReadyInfo {
  readonly backend: BackendName;
  /** On real graphics hardware (see backend-choice). */
  readonly accelerated: boolean;
  readonly model: ModelId;
  readonly notes: readonly string[];
  /** Threads the WebAssembly engine runs on (0 on other engines). */
  readonly threads: number;
}

export interface PoseResult {
  readonly poses: readonly PlainPose[];
  readonly width: number;
  readonly height: number;
  readonly inferenceMs: number;
}

type Pending = { resolve: (m: FromWorker) => void; reject: (e: unknown) => void; onProgress?: ((loadedBytes: number) => void) | undefined };

/** A request the worker skipped because a newer model load made it pointless: not a failure. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer model load');
    this.name = 'Superseded';
  }
}

// Distributive Omit, so each message keeps its own fields.
type Request = ToWorker extends infer T ? (T extends ToWorker ? Omit<T, 'id'> : never) : never;

export class PoseClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Called when the worker changes backend by itself (GPU context lost). */
  onBackendChange: ((backend: BackendName, reason: string) => void) | undefined;

  constructor(
    private readonly modelBaseUrl: string,
    private readonly threads: ThreadsRequest = 'auto',
  ) {
    this.worker = new Worker(new URL('./pose-worker.ts', import.meta.url), { type: 'module', name: 'formhold-pose' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const msg = event.data;
      if (msg.type === 'backend-changed') {
        this.onBackendChange?.(msg.backend, msg.reason);
        return;
      }
      const p = this.pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'progress') {
        p.onProgress?.(msg.loadedBytes);
        return;
      }
      this.pending.delete(msg.id);
      if (msg.type === 'error') p.reject(new PipelineFailure(msg.error));
      else if (msg.type === 'superseded') p.reject(new Superseded());
      else p.resolve(msg);
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(`the pose worker crashed: ${event.message}`, true);
    };
  }

  private request(message: Request, transfer: Transferable[] = [], onProgress?: (loadedBytes: number) => void): Promise<FromWorker> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ ...message, id } satisfies ToWorker, transfer);
    });
  }

  private failAll(detail: string, log = false): void {
    const error = { kind: 'inference-failed', detail } as const;
    const reason = log ? failure(error, detail) : new PipelineFailure(error);
    for (const p of this.pending.values()) p.reject(reason);
    this.pending.clear();
  }

  /**
   * Loads a model (replacing the current one). `onProgress` hears each chunk of the download, so
   * the caller can tell a stalled download from a slow one. Rejects with Superseded if a newer
   * load was queued before this one started.
   */
  async init(model: ModelId, backend: BackendRequest, onProgress?: (loadedBytes: number) => void): Promise<ReadyInfo> {
    const abs = (u: string) => new URL(u, location.href).href;
    const wasmUrls = {
      'tfjs-backend-wasm.wasm': abs(wasmPlain),
      'tfjs-backend-wasm-simd.wasm': abs(wasmSimd),
      'tfjs-backend-wasm-threaded-simd.wasm': abs(wasmThreaded),
    };
    const threads = wasmThreads(this.threads, { isolated: globalThis.crossOriginIsolated === true, cores: navigator.hardwareConcurrency, buildHasThreads: BUILD_HAS_WASM_THREADS });
    const msg = await this.request({ type: 'init', model, backend, modelBaseUrl: this.modelBaseUrl, wasmUrls, threads }, [], onProgress);
    if (msg.type !== 'ready') throw new Error(`unexpected reply ${msg.type}`);
    return { backend: msg.backend, accelerated: msg.accelerated, model: msg.model, notes: msg.notes, threads: msg.threads };
  }

  /** Estimates poses on a frame; the bitmap is transferred to the worker and closed there. */
  /** `source`: where the picture comes from (see `FrameSource`); the live camera unless said. */
  async estimate(frame: ImageBitmap, tMs: number, rotation: Rotation, { source = 'live' }: { source?: FrameSource } = {}): Promise<PoseResult> {
    const msg = await this.request({ type: 'estimate', frame, tMs, rotation, source }, [frame]);
    if (msg.type !== 'poses') throw new Error(`unexpected reply ${msg.type}`);
    return msg;
  }

  async reset(): Promise<void> {
    await this.request({ type: 'reset' });
  }

  async memory(): Promise<MemoryReport> {
    const msg = await this.request({ type: 'memory' });
    if (msg.type !== 'memory') throw new Error(`unexpected reply ${msg.type}`);
    return msg.memory;
  }

  async loseGpuContext(): Promise<void> {
    await this.request({ type: 'lose-gpu-context' });
  }

  dispose(): void {
    this.failAll('stopped');
    this.worker.terminate();
  }
}
