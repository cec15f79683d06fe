/** A session plan as data: which stretches, with which hold, reps, rest and sides. */
import type { Side } from '../pose/pose';
import type { HoldSeconds, RepCount, RestSeconds } from '../schema/dose-schema';
import { STRICTNESS_SHIFT, type Settings } from '../settings/settings';
import { STRETCHES } from '../stretches/catalog';
import type { StretchDefinition, StretchId } from '../stretches/types';
import { resolveStretch, type StretchOverrides } from '../stretches/validate';

/** The daily hamstring routine: one standing, one seated and one lying stretch, both legs where one-sided. */
export const DAILY_ROUTINE: readonly StretchId[] = ['standing-toe-touch', 'seated-chair', 'lying-hamstring'];

export interface PlanStep {
  readonly stretch: StretchDefinition;
  /** Only this side, when the link or the clinician asks for one. */
  readonly side?: Side;
}

export interface SessionPlan {
  /** Where the plan comes from: one stretch, the daily routine, or a prescription (named on screen in the UI's words). */
  readonly kind: 'single' | 'daily' | 'prescribed';
  readonly steps: readonly PlanStep[];
}

/**
 * Overrides from a link or a prescription, in seconds as people write them. The types are branded:
 * only a value that passed the dose schemas (src/core/schema/dose-schema.ts) fits, so a bad dose is
 * reported and dropped where it is read and can never stop a plan from being built.
 */
export interface PlanOverrides {
  readonly holdS?: HoldSeconds;
  readonly reps?: RepCount;
  readonly restS?: RestSeconds;
}

/** Angle thresholds shifted by `shift` degrees (the strictness setting or a prescription); ratio thresholds left alone. */
export function strictnessOverrides(stretch: StretchDefinition, shift: number): Record<string, number> {
  if (shift === 0) return {};
  const out: Record<string, number> = {};
  for (const rule of stretch.rules) {
    if (rule.metric === 'heelLiftWorking' || rule.metric === 'legRaiseDrift') continue;
    if (rule.min && !(rule.metric === 'trunkLeanForward')) out[rule.min] = (stretch.thresholds[rule.min] as number) + shift;
    if (rule.max && !(rule.metric === 'trunkLeanForward')) out[rule.max] = (stretch.thresholds[rule.max] as number) - shift;
  }
  for (const [k, v] of Object.entries(out)) out[k] = Math.min(180, v);
  return out;
}

/**
 * A stretch as the steps of a plan: one step, or one per variation, each counted on its own
 * ("Standing toe touch, feet together", then "..., feet crossed"), wherever the plan comes from.
 */
export function variationSteps(stretch: StretchDefinition, side?: Side): PlanStep[] {
  const sided = side ? { side } : {};
  if (!stretch.variations?.length) return [{ stretch, ...sided }];
  return stretch.variations.map((variation) => ({ stretch: { ...stretch, name: `${stretch.name}, ${variation.label}`, summary: variation.summary, variation }, ...sided }));
}

/** Builds a validated plan; throws StretchConfigError naming any bad value. */
export function buildPlan(choice: StretchId | 'daily', settings: Settings, overrides: PlanOverrides = {}, side?: Side): SessionPlan {
  const ids = choice === 'daily' ? DAILY_ROUTINE : [choice];
  const steps = ids.flatMap((id): PlanStep[] => {
    const base = STRETCHES[id];
    const o: StretchOverrides = {
      ...(overrides.holdS !== undefined ? { holdMs: overrides.holdS * 1000 } : settings.hold === '30s' ? { holdMs: 30_000 } : {}),
      ...(overrides.reps !== undefined ? { reps: overrides.reps } : settings.reps !== undefined ? { reps: settings.reps } : {}),
      ...(overrides.restS !== undefined ? { restMs: overrides.restS * 1000 } : {}),
      thresholds: strictnessOverrides(base, STRICTNESS_SHIFT[settings.strictness]),
    };
    return variationSteps(resolveStretch(id, o), side && base.workingLeg ? side : undefined);
  });
  return { kind: choice === 'daily' ? 'daily' : 'single', steps };
}
