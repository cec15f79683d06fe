/**
 * Bouncing: the key angle going up and down while in position. Pure functions over the recent
 * readings of the key angle (while in position), so that the frame-to-frame noise of a pose model
 * is not taken for a bounce.
 *
 * Measured (`npm run analyze`): on a steady real lying stretch filmed hand-held (a photo under a
 * slow zoom and pan), BlazePose's raise angle jumps 5-10 degrees between frames, with single-frame
 * misreads of 15-20, and the raw 1 s range rule called 1.4 of 10 s a bounce. A bounce is a
 * movement: several frames in a row going one way, then the other. So, where frames are dense
 * enough to tell the two apart, a reading that stands out alone from its neighbours (far beyond the
 * readings' jitter from their 3-reading median) is taken as a misread and replaced by that median,
 * and the range must exceed the limit plus an allowance for the jitter. A plain 3-reading median
 * was tried first: it also shaved the one-frame peaks of a quick bounce, and on the bouncing clip
 * at 15 fps it counted 3.0 s of bouncing (the readings' own range there is only 10 degrees).
 */

export interface KeySample {
  readonly tMs: number;
  readonly value: number;
}

/** How long the readings are kept to measure their jitter (the bounce itself is judged over the last `windowMs`). */
export const BOUNCE_HISTORY_MS = 2000;
/**
 * Readings at most this far apart (8 frames a second and faster) are smoothed. Sparser readings
 * see a 1.5-2 Hz bounce at two or three points a cycle, where a median would erase it: those are
 * judged raw, as before.
 */
export const SMOOTH_MAX_INTERVAL_MS = 125;
/** The bounce limit grows by this many times the jitter (median distance of a reading from its 3-reading median)... */
export const JITTER_FACTOR = 4;
/** ...by at most this much (degrees), so a jittery model still catches a clear bounce. */
export const JITTER_ALLOWANCE_MAX_DEG = 8;
/** A reading further than this many times the jitter (and at least this many degrees) from its 3-reading median is a misread. */
export const MISREAD_FACTOR = 3;

/**
 * A bounce is the key angle going both ways: within the values it rose by more than half the
 * limit and fell by more than half of it, over a range above the limit. Moving steadily into a
 * deeper stretch is not a bounce.
 */
export function isBouncing(values: readonly number[], limitDeg: number): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  let rise = 0;
  let fall = 0;
  for (const v of values) {
    rise = Math.max(rise, v - lo);
    fall = Math.max(fall, hi - v);
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return hi - lo > limitDeg && rise > limitDeg / 2 && fall > limitDeg / 2;
}

const median3 = (a: number, b: number, c: number): number => Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));

/** The median of a non-empty list. */
export const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export interface BounceVerdict {
  readonly bouncing: boolean;
  /** The readings' jitter in degrees (0 when the readings are too sparse to measure it). */
  readonly jitterDeg: number;
  /** The range a bounce had to exceed. */
  readonly limitDeg: number;
}

/**
 * Whether the key angle bounced within the last `windowMs` before `nowMs`. `history`: the readings
 * in position, oldest first, over about BOUNCE_HISTORY_MS (more is fine). Dense readings are judged
 * with lone misreads replaced by their 3-reading median (one reading's delay) against the limit
 * plus the jitter allowance; sparse ones raw against the limit.
 */
export function judgeBounce(history: readonly KeySample[], nowMs: number, limitDeg: number, windowMs: number): BounceVerdict {
  const recent = history.filter((s) => s.tMs > nowMs - windowMs);
  const intervals = history.slice(1).map((s, i) => s.tMs - (history[i] as KeySample).tMs);
  const dense = intervals.length >= 2 && median(intervals) <= SMOOTH_MAX_INTERVAL_MS;
  if (!dense) return { bouncing: isBouncing(recent.map((s) => s.value), limitDeg), jitterDeg: 0, limitDeg };
  const medians: Array<KeySample & { readonly median: number }> = [];
  for (let i = 1; i < history.length - 1; i++) {
    const s = history[i] as KeySample;
    medians.push({ ...s, median: median3((history[i - 1] as KeySample).value, s.value, (history[i + 1] as KeySample).value) });
  }
  const jitterDeg = medians.length ? median(medians.map((s) => Math.abs(s.value - s.median))) : 0;
  const limit = limitDeg + Math.min(JITTER_ALLOWANCE_MAX_DEG, JITTER_FACTOR * jitterDeg);
  const misread = MISREAD_FACTOR * Math.max(jitterDeg, 1);
  const values = medians.filter((s) => s.tMs > nowMs - windowMs).map((s) => (Math.abs(s.value - s.median) > misread ? s.median : s.value));
  return { bouncing: isBouncing(values, limit), jitterDeg, limitDeg: limit };
}
