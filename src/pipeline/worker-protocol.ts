import type { BackendName, BackendRequest } from './backend-choice';
import type { PipelineError } from './errors';
import type { ModelId, Rotation } from './models';

/** A keypoint as plain numbers, in the pixels of the frame that was sent. */
export interface PlainKeypoint {
  readonly x: number;
  readonly y: number;
  readonly score: number;
  readonly name: string;
}
export interface PlainPose {
  readonly keypoints: readonly PlainKeypoint[];
  readonly keypoints3D?: readonly { x: number; y: number; z: number; score: number; name: string }[];
  readonly score: number;
}

/**
 * Where a picture comes from: `still`, the same photo again (passes settle the model's crop);
 * `live`, the camera or a video played in real time; `live-steady`, the same for a stretch held
 * sitting still on the floor, where the person barely moves between frames (see
 * `ModelInfo.findEveryFrame`); `file`, a video decoded frame by frame.
 */
export type FrameSource = 'still' | 'live' | 'live-steady' | 'file';

export type ToWorker =
  | { readonly type: 'init'; readonly id: number; readonly model: ModelId; readonly backend: BackendRequest; readonly modelBaseUrl: string; readonly wasmUrls: Readonly<Record<string, string>>; readonly threads: number }
  | { readonly type: 'estimate'; readonly id: number; readonly frame: ImageBitmap; readonly tMs: number; readonly rotation: Rotation; readonly source: FrameSource }
  | { readonly type: 'reset'; readonly id: number }
  | { readonly type: 'memory'; readonly id: number }
  | { readonly type: 'lose-gpu-context'; readonly id: number };

export interface MemoryReport {
  readonly numTensors: number;
  readonly numBytes: number;
}

export type FromWorker =
  | { readonly type: 'ready'; readonly id: number; readonly backend: BackendName; readonly accelerated: boolean; readonly model: ModelId; readonly notes: readonly string[]; readonly threads: number }
  | { readonly type: 'poses'; readonly id: number; readonly poses: readonly PlainPose[]; readonly width: number; readonly height: number; readonly inferenceMs: number }
  | { readonly type: 'done'; readonly id: number }
  | { readonly type: 'memory'; readonly id: number; readonly memory: MemoryReport }
  | { readonly type: 'error'; readonly id: number; readonly error: PipelineError }
  /** The request was skipped: a newer model load queued behind it made it pointless. */
  | { readonly type: 'superseded'; readonly id: number }
  /** Not a reply: a model load is making progress (bytes of the current file), so it has not stalled. */
  | { readonly type: 'progress'; readonly id: number; readonly loadedBytes: number }
  /** Not a reply: the backend changed under us (a lost GPU context fell back to wasm). */
  | { readonly type: 'backend-changed'; readonly backend: BackendName; readonly reason: string };
