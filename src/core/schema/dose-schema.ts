/**
 * Schemas for a dose (hold, reps, rest), checked against the one table of bounds. Their outputs are
 * branded, so a plan can only be given a dose that has passed one of these schemas.
 */
import * as v from 'valibot';
import { DOSE_BOUNDS, withinDoseBound, type DoseName } from './dose-bounds';

function doseSchema<const B extends string>(name: DoseName, brand: B) {
  const { reason } = DOSE_BOUNDS[name];
  return v.pipe(
    v.number(reason),
    v.check((n) => withinDoseBound(name, n), reason),
    v.brand(brand),
  );
}

/** A hold in seconds within DOSE_BOUNDS.holdS. */
export const HoldSecondsSchema = doseSchema('holdS', 'HoldSeconds');
/** Reps per side within DOSE_BOUNDS.reps. */
export const RepCountSchema = doseSchema('reps', 'RepCount');
/** A rest between reps in seconds within DOSE_BOUNDS.restS. */
export const RestSecondsSchema = doseSchema('restS', 'RestSeconds');

export type HoldSeconds = v.InferOutput<typeof HoldSecondsSchema>;
export type RepCount = v.InferOutput<typeof RepCountSchema>;
export type RestSeconds = v.InferOutput<typeof RestSecondsSchema>;

/** Plain decimal numbers as people type them ("30", "7.5", "1e9"); not hex, blanks or "Infinity". */
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** The same dose written as text (a link parameter): read as a number, then checked the same way. */
export function doseFromText<TOut, TIssue extends v.BaseIssue<unknown>>(name: DoseName, schema: v.BaseSchema<number, TOut, TIssue>) {
  const { reason } = DOSE_BOUNDS[name];
  return v.pipe(
    v.string(reason),
    v.check((s) => NUMBER_TEXT.test(s), reason),
    v.transform(Number),
    schema,
  );
}
