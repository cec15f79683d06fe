import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { HoldSecondsSchema, RepCountSchema, RestSecondsSchema } from '../schema/dose-schema';
import { DOSE_BOUNDS } from '../schema/dose-bounds';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { STRETCH_IDS } from '../stretches/types';
import { buildPlan } from './plan';

describe('buildPlan', () => {
  it('builds the daily routine from the catalogue', () => {
    const plan = buildPlan('daily', DEFAULT_SETTINGS);
    expect(plan.steps.map((s) => s.stretch.id)).toEqual(['standing-toe-touch', 'standing-toe-touch', 'seated-chair', 'lying-hamstring']);
  });
  it('makes each variation of the standing toe touch its own counted step, twice each', () => {
    const steps = buildPlan('standing-toe-touch', DEFAULT_SETTINGS).steps;
    expect(steps.map((s) => [s.stretch.name, s.stretch.variation?.id, s.stretch.reps])).toEqual([
      ['Standing toe touch, feet together', 'feet-together', 2],
      ['Standing toe touch, feet crossed', 'feet-crossed', 2],
    ]);
    expect(steps[1]!.stretch.summary).toMatch(/crossed/);
    expect(buildPlan('seated-chair', DEFAULT_SETTINGS).steps).toHaveLength(1);
  });
  it('applies the 30 s option, link overrides and strictness', () => {
    expect(buildPlan('standing-toe-touch', { ...DEFAULT_SETTINGS, hold: '30s' }).steps[0]!.stretch.holdMs).toBe(30_000);
    const overrides = { holdS: v.parse(HoldSecondsSchema, 12), reps: v.parse(RepCountSchema, 1), restS: v.parse(RestSecondsSchema, 4) };
    expect(buildPlan('standing-toe-touch', DEFAULT_SETTINGS, overrides).steps[0]!.stretch).toMatchObject({ holdMs: 12_000, reps: 1, restMs: 4_000 });
    const strict = buildPlan('standing-toe-touch', { ...DEFAULT_SETTINGS, strictness: 'strict' }).steps[0]!.stretch.thresholds;
    expect(strict).toMatchObject({ kneeMin: 170, hipMax: 95 });
  });
  // Any dose the schemas let through must build a plan: the bounds table and the stretch validator agree.
  it('builds every stretch at both edges of every dose bound', () => {
    const { holdS, reps, restS } = DOSE_BOUNDS;
    for (const edge of ['min', 'max'] as const) {
      const overrides = { holdS: v.parse(HoldSecondsSchema, holdS[edge]), reps: v.parse(RepCountSchema, reps[edge]), restS: v.parse(RestSecondsSchema, restS[edge]) };
      for (const id of STRETCH_IDS) {
        for (const strictness of ['gentle', 'standard', 'strict'] as const) {
          expect(() => buildPlan(id, { ...DEFAULT_SETTINGS, strictness }, overrides)).not.toThrow();
        }
      }
    }
  });
  it('keeps a requested side only for one-sided stretches', () => {
    expect(buildPlan('lying-hamstring', DEFAULT_SETTINGS, {}, 'left').steps[0]!.side).toBe('left');
    expect(buildPlan('standing-toe-touch', DEFAULT_SETTINGS, {}, 'left').steps[0]!.side).toBeUndefined();
  });
});
