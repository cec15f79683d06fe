/** The session plan a prescription asks for: its stretches in order, each with its dose, side and strictness. */
import { strictnessOverrides, variationSteps, type PlanStep, type SessionPlan } from '../session/plan';
import { STRETCHES } from '../stretches/catalog';
import { resolveStretch } from '../stretches/validate';
import type { Prescription } from './prescription-schema';

/** Builds the plan (a stretch with variations gives one step per variation: see prescribedStepIndex). A checked prescription always builds (the schema's bounds sit inside the validator's). */
export function planFromPrescription(rx: Prescription): SessionPlan {
  const steps = rx.steps.flatMap((asked): PlanStep[] => {
    const base = STRETCHES[asked.stretch];
    const stretch = resolveStretch(asked.stretch, {
      ...(asked.holdS !== undefined ? { holdMs: asked.holdS * 1000 } : {}),
      ...(asked.reps !== undefined ? { reps: asked.reps } : {}),
      ...(asked.restS !== undefined ? { restMs: asked.restS * 1000 } : {}),
      thresholds: strictnessOverrides(base, asked.strictnessDeg),
    });
    // A stretch with variations is prescribed whole, as it is done everywhere else: each variation a step.
    return variationSteps(stretch, asked.side !== 'both' && base.workingLeg ? asked.side : undefined);
  });
  return { kind: 'prescribed', steps };
}

/** For each step of the plan, the index of the prescribed stretch it comes from. */
export function prescribedStepIndex(rx: Prescription): number[] {
  return rx.steps.flatMap((asked, i) => Array.from({ length: STRETCHES[asked.stretch].variations?.length || 1 }, () => i));
}
