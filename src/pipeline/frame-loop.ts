/**
 * The inference loop for a playing video (camera or file). Discipline: one estimate in flight;
 * a frame whose video time has not advanced is skipped; nothing runs while the tab is hidden.
 * The picture is copied out of the video only when the worker can take it: a frame that comes
 * while the worker is busy is noted, not copied, and the newest picture is copied when the worker
 * is free. (Copying every frame of a 60 fps camera, to throw most copies away, cost the main
 * thread more than everything else in the loop: tests/bench.)
 * Timestamps are the frames' own (capture time when the browser gives it), never a self-ticking timer.
 */
import { TURN_GIVE_UP_MS } from '../core/pose/rotation';
import { asPipelineError, type PipelineError } from './errors';
import type { Rotation } from './models';
import type { PoseClient, PoseResult } from './pose-client';
import type { FrameSource } from './worker-protocol';

export interface LoopFrame {
  readonly result: PoseResult;
  /** The frame's time on the performance clock (capture time where known). */
  readonly tMs: number;
}

export interface LoopStats {
  processed: number;
  skippedBusy: number;
  skippedStale: number;
  /** Processed frames per second over the last second. */
  fps: number;
  lastInferenceMs: number;
}

/** A new video frame that came while the worker was busy: only its time, no picture yet. */
interface PendingFrame {
  readonly frameTimeMs: number;
}

type VideoWithFrameCallback = HTMLVideoElement & {
  requestVideoFrameCallback?: (cb: (now: number, meta: { mediaTime: number; captureTime?: number; expectedDisplayTime: number }) => void) => number;
  cancelVideoFrameCallback?: (handle: number) => void;
};

export class FrameLoop {
  /** Loops started and not stopped, page-wide: a diagnostic for tests (one source, one loop). */
  static live = 0;
  readonly stats: LoopStats = { processed: 0, skippedBusy: 0, skippedStale: 0, fps: 0, lastInferenceMs: 0 };
  private running = false;
  private inFlight = false;
  private handle: number | undefined;
  private usesFrameCallback: boolean;
  private lastMediaTime = -1;
  private waiting: PendingFrame | undefined;
  private recent: number[] = [];
  private readonly onVisibility = () => {
    if (document.hidden) this.cancel();
    else if (this.running) this.schedule();
  };

  constructor(
    private readonly client: PoseClient,
    private readonly video: HTMLVideoElement,
    private readonly rotation: () => Rotation,
    private readonly onFrame: (frame: LoopFrame) => void,
    private readonly onError: (error: PipelineError) => void,
    /** Where the pictures come from, asked per frame (the stretch can change under a running camera). */
    private readonly source: () => FrameSource = () => 'live',
  ) {
    this.usesFrameCallback = typeof (video as VideoWithFrameCallback).requestVideoFrameCallback === 'function';
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    FrameLoop.live++;
    document.addEventListener('visibilitychange', this.onVisibility);
    if (!document.hidden) this.schedule();
  }

  stop(): void {
    if (this.running) FrameLoop.live--;
    this.running = false;
    this.cancel();
    this.waiting = undefined;
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private schedule(): void {
    if (this.handle !== undefined) return;
    const v = this.video as VideoWithFrameCallback;
    if (this.usesFrameCallback && v.requestVideoFrameCallback) {
      this.handle = v.requestVideoFrameCallback((now, meta) => {
        this.handle = undefined;
        this.tick(meta.mediaTime, meta.captureTime ?? now);
      });
    } else {
      this.handle = requestAnimationFrame((now) => {
        this.handle = undefined;
        this.tick(this.video.currentTime, now);
      });
    }
  }

  private cancel(): void {
    if (this.handle === undefined) return;
    const v = this.video as VideoWithFrameCallback;
    if (this.usesFrameCallback && v.cancelVideoFrameCallback) v.cancelVideoFrameCallback(this.handle);
    else cancelAnimationFrame(this.handle);
    this.handle = undefined;
  }

  private tick(mediaTime: number, frameTimeMs: number): void {
    if (!this.running) return;
    this.schedule();
    if (mediaTime === this.lastMediaTime) {
      this.stats.skippedStale++;
      return;
    }
    if (this.video.readyState < 2 || this.video.videoWidth === 0) return;
    this.lastMediaTime = mediaTime;
    const frame = { frameTimeMs };
    if (this.inFlight) {
      // Only the newest waiting frame is kept, and its picture is copied when the worker is free.
      this.stats.skippedBusy += this.waiting ? 1 : 0;
      this.waiting = frame;
      return;
    }
    void this.process(frame);
  }

  private async process(frame: PendingFrame): Promise<void> {
    this.inFlight = true;
    let result: PoseResult;
    try {
      // The video shows the newest frame it has: the one this tick announced (or one newer).
      const bitmap = await createImageBitmap(this.video);
      result = await this.client.estimate(bitmap, frame.frameTimeMs, this.rotation(), { source: this.source() });
    } catch (e) {
      this.inFlight = false;
      if (this.running) {
        this.stop();
        this.onError(asPipelineError(e));
      }
      return;
    }
    this.inFlight = false;
    if (!this.running) return;
    // Keep the worker busy: send the frame that arrived meanwhile before handling this result.
    const next = this.waiting;
    this.waiting = undefined;
    if (next && !document.hidden) void this.process(next);
    this.stats.processed++;
    this.stats.lastInferenceMs = result.inferenceMs;
    const now = performance.now();
    this.recent.push(now);
    while (this.recent.length && (this.recent[0] as number) < now - 1000) this.recent.shift();
    this.stats.fps = this.recent.length;
    this.onFrame({ result, tMs: frame.frameTimeMs });
  }
}

/** Estimates a still image; a few passes let MoveNet's crop settle on the person. */
export async function estimateStill(client: PoseClient, image: HTMLImageElement, rotation: Rotation, passes = 3): Promise<LoopFrame[]> {
  await client.reset();
  const frames: LoopFrame[] = [];
  for (let i = 0; i < passes; i++) {
    const bitmap = await createImageBitmap(image);
    const tMs = i * 33;
    frames.push({ result: await client.estimate(bitmap, tMs, rotation, { source: 'still' }), tMs });
  }
  return frames;
}

/**
 * A photo, settled as the live turn policy would settle a camera pointed at it: passes on the
 * photo as it is; if the analysis (which sees every result through `deliver`) then asks for a turn,
 * passes turned, timed after the policy's give-up window; and if that turn lost the person, the
 * first passes again, later still. The app and `npm run analyze` both use it.
 */
export async function settleStill(
  client: PoseClient,
  image: HTMLImageElement,
  rotation: () => Rotation,
  deliver: (frame: LoopFrame) => void,
): Promise<void> {
  const first = await estimateStill(client, image, 'none');
  first.forEach(deliver);
  const turn = rotation();
  if (turn === 'none') return;
  const later = TURN_GIVE_UP_MS + 100;
  const turned = await estimateStill(client, image, turn);
  turned.forEach((f) => deliver({ ...f, tMs: later + f.tMs }));
  if (rotation() === 'none') first.forEach((f) => deliver({ ...f, tMs: 2 * later + f.tMs }));
}
