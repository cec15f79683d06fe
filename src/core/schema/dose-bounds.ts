/**
 * The one table of safe bounds for a stretch's dose, in the units people write: a link, a setting
 * and a clinician's prescription are all held to these numbers, and so is the stretch validator.
 *
 * - hold: 5 to 300 s. Below 5 s nothing is stretched and the count would be noise; 30 s holds beat
 *   15 s and equal 60 s (Bandy and Irion 1994), so 300 s (five minutes) leaves a clinician ample room
 *   while catching typos such as hold=3000.
 * - reps: 1 to 20 whole reps per side. Ayala 2010 used up to 12 reps of 15 s; 20 covers that with room.
 * - rest: 0 to 300 s between reps. 0 means straight on; five minutes is longer than any protocol asks.
 */
export interface DoseBound {
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (counts). */
  readonly whole: boolean;
  /** Why a value outside the bound is refused, in plain words and the bound's units. */
  readonly reason: string;
}

export const DOSE_BOUNDS = {
  holdS: { min: 5, max: 300, whole: false, reason: 'a hold must be between 5 and 300 seconds' },
  reps: { min: 1, max: 20, whole: true, reason: 'reps must be a whole number from 1 to 20' },
  restS: { min: 0, max: 300, whole: false, reason: 'a rest must be between 0 and 300 seconds' },
} as const satisfies Record<string, DoseBound>;

export type DoseName = keyof typeof DOSE_BOUNDS;

/** Whether a number is within a dose bound (finite, whole where it must be, inside min..max). */
export function withinDoseBound(name: DoseName, value: number): boolean {
  const b: DoseBound = DOSE_BOUNDS[name];
  return Number.isFinite(value) && (!b.whole || Number.isInteger(value)) && value >= b.min && value <= b.max;
}
