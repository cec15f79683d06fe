import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { buildPlan } from './plan';

describe('buildPlan', () => {
  it('builds the daily routine from the catalogue', () => {
    const plan = buildPlan('daily', DEFAULT_SETTINGS);
    expect(plan.steps.map((s) => s.stretch.id)).toEqual(['standing-toe-touch', 'seated-chair', 'lying-hamstring']);
  });
  it('applies the 30 s option, link overrides and strictness', () => {
    expect(buildPlan('standing-toe-touch', { ...DEFAULT_SETTINGS, hold: '30s' }).steps[0]!.stretch.holdMs).toBe(30_000);
    expect(buildPlan('standing-toe-touch', DEFAULT_SETTINGS, { holdS: 12, reps: 1 }).steps[0]!.stretch).toMatchObject({ holdMs: 12_000, reps: 1 });
    const strict = buildPlan('standing-toe-touch', { ...DEFAULT_SETTINGS, strictness: 'strict' }).steps[0]!.stretch.thresholds;
    expect(strict).toMatchObject({ kneeMin: 170, hipMax: 95 });
  });
  it('refuses a bad override by name', () => {
    expect(() => buildPlan('standing-toe-touch', DEFAULT_SETTINGS, { holdS: 1 })).toThrow(/holdMs = 1000/);
  });
  it('keeps a requested side only for one-sided stretches', () => {
    expect(buildPlan('lying-hamstring', DEFAULT_SETTINGS, {}, 'left').steps[0]!.side).toBe('left');
    expect(buildPlan('standing-toe-touch', DEFAULT_SETTINGS, {}, 'left').steps[0]!.side).toBeUndefined();
  });
});
