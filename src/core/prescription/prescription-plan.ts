/** The session plan a prescription asks for: its stretches in order, each with its dose, side and strictness. */
import { strictnessOverrides, type PlanStep, type SessionPlan } from '../session/plan';
import { STRETCHES } from '../stretches/catalog';
import { resolveStretch } from '../stretches/validate';
import type { Prescription } from './prescription-schema';

/** Builds the plan. A checked prescription always builds (the schema's bounds sit inside the validator's). */
export function planFromPrescription(rx: Prescription): SessionPlan {
  const steps = rx.steps.map((asked): PlanStep => {
    const base = STRETCHES[asked.stretch];
    const stretch = resolveStretch(asked.stretch, {
      ...(asked.holdS !== undefined ? { holdMs: asked.holdS * 1000 } : {}),
      ...(asked.reps !== undefined ? { reps: asked.reps } : {}),
      ...(asked.restS !== undefined ? { restMs: asked.restS * 1000 } : {}),
      thresholds: strictnessOverrides(base, asked.strictnessDeg),
    });
    return { stretch, ...(asked.side !== 'both' && base.workingLeg ? { side: asked.side } : {}) };
  });
  return { kind: 'prescribed', steps };
}
