/**
 * Owns the side effects of the live pipeline for its host element: the pose worker, the camera
 * stream, an opened file and the inference loop. Acquires in hostConnected, releases everything
 * (tracks stopped, loop cancelled, worker terminated, object URLs revoked) in hostDisconnected.
 *
 * The latest request wins (as Lit's Task does with its `_callId`): every model load and every
 * source request takes a number from a generation counter, and after each await checks that its
 * number is still the newest. A superseded load never starts a loop; a camera stream that loses
 * the race (a second "Use camera", Back pressed while the camera opens) is stopped at once; at
 * most one inference loop exists, because starting one stops the one before.
 */
import type { SourceStopReason } from '../../core/hold/hold-reducer';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PoseFrame } from '../../core/pose/pose';
import type { BackendName, BackendRequest } from '../../pipeline/backend-choice';
import { listCameras, openCamera, stopStream, type CameraInfo } from '../../pipeline/camera';
import { asPipelineError, failure, type PipelineError } from '../../pipeline/errors';
import { FrameLoop, settleStill, type LoopStats } from '../../pipeline/frame-loop';
import { openMediaFile } from '../../pipeline/media-file';
import type { ModelId, Rotation } from '../../pipeline/models';
import { PoseClient, Superseded } from '../../pipeline/pose-client';
import { toPoseFrame } from '../../pipeline/pose-frame';
import type { ThreadsRequest } from '../../pipeline/wasm-threads';
import { MODEL_STALL_MS, StallWatchdog } from '../../pipeline/stall-watchdog';

export type PipelineStatus = 'idle' | 'loading-model' | 'starting-camera' | 'running' | 'error';
export type SourceKind = 'camera' | 'video' | 'image';
/** Why a source stopped by itself (not at the person's request). */
/** Why a source stopped by itself: the session's own word for it, so the two cannot drift apart. */
export type { SourceStopReason };

export interface PipelineOptions {
  readonly modelBaseUrl: string;
  readonly model: ModelId;
  readonly backend: BackendRequest;
  /** Threads for the WebAssembly engine ('auto': what the benchmark showed to pay). */
  readonly threads?: ThreadsRequest;
  readonly onFrame: (frame: PoseFrame) => void;
  readonly rotation: () => Rotation;
  /** What the camera is for the stretch being done (see `liveSource`); plain `live` unless said. */
  readonly liveSource?: () => 'live' | 'live-steady';
  /** Called when the source changes (new person, new file): the analysis should start afresh. */
  readonly onSourceChange?: () => void;
  /** Called when the source stops by itself (camera unplugged, video failed or ended): no more frames will come. */
  readonly onSourceStopped?: (reason: SourceStopReason) => void;
  /** Called when an opened photo has been read in full by the loaded model (a second look may follow). */
  readonly onStillSettled?: () => void;
}

/** Errors about the model or the engine: a reload of the model is the way out, not a new source. */
const isModelError = (e: PipelineError): boolean =>
  e.kind === 'model-missing' || e.kind === 'model-corrupt' || e.kind === 'model-stalled' || e.kind === 'backend-failed' || e.kind === 'inference-failed';

export class PipelineController implements ReactiveController {
  error: PipelineError | undefined;
  /** A notice that is not an error (e.g. fell back from a lost GPU to wasm). */
  notice: string | undefined;
  backend: BackendName | undefined;
  /** Threads the WebAssembly engine runs on (0 on other engines, undefined until loaded). */
  threads: number | undefined;
  /** Inference on real graphics hardware; false until known and after a fall back to wasm. */
  accelerated = false;
  /** The model asked for last (what the model picker shows). */
  model: ModelId;
  /** The model the worker has loaded, which every delivered frame comes from; undefined while one loads or after a failure. */
  runningModel: ModelId | undefined;
  backendRequest: BackendRequest;
  cameras: CameraInfo[] = [];
  cameraId: string | undefined;
  /** The source asked for: set as soon as a camera is asked for, so Back can release one still opening. */
  source: SourceKind | undefined;
  fileName: string | undefined;
  /** The element showing the current source (a video for camera and video files, an image for photos). */
  media: HTMLVideoElement | HTMLImageElement | undefined;
  /** Time from the page's start to the first frame with a pose. */
  firstPoseAtMs: number | undefined;
  /** Frames delivered to the analysis since the page opened (any source). */
  framesDelivered = 0;
  /** How long a model download may go without progress before it is reported as stalled (tests shorten it). */
  modelStallMs = MODEL_STALL_MS;
  /** Each time the source stopped by itself, in order: what onSourceStopped was told (for tests). */
  readonly sourceStops: SourceStopReason[] = [];

  private client: PoseClient | undefined;
  /** Other models' workers for a second look at the open photo, each loaded once; ended with the photo. */
  private opinionClients = new Map<ModelId, { readonly client: PoseClient; readonly ready: Promise<PoseClient> }>();
  private stream: MediaStream | undefined;
  private loop: FrameLoop | undefined;
  private objectUrl: string | undefined;
  /** Listeners on the current source's track or video, removed with it. */
  private sourceListeners: AbortController | undefined;
  private connected = false;
  private loading = false;
  private openingCamera = false;
  private watchdog: StallWatchdog | undefined;
  /** Generation counters: a request whose number is no longer the newest has been superseded. */
  private loadId = 0;
  private sourceId = 0;
  private runId = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PipelineOptions,
  ) {
    this.model = options.model;
    this.backendRequest = options.backend;
    host.addController(this);
  }

  get status(): PipelineStatus {
    if (this.error) return 'error';
    if (this.loading) return 'loading-model';
    if (this.openingCamera) return 'starting-camera';
    return this.media ? 'running' : 'idle';
  }

  get stats(): LoopStats | undefined {
    return this.loop?.stats;
  }

  /** For tests: inference loops running in this page (one source, one loop). */
  get liveLoops(): number {
    return FrameLoop.live;
  }

  hostConnected(): void {
    this.connected = true;
    void this.startWorker();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.sourceId++;
    this.loadId++;
    this.watchdog?.stop();
    this.loading = false;
    this.stopSource();
    this.client?.dispose();
    this.client = undefined;
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private fail(error: PipelineError): void {
    this.error = error;
    this.update();
  }

  private newClient(): PoseClient {
    const client = new PoseClient(this.options.modelBaseUrl, this.options.threads);
    client.onBackendChange = (backend, reason) => {
      if (client !== this.client) return;
      this.backend = backend;
      this.accelerated = false; // the only change is a fall back from a lost GPU to wasm
      this.notice = reason;
      this.update();
    };
    return client;
  }

  /** A fresh worker (the old one terminated with whatever it was doing), then the model. */
  private startWorker(): Promise<void> {
    this.client?.dispose();
    this.client = this.newClient();
    return this.load();
  }

  /**
   * Loads `model` on `backendRequest`. The newest call wins: an older load's answer is ignored,
   * and no loop runs while a model loads. Settles when this load does (or is superseded).
   */
  private load(): Promise<void> {
    const key = ++this.loadId;
    this.stopLoop();
    this.runningModel = undefined;
    this.loading = true;
    if (this.error && isModelError(this.error)) this.error = undefined;
    this.client ??= this.newClient();
    const client = this.client;
    this.watchdog?.stop();
    const watchdog = new StallWatchdog(
      () => this.modelStallMs,
      () => {
        if (key === this.loadId) this.loadStalled();
      },
    );
    this.watchdog = watchdog;
    this.update();
    return client.init(this.model, this.backendRequest, () => watchdog.progress()).then(
      (info) => {
        watchdog.stop();
        if (key !== this.loadId) return;
        this.loading = false;
        this.runningModel = info.model;
        this.backend = info.backend;
        this.threads = info.threads;
        this.accelerated = info.accelerated;
        this.notice = info.notes.length ? info.notes.join('; ') : undefined;
        this.update();
        if (this.media) {
          this.options.onSourceChange?.(); // another model sees the person afresh
          this.runSource();
        }
      },
      (e: unknown) => {
        watchdog.stop();
        if (key !== this.loadId || e instanceof Superseded) return;
        this.loading = false;
        this.fail(asPipelineError(e));
      },
    );
  }

  /** The worker is stuck in a download: end it (its fetch goes with it) and say so; Try again starts afresh. */
  private loadStalled(): void {
    this.loadId++;
    this.loading = false;
    this.watchdog = undefined;
    this.client?.dispose();
    this.client = undefined;
    this.fail(failure({ kind: 'model-stalled' }, `no progress loading ${this.model} for ${this.modelStallMs} ms`).error);
  }

  /** Switch model without a reload: the worker swaps detectors; the source keeps playing. */
  setModel(model: ModelId): Promise<void> {
    this.model = model;
    return this.load();
  }

  setBackend(request: BackendRequest): Promise<void> {
    this.backendRequest = request;
    return this.load();
  }

  async startCamera(deviceId?: string): Promise<void> {
    const key = ++this.sourceId;
    this.stopSource();
    this.source = 'camera';
    this.openingCamera = true;
    if (this.error && !isModelError(this.error)) this.error = undefined;
    this.update();
    let stream: MediaStream;
    try {
      stream = await openCamera(deviceId);
    } catch (e) {
      if (key !== this.sourceId) return;
      this.openingCamera = false;
      this.source = undefined;
      this.fail(asPipelineError(e));
      return;
    }
    if (key !== this.sourceId || !this.connected) {
      stopStream(stream); // lost the race: the light goes off at once
      return;
    }
    this.openingCamera = false;
    this.stream = stream;
    const listeners = new AbortController();
    this.sourceListeners = listeners;
    const track = stream.getVideoTracks()[0];
    this.cameraId = track?.getSettings().deviceId ?? deviceId;
    track?.addEventListener('ended', () => this.sourceStopped('camera-ended', failure({ kind: 'camera-ended' }, 'the video track ended').error), { signal: listeners.signal });
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.autoplay = true;
    video.srcObject = stream;
    this.media = video;
    this.fileName = undefined;
    this.update();
    const cameras = await listCameras().catch(() => []);
    if (key !== this.sourceId) return;
    this.cameras = cameras;
    await video.play().catch(() => undefined);
    if (key !== this.sourceId) return;
    this.options.onSourceChange?.();
    this.runSource();
  }

  async openFile(file: File): Promise<void> {
    const key = ++this.sourceId;
    let opened;
    try {
      opened = await openMediaFile(file);
    } catch (e) {
      if (key !== this.sourceId) return;
      // A bad file leaves the current source running: nothing the person had is lost. A camera
      // still opening was superseded by this request, though: it will not come.
      if (this.openingCamera) {
        this.openingCamera = false;
        this.source = undefined;
      }
      this.fail(asPipelineError(e));
      return;
    }
    if (key !== this.sourceId || !this.connected) {
      URL.revokeObjectURL(opened.url);
      return;
    }
    this.stopSource();
    if (this.error && !isModelError(this.error)) this.error = undefined;
    this.objectUrl = opened.url;
    this.media = opened.element;
    this.source = opened.kind;
    this.fileName = opened.name;
    if (opened.kind === 'video') this.watchVideo(opened.element, opened.name);
    this.options.onSourceChange?.();
    this.update();
    if (opened.kind === 'video') {
      await opened.element.play().catch(() => undefined);
      if (key !== this.sourceId) return;
    }
    this.runSource();
  }

  /** A video that fails part-way or ends stops the source and says so, rather than freezing. */
  private watchVideo(video: HTMLVideoElement, name: string): void {
    const listeners = new AbortController();
    this.sourceListeners = listeners;
    const options = { signal: listeners.signal };
    video.addEventListener('error', () => this.sourceStopped('video-failed', failure({ kind: 'video-failed', name }, video.error?.message).error), options);
    video.addEventListener('ended', () => this.sourceStopped('video-ended', { kind: 'video-ended', name }), options);
  }

  /** The source stopped by itself: release it, tell the session (so the count stops), show why. */
  private sourceStopped(reason: SourceStopReason, error: PipelineError): void {
    this.sourceId++;
    this.stopSource();
    this.sourceStops.push(reason);
    this.options.onSourceStopped?.(reason);
    this.fail(error);
  }

  dismissError(): void {
    this.error = undefined;
    this.update();
  }

  /** Retry after an error: reload the model (in a fresh worker) if that failed, else restart the camera. */
  async retry(): Promise<void> {
    const failed = this.error;
    this.error = undefined;
    if (failed && isModelError(failed)) {
      await this.startWorker();
      return;
    }
    await this.startCamera(this.cameraId);
  }

  /** Starts inference on the current source with the loaded model, replacing any loop before it. */
  private runSource(): void {
    const client = this.client;
    const media = this.media;
    const model = this.runningModel;
    if (!client || !media || !model || !this.connected) return;
    this.stopLoop();
    const run = this.runId;
    const deliver = (result: Parameters<typeof toPoseFrame>[0], tMs: number) => {
      if (run !== this.runId) return;
      const frame = toPoseFrame(result, tMs, model);
      this.framesDelivered++;
      if (this.firstPoseAtMs === undefined && frame.poses.length) this.firstPoseAtMs = performance.now();
      this.options.onFrame(frame);
    };
    const failed = (error: PipelineError) => {
      if (run !== this.runId) return;
      // A video that broke says so through its own 'error' event (video-failed), not as a model failure.
      if (media instanceof HTMLVideoElement && media.error) return;
      this.stopLoop();
      this.fail(error);
    };
    if (media instanceof HTMLVideoElement) {
      this.loop = new FrameLoop(client, media, this.options.rotation, (f) => deliver(f.result, f.tMs), failed, this.options.liveSource);
      this.loop.start();
    } else {
      settleStill(client, media, this.options.rotation, (f) => deliver(f.result, f.tMs)).then(
        () => {
          if (run === this.runId) this.options.onStillSettled?.();
        },
        (e: unknown) => {
          if (!(e instanceof Superseded)) failed(asPipelineError(e));
        },
      );
    }
    this.update();
  }

  /**
   * The open photo read by another model, on its own worker (loaded once per photo and model), the
   * way the loaded model read it (`settleStill`). Resolves false, and delivers nothing more, when
   * the photo or the model changed meanwhile, or the other model could not run: a second look that
   * fails leaves the first reading standing, so its error is not the person's problem.
   */
  async readStill(model: ModelId, rotation: () => Rotation, deliver: (frame: PoseFrame) => void): Promise<boolean> {
    const media = this.media;
    const run = this.runId;
    if (!(media instanceof HTMLImageElement)) return false;
    const current = () => run === this.runId && media === this.media;
    try {
      const client = await this.opinionClient(model);
      if (!current()) return false;
      await settleStill(client, media, rotation, (f) => {
        if (current()) deliver(toPoseFrame(f.result, f.tMs, model));
      });
      return current();
    } catch (e) {
      if (current()) console.warn(`FormHold: a second look with ${model} failed; the first reading stands`, e);
      return false;
    }
  }

  /** The number of the current run of the source: a reading made in another run is of something no longer on screen. */
  get run(): number {
    return this.runId;
  }

  /**
   * The worker for another model's look, loaded once per photo. One that fails to load, or whose
   * download makes no progress for `modelStallMs`, is ended and forgotten (the next look tries again).
   */
  private opinionClient(model: ModelId): Promise<PoseClient> {
    const known = this.opinionClients.get(model);
    if (known) return known.ready;
    const client = new PoseClient(this.options.modelBaseUrl, this.options.threads);
    const forget = () => {
      client.dispose();
      if (this.opinionClients.get(model)?.client === client) this.opinionClients.delete(model);
    };
    const watchdog = new StallWatchdog(() => this.modelStallMs, forget);
    const ready = client.init(model, this.backendRequest, () => watchdog.progress()).then(
      () => {
        watchdog.stop();
        return client;
      },
      (e: unknown) => {
        watchdog.stop();
        forget();
        throw e;
      },
    );
    this.opinionClients.set(model, { client, ready });
    return ready;
  }

  private endOpinions(): void {
    // Ending a worker fails whatever it was doing, a load included: every look waiting on it ends.
    for (const { client } of this.opinionClients.values()) client.dispose();
    this.opinionClients.clear();
  }

  /** Stops the loop, and voids anything a still-settling photo would still deliver. */
  private stopLoop(): void {
    this.runId++;
    this.loop?.stop();
    this.loop = undefined;
  }

  /** Stop the camera (its light goes off) or drop the open file; the model stays loaded. */
  release(): void {
    this.sourceId++;
    this.stopSource();
    this.update();
  }

  private stopSource(): void {
    this.stopLoop();
    this.endOpinions();
    this.sourceListeners?.abort();
    this.sourceListeners = undefined;
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
    this.openingCamera = false;
  }

  /**
   * Benchmark: the detector alone, back to back on the current picture (no analysis, no drawing),
   * with the app's own loop stopped meanwhile. Returns frames per second and median ms per frame.
   */
  async bareLoop(frames: number): Promise<{ fps: number; medianMs: number }> {
    const client = this.client;
    const media = this.media;
    if (!client || !media) throw new Error('no source');
    const loop = this.loop;
    loop?.stop();
    const times: number[] = [];
    const start = performance.now();
    for (let i = 0; i < frames; i++) {
      const t = performance.now();
      await client.estimate(await createImageBitmap(media), t, 'none');
      times.push(performance.now() - t);
    }
    const total = performance.now() - start;
    times.sort((a, b) => a - b);
    if (loop === this.loop) loop?.start();
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
