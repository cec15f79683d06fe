/**
 * A video file studied frame by frame in the app, as `npm run analyze` does: decoded (mp4box.js +
 * WebCodecs, src/pipeline/mp4-frames.ts) rather than played, each analysed frame seen exactly once,
 * as fast as inference allows, through the app's own frame step. Only a small sample per frame is
 * kept (time, key angle, verdict, counted time): every decoded picture is closed at once, so memory
 * stays flat however many frames. It runs on its own pose worker, ended when the study ends or is
 * cancelled (terminating the worker stops an inference half-way).
 *
 * Memory: the MP4 is read whole into memory (mp4box needs the index, which ffmpeg and many cameras
 * write at the end), so files over MAX_FILE_BYTES are not studied this way: they are played instead.
 */
import type { TimelineSample } from '../core/analysis/video-timeline';
import { analysisStep } from '../core/analysis/video-timeline';
import type { FrameReport } from '../core/analysis/form-analyzer';
import type { HoldState } from '../core/hold/hold-reducer';
import type { Side } from '../core/pose/pose';
import { coachingFromStart, frameStep, type Analysis } from '../core/session/frame-step';
import type { StretchDefinition } from '../core/stretches/types';
import type { BackendRequest } from './backend-choice';
import { fitWithin } from './frame-size';
import type { ModelId } from './models';
import { CannotDecode, openMp4 } from './mp4-frames';
import { PoseClient } from './pose-client';
import { toPoseFrame } from './pose-frame';
import type { ThreadsRequest } from './wasm-threads';

/** The largest file read whole for frame-by-frame study: about four minutes of a phone's 1080p video. */
export const MAX_FILE_BYTES = 500 * 1024 * 1024;
/** Frames of each second of video analysed: enough to time a hold to a tenth of a second, half the work of 30 fps. */
export const FRAMES_PER_SECOND = 15;
/** Decoded pictures are scaled to fit this before inference (the models look at 192-256 px). */
const ANALYSIS_SIZE = { width: 960, height: 960 };

export interface VideoStudyRequest {
  readonly file: Blob;
  readonly stretch: StretchDefinition;
  readonly side?: Side;
  readonly autoTurn: boolean;
  readonly model: ModelId;
  readonly backend: BackendRequest;
  readonly threads?: ThreadsRequest;
  readonly modelBaseUrl: string;
  /** Called once the file is known to be decodable, before the model loads: the caller may rest the camera now. */
  readonly onOpened?: () => void;
  /** Called with frames done of all (0 of all once the model is ready). */
  readonly onProgress: (done: number, total: number) => void;
  readonly signal: AbortSignal;
}

export interface VideoStudy {
  readonly samples: TimelineSample[];
  readonly framesInVideo: number;
  readonly framesAnalysed: number;
  /** Every n-th frame was analysed. */
  readonly every: number;
  readonly seconds: number;
  readonly framesPerSecond: number;
  readonly model: ModelId;
}

/** The study was cancelled (a newer request, Cancel, or the person left). */
export class StudyCancelled extends Error {
  override name = 'StudyCancelled';
}

/** Whether the file starts like an MP4/MOV ("ftyp" at byte 4): anything else is played, without reading it whole. */
async function looksLikeMp4(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  return String.fromCharCode(...head.subarray(4, 8)) === 'ftyp';
}

/** Studies the video; throws CannotDecode when it should be played instead, StudyCancelled when cancelled. */
export async function studyVideo(req: VideoStudyRequest): Promise<VideoStudy> {
  const { signal } = req;
  const check = () => {
    if (signal.aborted) throw new StudyCancelled();
  };
  if (req.file.size > MAX_FILE_BYTES) throw new CannotDecode(`the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  if (!(await looksLikeMp4(req.file))) throw new CannotDecode('not an MP4 or MOV file');
  check();
  const video = await openMp4(req.file);
  check();
  req.onOpened?.();
  const every = analysisStep(video.frameCount, video.durationMs, FRAMES_PER_SECOND);
  const total = Math.ceil(video.frameCount / every);
  const client = new PoseClient(req.modelBaseUrl, req.threads);
  const stop = () => client.dispose();
  signal.addEventListener('abort', stop, { once: true });
  try {
    const ready = await client.init(req.model, req.backend);
    check();
    let state = coachingFromStart(req.stretch, req.side, req.autoTurn);
    let analysis: Analysis | undefined;
    const samples: TimelineSample[] = [];
    const started = performance.now();
    req.onProgress(0, total);
    for await (const d of video.frames(every)) {
      let bitmap: ImageBitmap;
      try {
        check();
        const size = fitWithin(d.frame.displayWidth, d.frame.displayHeight, ANALYSIS_SIZE);
        bitmap = await createImageBitmap(d.frame, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'medium' });
      } finally {
        d.frame.close(); // the decoded picture goes at once: memory stays flat
      }
      const result = await client.estimate(bitmap, d.tMs, state.turn.turn, { source: 'file' });
      check();
      ({ state, analysis } = frameStep(state, analysis, toPoseFrame(result, d.tMs, ready.model)));
      const report = state.report as FrameReport;
      const hold = state.hold as HoldState;
      const r = hold.records;
      samples.push({ tMs: d.tMs, keyAngle: report.keyAngle, side: report.side, inForm: report.inForm === true, countedMs: r.left.countedMs + r.right.countedMs + r.both.countedMs });
      req.onProgress(samples.length, total);
    }
    const seconds = (performance.now() - started) / 1000;
    return { samples, framesInVideo: video.frameCount, framesAnalysed: samples.length, every, seconds, framesPerSecond: samples.length / Math.max(seconds, 1e-3), model: ready.model };
  } catch (e) {
    if (signal.aborted) throw new StudyCancelled();
    throw e;
  } finally {
    signal.removeEventListener('abort', stop);
    client.dispose();
  }
}
