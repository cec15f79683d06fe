/**
 * A number that was refused, as data: which setting, what is wrong with it, the value as it was
 * given and the allowed range. The sentence ("The hold time in the link, -5 seconds, is too short:
 * it must be 5 to 300 seconds.") is said whole in the person's language by src/ui/words.
 * Used for links and prescriptions alike.
 */
import { PRESCRIPTION_BOUNDS } from '../prescription/prescription-schema';
import { DOSE_BOUNDS } from './dose-bounds';
import { showValue } from './problem';

/** The bounded numbers a person or clinician writes. */
export type NumberField = 'hold' | 'reps' | 'rest' | 'strictness' | 'idle';
/** What is wrong: not a number at all, under or over the range, or a fraction where a count is asked. */
export type NumberIssue = 'not-a-number' | 'too-low' | 'too-high' | 'not-whole';

export interface NumberProblem {
  readonly field: NumberField;
  readonly issue: NumberIssue;
  /** The value as it was given, kept short ("-5", "1e9", "soon"). */
  readonly given: string;
  /** The given number (for "1 second" against "2 seconds"); NaN when it is not a number. */
  readonly n: number;
  readonly min: number;
  readonly max: number;
}

export const NUMBER_BOUNDS: Readonly<Record<NumberField, { readonly min: number; readonly max: number; readonly whole: boolean }>> = {
  hold: DOSE_BOUNDS.holdS,
  reps: DOSE_BOUNDS.reps,
  rest: DOSE_BOUNDS.restS,
  strictness: { ...PRESCRIPTION_BOUNDS.strictnessDeg, whole: true },
  idle: { ...PRESCRIPTION_BOUNDS.idleS, whole: false },
};

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** A number as given (text from a link counts when it is written as a number), or undefined. */
function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && NUMBER_TEXT.test(value.trim())) return Number(value);
  return undefined;
}

/** Why `value` was refused for `field`. A value within the range counts as not whole (the only other refusal). */
export function numberProblem(field: NumberField, value: unknown): NumberProblem {
  const { min, max } = NUMBER_BOUNDS[field];
  const given = showValue(value);
  const n = asNumber(value);
  if (n === undefined || !Number.isFinite(n)) return { field, issue: 'not-a-number', given, n: Number.NaN, min, max };
  const issue: NumberIssue = n < min ? 'too-low' : n > max ? 'too-high' : 'not-whole';
  return { field, issue, given, n, min, max };
}
