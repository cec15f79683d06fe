import type { Side } from '../pose/pose';

/** What one side (or both legs, for two-leg stretches) achieved in a session. */
export interface SideRecord {
  readonly countedMs: number;
  readonly repsDone: number;
  /** Key angle of every counted frame, for best and median. */
  readonly keyAngles: readonly number[];
  /** Smallest wrist-to-foot distance over leg length seen while counting (0 = hands at the toes). */
  readonly bestReach: number | null;
  /** Partner stretch: gain in leg raise from one rep's relaxed hold to the next (degrees). */
  readonly pnfGains: readonly number[];
  /** Time each rule failed while in the stretch's posture, by rule id: what to work on. */
  readonly faultMs: Readonly<Record<string, number>>;
}

export type RecordKey = Side | 'both';

export const emptyRecord = (): SideRecord => ({ countedMs: 0, repsDone: 0, keyAngles: [], bestReach: null, pnfGains: [], faultMs: {} });

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function best(values: readonly number[], better: 'higher' | 'lower'): number | null {
  if (values.length === 0) return null;
  return better === 'higher' ? Math.max(...values) : Math.min(...values);
}

export interface SideComparison {
  readonly left: number;
  readonly right: number;
  /** Positive: the right side is tighter (worse key angle) by this many degrees. */
  readonly differenceDeg: number;
  /** Under 5 degrees apart: within what a 2D camera can tell apart, so read as even. */
  readonly even: boolean;
}

/**
 * Left/right difference of the median key angle (worded as "right leg about 8 degrees tighter").
 * Differences under 5 degrees are within what a 2D camera can tell apart and read as even.
 */
export function compareSides(
  left: SideRecord,
  right: SideRecord,
  better: 'higher' | 'lower',
): SideComparison | null {
  const l = median(left.keyAngles);
  const r = median(right.keyAngles);
  if (l === null || r === null) return null;
  const rightTighterBy = better === 'higher' ? l - r : r - l;
  const size = Math.round(Math.abs(rightTighterBy));
  return { left: Math.round(l), right: Math.round(r), differenceDeg: Math.round(rightTighterBy), even: size < 5 };
}
