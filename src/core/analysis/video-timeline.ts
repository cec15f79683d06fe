/**
 * A video file studied frame by frame, as a timeline: the stretch's key angle over time (per leg
 * for one-leg stretches), the stretches of good form, the stretches the hold counted, and their
 * totals in seconds. Pure: built from one small sample per analysed frame, so a long video costs
 * a few numbers per frame, never a picture.
 */
import type { Side } from '../pose/pose';

/** What the timeline keeps of one analysed frame. */
export interface TimelineSample {
  /** Time in the video, milliseconds from its start. */
  readonly tMs: number;
  /** The stretch's key angle in this frame (degrees), null when not measured. */
  readonly keyAngle: number | null;
  /** The leg the angle belongs to (one-leg stretches), null for both legs or unknown. */
  readonly side: Side | null;
  /** Every form rule passed in this frame. */
  readonly inForm: boolean;
  /** The hold's counted time so far (all sides), milliseconds: it grows while the hold counts. */
  readonly countedMs: number;
}

/** A stretch of time in seconds, [start, end]. */
export type Interval = readonly [number, number];

export interface Timeline {
  /** Seconds from the start, one per sample. */
  readonly x: readonly number[];
  /**
   * Key angle per sample: per leg for one-leg stretches, 'both' otherwise; null where not measured.
   * `untold`: one-leg stretches' samples whose leg the side evidence has not told yet (the first
   * 1.5 s, a model that keeps swapping its labels, one that never tells the near side).
   */
  readonly angles: { readonly left: readonly (number | null)[]; readonly right: readonly (number | null)[]; readonly both: readonly (number | null)[]; readonly untold: readonly (number | null)[] };
  readonly sided: boolean;
  /** Where the form was good. */
  readonly goodForm: readonly Interval[];
  /** Where the hold counted. */
  readonly counted: readonly Interval[];
  readonly goodFormS: number;
  readonly countedS: number;
  readonly durationS: number;
}

/** Time between frames that still joins two flagged frames into one stretch (ms); a longer gap splits it. */
const JOIN_GAP_MS = 500;

/**
 * Each flagged sample i covers the time since the sample before it, [t(i-1), t(i)] (as `npm run
 * analyze` adds up inFormMs), so the first sample covers nothing; touching pieces are joined.
 */
function intervals(samples: readonly TimelineSample[], flagged: (i: number) => boolean): { spans: Interval[]; totalMs: number } {
  const spans: [number, number][] = [];
  let totalMs = 0;
  for (let i = 1; i < samples.length; i++) {
    if (!flagged(i)) continue;
    const t0 = samples[i - 1]!.tMs;
    const t1 = samples[i]!.tMs;
    if (t1 - t0 > JOIN_GAP_MS) continue;
    totalMs += t1 - t0;
    const last = spans.at(-1);
    if (last && last[1] === t0 / 1000) last[1] = t1 / 1000;
    else spans.push([t0 / 1000, t1 / 1000]);
  }
  return { spans, totalMs };
}

export function buildTimeline(samples: readonly TimelineSample[], sided: boolean): Timeline {
  const x = samples.map((s) => s.tMs / 1000);
  const pick = (side: Side | null) => samples.map((s) => (s.keyAngle === null || s.side !== side ? null : Math.round(s.keyAngle * 10) / 10));
  const all = samples.map((s) => (s.keyAngle === null ? null : Math.round(s.keyAngle * 10) / 10));
  const good = intervals(samples, (i) => samples[i]!.inForm);
  const counted = intervals(samples, (i) => samples[i]!.countedMs > samples[i - 1]!.countedMs);
  const last = samples.at(-1);
  return {
    x,
    angles: { left: sided ? pick('left') : [], right: sided ? pick('right') : [], both: sided ? [] : all, untold: sided ? pick(null) : [] },
    sided,
    goodForm: good.spans,
    counted: counted.spans,
    goodFormS: good.totalMs / 1000,
    // The hold reducer's own total is the counted time; the spans only show where it grew.
    countedS: (last?.countedMs ?? 0) / 1000,
    durationS: last ? last.tMs / 1000 : 0,
  };
}

/** A line of the timeline's chart: one per leg measured, the samples whose leg was not yet told, or both legs. */
export type TimelineLine = 'right' | 'left' | 'untold' | 'both';

/**
 * The lines worth drawing and naming in the key: only those with a measured sample. A one-leg
 * video of the left leg draws and names no right leg, so nobody reads a second leg into it.
 */
export function timelineLines(t: Timeline): TimelineLine[] {
  const measured = (v: readonly (number | null)[]) => v.some((a) => a !== null);
  if (!t.sided) return ['both'];
  return (['right', 'left', 'untold'] as const).filter((line) => measured(t.angles[line]));
}

/** Every n-th frame to analyse so about `perSecond` frames of each second of video are seen (1 = all). */
export function analysisStep(framesInVideo: number, durationMs: number, perSecond: number): number {
  if (!(durationMs > 0) || !(framesInVideo > 0)) return 1;
  const fps = (framesInVideo * 1000) / durationMs;
  return Math.max(1, Math.round(fps / perSecond));
}
