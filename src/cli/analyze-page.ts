/**
 * The browser half of `npm run analyze`: the app's own modules (pose worker, analyser, hold
 * reducer) run on one photo or video, frame by frame, deterministically (a video is stepped by
 * seeking, so no frame is skipped whatever the machine's speed).
 */
import { FormAnalyzer, type FrameReport } from '../core/analysis/form-analyzer';
import { analysisContext, holdReducer, initialHoldState, type HoldState } from '../core/hold/hold-reducer';
import type { Side } from '../core/pose/pose';
import { chooseTurn, type Turn } from '../core/pose/rotation';
import { resolveStretch } from '../core/stretches/validate';
import type { BackendRequest } from '../pipeline/backend-choice';
import { asPipelineError, describeError } from '../pipeline/errors';
import type { ModelId } from '../pipeline/models';
import { PoseClient, type PoseResult } from '../pipeline/pose-client';
import { toPoseFrame } from '../pipeline/pose-frame';

export interface AnalyzeRequest {
  readonly url: string;
  readonly kind: 'image' | 'video';
  readonly stretch: string;
  readonly side?: Side;
  readonly model: ModelId;
  readonly backend: BackendRequest;
  readonly turn: 'auto' | 'none';
  readonly fps: number;
  readonly keypoints: boolean;
}

const frameJson = (r: FrameReport, withKeypoints: boolean) => ({
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
  cue: r.cue.text,
  ...(withKeypoints && r.pose ? { keypoints: r.pose.keypoints } : {}),
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
  await new Promise<void>((resolve, reject) => {
    video.onloadeddata = () => resolve();
    video.onerror = () => reject(new Error('the browser could not decode this video'));
  });
  return video;
}

async function seek(video: HTMLVideoElement, t: number): Promise<void> {
  await new Promise<void>((resolve) => {
    video.onseeked = () => resolve();
    video.currentTime = t;
  });
}

async function run(req: AnalyzeRequest) {
  const stretch = resolveStretch(req.stretch);
  const client = new PoseClient('/models/');
  try {
    const ready = await client.init(req.model, req.backend);
    const analyzer = new FormAnalyzer(stretch);
    let hold = initialHoldState(stretch, req.side ? { side: req.side } : {});
    let turn: Turn = 'none';
    const mayTurn = req.turn === 'auto' && stretch.posture === 'lying';
    const frames: ReturnType<typeof frameJson>[] = [];
    const step = (result: PoseResult, tMs: number): FrameReport => {
      const frame = toPoseFrame(result, tMs, req.model);
      const report = analyzer.analyze(frame, analysisContext(hold));
      hold = holdReducer(hold, { type: 'frame', report });
      if (mayTurn) turn = chooseTurn(report.pose, turn, frame.scoreThreshold);
      return report;
    };
    if (req.kind === 'image') {
      const img = await loadImage(req.url);
      const estimateStill = async (t: Turn) => {
        await client.reset();
        analyzer.reset();
        hold = initialHoldState(stretch, req.side ? { side: req.side } : {});
        let last: FrameReport | undefined;
        // A few passes on the same still let MoveNet's crop settle on the person.
        for (let i = 0; i < 3; i++) last = step(await client.estimate(await createImageBitmap(img), i * 33, t), i * 33);
        return last as FrameReport;
      };
      let report = await estimateStill('none');
      if (mayTurn && turn !== 'none') report = await estimateStill(turn);
      // A photo holds no time: the hold sees it as one frame.
      hold = holdReducer(initialHoldState(stretch, req.side ? { side: req.side } : {}), { type: 'frame', report: { ...report, tMs: 0 } });
      frames.push({ ...frameJson(report, req.keypoints), tMs: 0 });
    } else {
      const video = await loadVideo(req.url);
      const count = Math.max(1, Math.floor(video.duration * req.fps + 1e-6));
      for (let i = 0; i < count; i++) {
        const tMs = (i * 1000) / req.fps;
        await seek(video, Math.min(video.duration, tMs / 1000 + 0.001));
        const result = await client.estimate(await createImageBitmap(video), tMs, turn);
        frames.push(frameJson(step(result, tMs), req.keypoints));
      }
    }
    return { stretch: stretch.id, model: ready.model, backend: ready.backend, turn, frames, hold: holdJson(hold) };
  } catch (e) {
    const view = describeError(asPipelineError(e));
    return { error: `${view.title}: ${view.body}` };
  } finally {
    client.dispose();
  }
}

(window as unknown as { formholdAnalyze: typeof run }).formholdAnalyze = run;
