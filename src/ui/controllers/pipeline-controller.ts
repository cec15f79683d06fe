/**
 * Owns the side effects of the live pipeline for its host element: the pose worker, the camera
 * stream, an opened file and the inference loop. Acquires in hostConnected, releases everything
 * (tracks stopped, loop cancelled, worker terminated, object URLs revoked) in hostDisconnected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PoseFrame } from '../../core/pose/pose';
import type { BackendName, BackendRequest } from '../../pipeline/backend-choice';
import { listCameras, openCamera, stopStream, type CameraInfo } from '../../pipeline/camera';
import { asPipelineError, type PipelineError } from '../../pipeline/errors';
import { FrameLoop, settleStill, type LoopStats } from '../../pipeline/frame-loop';
import { openMediaFile } from '../../pipeline/media-file';
import type { ModelId, Rotation } from '../../pipeline/models';
import { PoseClient } from '../../pipeline/pose-client';
import { toPoseFrame } from '../../pipeline/pose-frame';

export type PipelineStatus = 'idle' | 'loading-model' | 'starting-camera' | 'running' | 'error';
export type SourceKind = 'camera' | 'video' | 'image';

export interface PipelineOptions {
  readonly modelBaseUrl: string;
  readonly model: ModelId;
  readonly backend: BackendRequest;
  readonly onFrame: (frame: PoseFrame) => void;
  readonly rotation: () => Rotation;
  /** Called when the source changes (new person, new file): the analysis should start afresh. */
  readonly onSourceChange?: () => void;
}

export class PipelineController implements ReactiveController {
  status: PipelineStatus = 'idle';
  error: PipelineError | undefined;
  /** A notice that is not an error (e.g. fell back from a lost GPU to wasm). */
  notice: string | undefined;
  backend: BackendName | undefined;
  /** Inference on real graphics hardware; false until known and after a fall back to wasm. */
  accelerated = false;
  model: ModelId;
  backendRequest: BackendRequest;
  cameras: CameraInfo[] = [];
  cameraId: string | undefined;
  source: SourceKind | undefined;
  fileName: string | undefined;
  /** The element showing the current source (a video for camera and video files, an image for photos). */
  media: HTMLVideoElement | HTMLImageElement | undefined;
  /** Time from the page's start to the first frame with a pose. */
  firstPoseAtMs: number | undefined;
  /** Frames delivered to the analysis since the page opened (any source). */
  framesDelivered = 0;

  private client: PoseClient | undefined;
  private ready: Promise<void> | undefined;
  private stream: MediaStream | undefined;
  private loop: FrameLoop | undefined;
  private objectUrl: string | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PipelineOptions,
  ) {
    this.model = options.model;
    this.backendRequest = options.backend;
    host.addController(this);
  }

  get stats(): LoopStats | undefined {
    return this.loop?.stats;
  }

  hostConnected(): void {
    this.connected = true;
    this.startWorker();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stopSource();
    this.client?.dispose();
    this.client = undefined;
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private fail(error: PipelineError): void {
    this.status = 'error';
    this.error = error;
    this.update();
  }

  private startWorker(): void {
    this.client?.dispose();
    const client = new PoseClient(this.options.modelBaseUrl);
    client.onBackendChange = (backend, reason) => {
      this.backend = backend;
      this.accelerated = false; // the only change is a fall back from a lost GPU to wasm
      this.notice = reason;
      this.update();
    };
    this.client = client;
    this.ready = this.loadModel();
  }

  private async loadModel(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.status = 'loading-model';
    this.error = undefined;
    this.update();
    try {
      const info = await client.init(this.model, this.backendRequest);
      if (client !== this.client) return;
      this.backend = info.backend;
      this.accelerated = info.accelerated;
      this.notice = info.notes.length ? info.notes.join('; ') : undefined;
      this.status = this.source ? 'running' : 'idle';
      this.update();
    } catch (e) {
      if (client === this.client) this.fail(asPipelineError(e));
      throw e;
    }
  }

  /** Switch model without a reload: the worker swaps detectors; the source keeps playing. */
  async setModel(model: ModelId): Promise<void> {
    this.model = model;
    await this.restartInference();
  }

  async setBackend(request: BackendRequest): Promise<void> {
    this.backendRequest = request;
    await this.restartInference();
  }

  private async restartInference(): Promise<void> {
    this.loop?.stop();
    this.loop = undefined;
    this.ready = this.loadModel();
    try {
      await this.ready;
    } catch {
      return;
    }
    this.options.onSourceChange?.();
    this.runSource();
  }

  async startCamera(deviceId?: string): Promise<void> {
    this.stopSource();
    this.status = 'starting-camera';
    this.error = undefined;
    this.update();
    let stream: MediaStream;
    try {
      stream = await openCamera(deviceId);
    } catch (e) {
      this.fail(asPipelineError(e));
      return;
    }
    if (!this.connected) {
      stopStream(stream);
      return;
    }
    this.stream = stream;
    const track = stream.getVideoTracks()[0];
    this.cameraId = track?.getSettings().deviceId ?? deviceId;
    track?.addEventListener('ended', () => {
      if (this.stream === stream) {
        this.stopSource();
        this.fail({ kind: 'camera-ended' });
      }
    });
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.autoplay = true;
    video.srcObject = stream;
    this.media = video;
    this.source = 'camera';
    this.fileName = undefined;
    this.cameras = await listCameras().catch(() => []);
    await video.play().catch(() => undefined);
    this.options.onSourceChange?.();
    await this.runWhenReady();
  }

  async openFile(file: File): Promise<void> {
    let opened;
    try {
      opened = await openMediaFile(file);
    } catch (e) {
      // A bad file leaves the current source running: nothing the person had is lost.
      this.error = asPipelineError(e);
      this.update();
      return;
    }
    this.stopSource();
    this.error = undefined;
    this.objectUrl = opened.url;
    this.media = opened.element;
    this.source = opened.kind;
    this.fileName = opened.name;
    this.options.onSourceChange?.();
    if (opened.kind === 'video') await opened.element.play().catch(() => undefined);
    await this.runWhenReady();
  }

  dismissError(): void {
    this.error = undefined;
    if (this.status === 'error') this.status = this.source ? 'running' : 'idle';
    this.update();
  }

  /** Retry after an error: reload the model if that failed, else restart the source. */
  async retry(): Promise<void> {
    const failed = this.error;
    this.error = undefined;
    if (failed && (failed.kind === 'model-missing' || failed.kind === 'model-corrupt' || failed.kind === 'backend-failed' || failed.kind === 'inference-failed')) {
      this.startWorker();
      try {
        await this.ready;
      } catch {
        return;
      }
      if (this.source) this.runSource();
      return;
    }
    await this.startCamera(this.cameraId);
  }

  private async runWhenReady(): Promise<void> {
    try {
      await this.ready;
    } catch {
      return;
    }
    this.runSource();
  }

  private runSource(): void {
    const client = this.client;
    const media = this.media;
    if (!client || !media || !this.connected) return;
    this.status = 'running';
    this.update();
    const deliver = (result: Parameters<typeof toPoseFrame>[0], tMs: number) => {
      const frame = toPoseFrame(result, tMs, this.model);
      this.framesDelivered++;
      if (this.firstPoseAtMs === undefined && frame.poses.length) this.firstPoseAtMs = performance.now();
      this.options.onFrame(frame);
    };
    if (media instanceof HTMLVideoElement) {
      this.loop = new FrameLoop(client, media, this.options.rotation, (f) => deliver(f.result, f.tMs), (e) => this.fail(e));
      this.loop.start();
    } else {
      settleStill(client, media, this.options.rotation, (f) => {
        if (this.media === media) deliver(f.result, f.tMs);
      }).catch((e) => this.fail(asPipelineError(e)));
    }
  }

  /** Stop the camera (its light goes off) or drop the open file; the model stays loaded. */
  release(): void {
    this.stopSource();
    this.status = 'idle';
    this.update();
  }

  private stopSource(): void {
    this.loop?.stop();
    this.loop = undefined;
    stopStream(this.stream);
    this.stream = undefined;
    if (this.media instanceof HTMLVideoElement) {
      this.media.pause();
      this.media.srcObject = null;
    }
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = undefined;
    this.media = undefined;
    this.source = undefined;
  }

  /**
   * Benchmark: the detector alone, back to back on the current picture (no analysis, no drawing),
   * with the app's own loop stopped meanwhile. Returns frames per second and median ms per frame.
   */
  async bareLoop(frames: number): Promise<{ fps: number; medianMs: number }> {
    const client = this.client;
    const media = this.media;
    if (!client || !media) throw new Error('no source');
    this.loop?.stop();
    const times: number[] = [];
    const start = performance.now();
    for (let i = 0; i < frames; i++) {
      const t = performance.now();
      await client.estimate(await createImageBitmap(media), t, 'none');
      times.push(performance.now() - t);
    }
    const total = performance.now() - start;
    times.sort((a, b) => a - b);
    this.loop?.start();
    return { fps: (frames * 1000) / total, medianMs: times[Math.floor(times.length / 2)] ?? NaN };
  }

  /** For tests and benchmarks: tensors alive in the worker. */
  memory() {
    return this.client?.memory();
  }

  /** For tests: simulate a GPU driver reset. */
  loseGpuContext() {
    return this.client?.loseGpuContext();
  }
}
