import { describe, expect, it } from 'vitest';
import { STRETCHES } from '../../src/core/stretches/catalog';
import { resolveStretch, StretchConfigError } from '../../src/core/stretches/validate';
import { STRETCH_IDS } from '../../src/core/stretches/types';

describe('stretch definitions', () => {
  it('holds all eight stretches with the article holds and every rule threshold defined', () => {
    expect(STRETCH_IDS).toHaveLength(8);
    expect(STRETCHES['seated-toe-touch'].holdMs).toBe(20_000);
    expect(STRETCHES['lying-hamstring'].holdMs).toBe(30_000);
    for (const s of Object.values(STRETCHES)) {
      for (const rule of s.rules) {
        for (const name of [rule.min, rule.max].filter(Boolean) as string[]) expect(s.thresholds[name], `${s.id}.${name}`).toBeTypeOf('number');
      }
    }
  });

  it('applies a clinician override and refuses bad values naming the setting', () => {
    expect(resolveStretch('standing-toe-touch', { thresholds: { kneeMin: 170 } }).thresholds.kneeMin).toBe(170);
    expect(() => resolveStretch('standing-toe-touch', { thresholds: { kneeMin: 250 } })).toThrow(/standing-toe-touch.thresholds.kneeMin = 250: must be between 90 and 180/);
    expect(() => resolveStretch('standing-toe-touch', { thresholds: { legRaiseMin: 60 } })).toThrow(/not a threshold of this stretch/);
    expect(() => resolveStretch('standing-toe-touch', { holdMs: Number.NaN })).toThrow(StretchConfigError);
    expect(() => resolveStretch('standing-toe-touch', { reps: 2.5 })).toThrow(/reps = 2.5: must be a whole number/);
    expect(() => resolveStretch('toe-touch')).toThrow(/stretch = "toe-touch": unknown stretch/);
  });

  it('splits the partner stretch hold into relaxed and push phases', () => {
    expect(resolveStretch('partner-pnf').pnf).toEqual({ holdMs: 10_000, pushMs: 10_000 });
    expect(resolveStretch('partner-pnf', { holdMs: 30_000 }).pnf).toEqual({ holdMs: 15_000, pushMs: 15_000 });
  });
});
