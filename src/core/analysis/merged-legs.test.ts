import { describe, expect, it } from 'vitest';
import { legsConvergence, type LegsSample } from './merged-legs';

/** A still lying stretch read 10 times a second: raised leg at 86, the other flat at 7. */
const still = (fromMs: number, toMs: number): LegsSample[] => {
  const out: LegsSample[] = [];
  for (let t = fromMs; t < toMs; t += 100) out.push({ tMs: t, raised: 86, flat: 7 });
  return out;
};

describe('legs read converging', () => {
  const history = still(0, 1000);
  it('takes the raised leg read lower and the flat one higher at once for a misread (the real clip: 70 and 18)', () => {
    expect(legsConvergence(history, { tMs: 1000, raised: 70, flat: 18 })).toBe('converging');
  });
  it('does not take the raised leg moving alone for one: that is how a bounce looks', () => {
    expect(legsConvergence(history, { tMs: 1000, raised: 70, flat: 7 })).toBe('none');
  });
  it('does not take both legs rising together for one (the raised leg pulled in lifts the other)', () => {
    expect(legsConvergence(history, { tMs: 1000, raised: 95, flat: 20 })).toBe('none');
  });
  it('says nothing without a few readings of where the legs were', () => {
    expect(legsConvergence(history.slice(-2), { tMs: 1000, raised: 70, flat: 18 })).toBe('none');
    // Readings older than 2.5 s are not where the legs were.
    expect(legsConvergence(still(0, 500), { tMs: 3000, raised: 70, flat: 18 })).toBe('none');
  });
  it('looks back further for 3 readings when they come sparsely (2-3 a second)', () => {
    const sparse: LegsSample[] = [0, 450, 900, 1350].map((tMs) => ({ tMs, raised: 86, flat: 7 }));
    expect(legsConvergence(sparse, { tMs: 1800, raised: 70, flat: 18 })).toBe('converging');
  });
  it('takes legs that closed more than half the angle between them at once for blended (live: 54 and 40)', () => {
    expect(legsConvergence(history, { tMs: 1000, raised: 54, flat: 40 })).toBe('blended');
    expect(legsConvergence(history, { tMs: 1000, raised: 62, flat: 38 })).toBe('blended');
    // A dip that lifts the flat leg a little closes less: only converging.
    expect(legsConvergence(history, { tMs: 1000, raised: 65, flat: 20 })).toBe('converging');
  });
});
