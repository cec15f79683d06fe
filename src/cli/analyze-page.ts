/**
 * The browser half of `npm run analyze`: the app's own modules (pose worker, analyser, hold
 * reducer) run on one photo or video, frame by frame. An MP4/MOV video is decoded (mp4box.js and
 * WebCodecs, src/pipeline/mp4-frames.ts): every frame, or every n-th, is analysed exactly once, as
 * fast as inference allows. What that cannot open (WebM, a codec this browser lacks) is played
 * instead, slowed down as far as inference needs; frames skipped there are counted.
 */
import type { FrameReport } from '../core/analysis/form-analyzer';
import type { Reading, Refutation } from '../core/analysis/plausibility';
import type { HoldState } from '../core/hold/hold-reducer';
import type { Side } from '../core/pose/pose';
import { coachingFromStart, frameStep, type Analysis } from '../core/session/frame-step';
import { sessionReducer, type SessionState } from '../core/session/session-reducer';
import { resolveStretch } from '../core/stretches/validate';
import type { BackendRequest } from '../pipeline/backend-choice';
import { asPipelineError, describeError } from '../pipeline/errors';
import { settleStill } from '../pipeline/frame-loop';
import { MODELS, type ModelId } from '../pipeline/models';
import { recommendedModel } from '../pipeline/model-choice';
import { withOpinions, type Opinion, type Opinions } from '../pipeline/still-opinions';
import { PoseClient, type PoseResult, type ReadyInfo } from '../pipeline/pose-client';
import { toPoseFrame } from '../pipeline/pose-frame';
import { CannotDecode, openMp4 } from '../pipeline/mp4-frames';
import { fitWithin } from '../pipeline/frame-size';
import { cueWords } from '../ui/words/cue-words';

export interface AnalyzeRequest {
  readonly url: string;
  readonly kind: 'image' | 'video';
  readonly stretch: string;
  readonly side?: Side;
  /** Absent: the app's own choice for the stretch on this machine. */
  readonly model?: ModelId;
  readonly backend: BackendRequest;
  readonly turn: 'auto' | 'none';
  readonly fps: number;
  readonly keypoints: boolean;
  /** Stills: also ask the other model family and keep the more plausible reading (the app's own choice does). */
  readonly secondOpinion: boolean;
  /** Analyse every n-th decoded frame (1 = all). */
  readonly every: number;
  /** One rep of this many seconds instead of the stretch's plan, so a whole clip is one hold. */
  readonly holdS?: number;
}

/** Set by the runner (page.exposeFunction): frames done of all, for the progress bar. */
type ProgressHook = (done: number, total: number) => void;
const progress = (done: number, total: number) => (window as unknown as { formholdProgress?: ProgressHook }).formholdProgress?.(done, total);

/** Decoded frames are scaled to fit this before inference: the models look at 192-256 px, and a 1080p copy costs more than the inference. */
const ANALYSIS_SIZE = { width: 960, height: 960 };

/** Keypoints in the video's own pixels when the frame was scaled down by `scale` for the detector. */
const scaled = (keypoints: NonNullable<FrameReport['pose']>['keypoints'], scale: number) =>
  scale === 1 ? keypoints : Object.fromEntries(Object.entries(keypoints).map(([name, k]) => [name, { ...k, x: k.x * scale, y: k.y * scale }]));

const frameJson = (r: FrameReport, withKeypoints: boolean, scale = 1) => ({
  tMs: Math.round(r.tMs),
  posture: r.posture,
  view: r.view,
  side: r.side,
  people: r.people,
  angles: r.angles,
  rules: r.rules.map((x) => ({ id: x.id, state: x.state, value: x.value })),
  inForm: r.inForm,
  counts: r.counts,
  bouncing: r.bouncing,
  cue: cueWords(r.cue.code),
  ...(withKeypoints && r.pose ? { keypoints: scaled(r.pose.keypoints, scale) } : {}),
  ...(withKeypoints && r.pose?.turn ? { turn: r.pose.turn } : {}),
});

const holdJson = (h: HoldState) => ({
  countedMs: Math.round(h.records.left.countedMs + h.records.right.countedMs + h.records.both.countedMs),
  repsDone: h.repsDone,
  status: h.status,
  records: h.records,
});

async function loadImage(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = url;
  await img.decode();
  return img;
}

async function loadVideo(url: string): Promise<HTMLVideoElement> {
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  video.src = url;
  // Attached (but tiny) so Chromium decodes and presents frames on every seek.
  video.style.cssText = 'position:fixed;left:0;top:0;width:64px;height:48px;opacity:0.01';
  document.body.append(video);
  await new Promise<void>((resolve, reject) => {
    video.onloadeddata = () => resolve();
    video.onerror = () => reject(new Error('the browser could not decode this video'));
  });
  return video;
}

type FrameMeta = { mediaTime: number; presentedFrames: number };
type FrameCallbackVideo = HTMLVideoElement & { requestVideoFrameCallback(cb: (now: number, meta: FrameMeta) => void): number };

/** Browsers refuse playback rates below 1/16 ("not in the supported playback range"). */
const MIN_PLAYBACK_RATE = 0.0625;

/**
 * Steps through a video by playing it, slowed down as far as inference needs, and yields each
 * presented frame with its media time. (Headless Chromium does not repaint a paused video after a
 * seek, so seeking frame by frame returns the same picture; playback does not have that problem.)
 */
async function* playFrames(video: HTMLVideoElement, fps: number): AsyncGenerator<{ mediaTimeMs: number; missed: number }> {
  const v = video as FrameCallbackVideo;
  const frameMs = 1000 / fps;
  let rate = 1;
  let lastPresented = 0;
  video.playbackRate = rate;
  const ended = new Promise<null>((resolve) => video.addEventListener('ended', () => resolve(null), { once: true }));
  await video.play();
  for (;;) {
    const meta = await Promise.race([new Promise<FrameMeta>((resolve) => v.requestVideoFrameCallback((_now, m) => resolve(m))), ended]);
    if (!meta) return;
    const missed = lastPresented ? Math.max(0, meta.presentedFrames - lastPresented - 1) : 0;
    lastPresented = meta.presentedFrames;
    const started = performance.now();
    yield { mediaTimeMs: meta.mediaTime * 1000, missed };
    // Keep each frame's processing inside one frame interval of playback time.
    const took = performance.now() - started;
    const fits = (frameMs / rate) * 0.8;
    if (took > fits || missed) {
      rate = Math.max(MIN_PLAYBACK_RATE, (rate * fits) / Math.max(took, 1) * 0.8);
      video.playbackRate = rate;
    }
  }
}

/** Why the last video was played rather than decoded. */
let fallbackReason: string | undefined;

/** The video's frames, decoded; undefined (with fallbackReason set) when WebCodecs cannot open it. */
async function decodedFrames(req: AnalyzeRequest) {
  fallbackReason = undefined;
  try {
    const blob = await (await fetch(req.url)).blob();
    const video = await openMp4(blob);
    return { video, frames: video.frames(req.every) };
  } catch (e) {
    if (!(e instanceof CannotDecode)) throw e;
    fallbackReason = e.message;
    return undefined;
  }
}

const coaching = coachingFromStart;

async function run(req: AnalyzeRequest) {
  const stretch = resolveStretch(req.stretch, req.holdS ? { holdMs: req.holdS * 1000, reps: 1 } : {});
  let client = await clientFor(req.model ?? recommendedModel(stretch.id, false), req.backend);
  // As the app does: once a real GPU is known to run inference, the heavier model where one is measured better.
  const wanted = req.model ?? recommendedModel(stretch.id, client.ready.accelerated);
  if (wanted !== client.ready.model) client = await clientFor(wanted, req.backend);
  try {
    const ready = client.ready;
    const autoTurn = req.turn === 'auto';
    // The app's own frame step (analyser -> turn policy -> session and hold reducers).
    let state = coaching(stretch, req.side, autoTurn);
    let analysis: Analysis | undefined;
    const frames: ReturnType<typeof frameJson>[] = [];
    let missedFrames = 0;
    let decoded: Awaited<ReturnType<typeof decodedFrames>>;
    let decoder: { kind: 'webcodecs' | 'playback'; codec?: string; width?: number; height?: number; framesInVideo?: number; why?: string } | undefined;
    const started = performance.now();
    const step = (result: PoseResult, tMs: number): FrameReport => {
      ({ state, analysis } = frameStep(state, analysis, toPoseFrame(result, tMs, ready.model)));
      return state.report as FrameReport;
    };
    let hold: HoldState;
    let opinion: Opinion | undefined;
    let peopleOpinion: Opinion | undefined;
    let refutedCredit: Refutation | undefined;
    if (req.kind === 'image') {
      const img = await loadImage(req.url);
      /** The still as one model reads it, through the app's own frame step. */
      const judge = async (c: PoseClient, model: ModelId): Promise<Reading & { state: SessionState }> => {
        // A photo, as the app opens one: a still (read in passes, nothing to count).
        let s = sessionReducer(coaching(stretch, req.side, autoTurn), { type: 'source-changed', still: true });
        let a: Analysis | undefined;
        await settleStill(c, img, () => s.turn.turn, (f) => ({ state: s, analysis: a } = frameStep(s, a, toPoseFrame(f.result, f.tMs, model))));
        return { report: s.report as FrameReport, threshold: MODELS[model].scoreThreshold, state: s };
      };
      const first = await judge(client, ready.model);
      const judged: Opinions<typeof first> = req.secondOpinion ? await withOpinions(first, ready.model, stretch, async (m) => judge(await clientFor(m, req.backend), m)) : { reading: first };
      const reading = judged.reading;
      opinion = judged.opinion;
      peopleOpinion = judged.peopleOpinion;
      refutedCredit = judged.refuted;
      // As the app does: a refuted credit is taken back by the session, which then says why.
      state = refutedCredit ? sessionReducer(reading.state, { type: 'still-refuted', refuted: refutedCredit }) : reading.state;
      const report = state.report as FrameReport;
      // A photo holds no time: the hold sees it as one frame.
      const photo = { type: 'frame' as const, report: { ...report, tMs: 0 }, scoreThreshold: reading.threshold };
      hold = sessionReducer(coaching(stretch, req.side, autoTurn), photo).hold as HoldState;
      frames.push({ ...frameJson(report, req.keypoints), tMs: 0 });
    } else if ((decoded = await decodedFrames(req))) {
      await client.reset();
      const { video, frames: decodedIterator } = decoded;
      const total = Math.ceil(video.frameCount / req.every);
      let done = 0;
      progress(0, total);
      for await (const d of decodedIterator) {
        const size = fitWithin(d.frame.displayWidth, d.frame.displayHeight, ANALYSIS_SIZE);
        const scale = d.frame.displayWidth / size.width;
        let bitmap: ImageBitmap;
        try {
          bitmap = await createImageBitmap(d.frame, { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'medium' });
        } finally {
          d.frame.close(); // the decoded picture is freed at once: memory stays flat
        }
        const result = await client.estimate(bitmap, d.tMs, state.turn.turn, { source: 'file' });
        frames.push(frameJson(step(result, d.tMs), req.keypoints, scale));
        progress(++done, total);
      }
      decoder = { kind: 'webcodecs', codec: video.codec, width: video.width, height: video.height, framesInVideo: video.frameCount };
      hold = state.hold as HoldState;
    } else {
      const video = await loadVideo(req.url);
      await client.reset();
      for await (const f of playFrames(video, req.fps)) {
        const bitmap = await createImageBitmap(video);
        const result = await client.estimate(bitmap, f.mediaTimeMs, state.turn.turn, { source: 'file' });
        missedFrames += f.missed;
        frames.push(frameJson(step(result, f.mediaTimeMs), req.keypoints));
      }
      video.remove();
      hold = state.hold as HoldState;
      decoder = { kind: 'playback', why: fallbackReason };
    }
    // Time in good form over the whole file, whatever the rep plan did with it (rests, sides).
    let inFormMs = 0;
    for (let i = 1; i < frames.length; i++) if (frames[i]!.counts) inFormMs += frames[i]!.tMs - frames[i - 1]!.tMs;
    const seconds = (performance.now() - started) / 1000;
    return {
      stretch: stretch.id,
      model: ready.model,
      ...(opinion ? { secondOpinion: opinion } : {}),
      ...(peopleOpinion ? { peopleOpinion } : {}),
      ...(refutedCredit ? { refutedCredit } : {}),
      backend: ready.backend,
      turn: state.turn.turn,
      ...(decoder ? { decoder, framesAnalysed: frames.length, seconds: Math.round(seconds * 10) / 10, framesPerSecond: Math.round((frames.length / seconds) * 10) / 10 } : {}),
      frames,
      missedFrames,
      inFormMs: Math.round(inFormMs),
      hold: holdJson(hold),
    };
  } catch (e) {
    const view = describeError(asPipelineError(e));
    return { error: `${view.title}: ${view.body}` };
  }
}

/**
 * Workers per (model, backend), kept between files: loading a model costs more than a still. Three
 * at most (a model, its second opinion and the people opinion); the least recently used goes.
 */
const cached = new Map<string, { client: PoseClient; ready: ReadyInfo }>();
async function clientFor(model: ModelId, backend: BackendRequest): Promise<PoseClient & { ready: ReadyInfo }> {
  const key = `${model}|${backend}`;
  let entry = cached.get(key);
  if (entry) cached.delete(key);
  else {
    const client = new PoseClient('/models/');
    try {
      entry = { client, ready: await client.init(model, backend) };
    } catch (e) {
      client.dispose();
      throw e;
    }
  }
  cached.set(key, entry);
  for (const [k, old] of cached) {
    if (cached.size <= 3) break;
    old.client.dispose();
    cached.delete(k);
  }
  return Object.assign(entry.client, { ready: entry.ready });
}

(window as unknown as { formholdAnalyze: typeof run }).formholdAnalyze = run;
