/**
 * Frames in which the model pulled the two legs of a one-leg lying stretch toward each other: the
 * raised leg read lower and the flat leg higher at the same moment. A person who bounces moves the
 * raised leg; the flat one stays on the floor (or, pulling the raised leg in, lifts with it). Legs
 * that converge for a frame or two are the model blending them, and the raised leg's reading then
 * is no evidence of a bounce. (The caller leaves out at most one frame in a row: a bounce that lifts
 * the flat leg with every dip must not be left out whole.)
 *
 * Measured (`npm run analyze`, a real oblique lying stretch filmed hand-held, BlazePose full every
 * 3rd frame): two frames read the flat leg at 18-22 (its median 7) and the raised one at 70-71
 * (median 86); the bounce rule took that dip for a bounce and the hold lost 0.6 s of steady form.
 * Pure: the caller keeps the recent readings.
 */
import { median } from './bounce';

export interface LegsSample {
  readonly tMs: number;
  /** The working (raised) leg's raise. */
  readonly raised: number;
  /** The other leg's raise. */
  readonly flat: number;
}

/** The readings of the last second are the legs' recent positions. */
export const LEGS_HISTORY_MS = 1000;
/** The flat leg read this much above its recent median... */
const FLAT_ROSE_DEG = 10;
/** ...while the raised one read this much below its own: converging. */
const RAISED_FELL_DEG = 5;
/** Fewer earlier readings than this say nothing about where the legs were. */
const MIN_HISTORY = 3;

/** Whether `now` reads the two legs converging, against the readings of the last second before it. */
export function legsConverging(history: readonly LegsSample[], now: LegsSample): boolean {
  const recent = history.filter((s) => s.tMs < now.tMs && s.tMs >= now.tMs - LEGS_HISTORY_MS);
  if (recent.length < MIN_HISTORY) return false;
  const flatRose = now.flat - median(recent.map((s) => s.flat)) > FLAT_ROSE_DEG;
  const raisedFell = median(recent.map((s) => s.raised)) - now.raised > RAISED_FELL_DEG;
  return flatRose && raisedFell;
}
