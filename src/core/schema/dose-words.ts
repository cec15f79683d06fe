/**
 * A number that was refused, in the person's words and units: "The hold time in the link, -5
 * seconds, is too short: it must be 5 to 300 seconds." Used for links and prescriptions alike.
 */
import { DOSE_BOUNDS, type DoseName } from './dose-bounds';
import { showValue } from './problem';

/** How to talk about one bounded number. */
export interface NumberWords {
  /** "hold time", "number of reps", "rest time" */
  readonly what: string;
  /** The unit after a number ("seconds", "degrees"), or '' for a count. */
  readonly unit: string;
  readonly low: string;
  readonly high: string;
  /** The allowed range as a person says it. */
  readonly range: string;
  readonly min: number;
  readonly max: number;
  readonly whole: boolean;
}

const fromBound = (name: DoseName, what: string, unit: string, low: string, high: string, range: string): NumberWords => ({
  what,
  unit,
  low,
  high,
  range,
  min: DOSE_BOUNDS[name].min,
  max: DOSE_BOUNDS[name].max,
  whole: DOSE_BOUNDS[name].whole,
});

export const DOSE_WORDS: Readonly<Record<DoseName, NumberWords>> = {
  holdS: fromBound('holdS', 'hold time', 'seconds', 'is too short', 'is too long', `${DOSE_BOUNDS.holdS.min} to ${DOSE_BOUNDS.holdS.max} seconds`),
  reps: fromBound('reps', 'number of reps', '', 'is too few', 'is too many', `a whole number from ${DOSE_BOUNDS.reps.min} to ${DOSE_BOUNDS.reps.max}`),
  restS: fromBound('restS', 'rest time', 'seconds', 'is too short', 'is too long', `${DOSE_BOUNDS.restS.min} to ${DOSE_BOUNDS.restS.max} seconds`),
};

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** A number as given (text from a link counts when it is written as a number), or undefined. */
function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && NUMBER_TEXT.test(value.trim())) return Number(value);
  return undefined;
}

/**
 * Why a number was refused, as a sentence; `where` says whose value it is ("in the link", "for
 * stretch 2"). The value is shown as it was given: "The hold time in the link, -5 seconds, is too
 * short: it must be 5 to 300 seconds."
 */
export function numberProblemWords(w: NumberWords, value: unknown, where: string): string {
  const subject = `The ${w.what} ${where}`;
  const n = asNumber(value);
  if (n === undefined || !Number.isFinite(n)) return `${subject}, "${showValue(value)}", is not a number: it must be ${w.range}.`;
  const unit = Math.abs(n) === 1 ? w.unit.replace(/s$/, '') : w.unit; // "1 second", "-1 degree"
  const shown = `${showValue(value)}${unit ? ` ${unit}` : ''}`;
  const verdict = n < w.min ? w.low : n > w.max ? w.high : w.whole && !Number.isInteger(n) ? 'is not a whole number' : 'is not allowed';
  return `${subject}, ${shown}, ${verdict}: it must be ${w.range}.`;
}

/** A refused dose (hold, reps, rest) as a sentence. */
export const doseProblemWords = (name: DoseName, value: unknown, where: string): string => numberProblemWords(DOSE_WORDS[name], value, where);
