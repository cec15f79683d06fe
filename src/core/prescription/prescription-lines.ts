/**
 * Each step of a prescribed plan as data for the line the patient reads before starting ("Lying
 * hamstring stretch, left leg, 45 s × 3, rest 15 s"); src/ui/words/prescription-words.ts says it.
 */
import type { SessionPlan } from '../session/plan';
import type { StretchId } from '../stretches/types';
import { prescribedStepIndex } from './prescription-plan';
import type { Prescription } from './prescription-schema';

export interface PrescriptionLine {
  readonly stretchId: StretchId;
  /** The variation this step does ("feet-crossed"), or null. */
  readonly variation: string | null;
  /** One leg, each leg in turn, or null for a stretch that works both legs at once. */
  readonly side: 'left' | 'right' | 'each' | null;
  /** Seconds, to a tenth. */
  readonly holdS: number;
  readonly reps: number;
  /** Seconds between reps (0: straight on); null with a single rep. */
  readonly restS: number | null;
  /** The clinician's shift of every angle target: positive stricter, negative gentler. */
  readonly strictnessDeg: number;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** One line per step of the plan; a stretch with variations has a line for each. */
export function prescriptionLines(rx: Prescription, plan: SessionPlan): PrescriptionLine[] {
  const from = prescribedStepIndex(rx);
  return plan.steps.map((step, i) => {
    const s = step.stretch;
    return {
      stretchId: s.id,
      variation: s.variation?.id ?? null,
      side: s.workingLeg === undefined ? null : (step.side ?? 'each'),
      holdS: seconds(s.holdMs),
      reps: s.reps,
      restS: s.reps > 1 ? seconds(s.restMs) : null,
      strictnessDeg: rx.steps[from[i] ?? i]?.strictnessDeg ?? 0,
    };
  });
}
