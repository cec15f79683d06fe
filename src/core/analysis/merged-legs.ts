/**
 * Frames in which the model pulled the two legs of a one-leg lying stretch toward each other: the
 * raised leg read lower and the flat leg higher at the same moment. A person who bounces moves the
 * raised leg; the flat one stays on the floor (or, pulling the raised leg in, lifts with it). Legs
 * that converge for a frame to a few are the model blending them, and the raised leg's reading then
 * is no evidence of a bounce. (The caller sets such readings aside and puts them back if the legs
 * go on converging: a bounce that lifts the flat leg with every dip must not be left out whole.)
 *
 * Measured (`npm run analyze`, a real oblique lying stretch filmed hand-held, BlazePose full every
 * 3rd frame): two frames read the flat leg at 18-22 (its median 7) and the raised one at 70-71
 * (median 86); the bounce rule took that dip for a bounce and the hold lost 0.6 s of steady form.
 * Live, the same clip as the camera: about one frame in five drew the legs into each other (raised
 * 40-60, flat 30-50, against 86 and 6). Pure: the caller keeps the recent readings.
 */
import { median } from './bounce';

export interface LegsSample {
  readonly tMs: number;
  /** The working (raised) leg's raise. */
  readonly raised: number;
  /** The other leg's raise. */
  readonly flat: number;
}

/**
 * The readings of the last second are the legs' recent positions; where there are fewer than 3, the
 * last 3 of the last 2.5 s (BlazePose full gives 2-3 readings a second live on two CPU cores when it
 * finds the person afresh).
 */
const LEGS_RECENT_MS = 1000;
export const LEGS_HISTORY_MS = 2500;
/**
 * The flat leg read this much above its recent median (live, 10 let a milder blend through: raised
 * 73 and flat 12 against 84 and 6, called a bounce that stopped the count for 2 s)...
 */
const FLAT_ROSE_DEG = 5;
/** ...while the raised one read this much below its own: converging. */
const RAISED_FELL_DEG = 5;
/** Converging legs that closed more than half the usual angle between them are blended past reading. */
const BLENDED_GAP_SHARE = 0.5;
/** Fewer earlier readings than this say nothing about where the legs were. */
const MIN_HISTORY = 3;

/**
 * none: the legs read as they were, or one moved alone; converging: the raised leg read lower and
 * the flat one higher at once; blended: converging, and the angle between them less than half its
 * recent median. No person closes a lying stretch's legs halfway in an instant: the model drew both
 * legs toward one line (live, hand-held and oblique: raised 54 and flat 40 against 86 and 7). A
 * bounce that lifted the flat leg would close less (85 and 0 dipping to 65 and 15: 59% of the angle
 * kept).
 */
export type Convergence = 'none' | 'converging' | 'blended';

/** How `now` reads the two legs against their recent readings before it. */
export function legsConvergence(history: readonly LegsSample[], now: LegsSample): Convergence {
  const before = history.filter((s) => s.tMs < now.tMs && s.tMs >= now.tMs - LEGS_HISTORY_MS);
  const lastSecond = before.filter((s) => s.tMs >= now.tMs - LEGS_RECENT_MS);
  const recent = lastSecond.length >= MIN_HISTORY ? lastSecond : before.slice(-MIN_HISTORY);
  if (recent.length < MIN_HISTORY) return 'none';
  const flatRose = now.flat - median(recent.map((s) => s.flat)) > FLAT_ROSE_DEG;
  const raisedFell = median(recent.map((s) => s.raised)) - now.raised > RAISED_FELL_DEG;
  if (!flatRose || !raisedFell) return 'none';
  const usualGap = median(recent.map((s) => s.raised - s.flat));
  return now.raised - now.flat < BLENDED_GAP_SHARE * usualGap ? 'blended' : 'converging';
}
