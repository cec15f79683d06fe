import { describe, expect, it } from 'vitest';
import { legsConverging, type LegsSample } from './merged-legs';

/** A still lying stretch read 10 times a second: raised leg at 86, the other flat at 7. */
const still = (fromMs: number, toMs: number): LegsSample[] => {
  const out: LegsSample[] = [];
  for (let t = fromMs; t < toMs; t += 100) out.push({ tMs: t, raised: 86, flat: 7 });
  return out;
};

describe('legs read converging', () => {
  const history = still(0, 1000);
  it('takes the raised leg read lower and the flat one higher at once for a misread (the real clip: 70 and 18)', () => {
    expect(legsConverging(history, { tMs: 1000, raised: 70, flat: 18 })).toBe(true);
  });
  it('does not take the raised leg moving alone for one: that is how a bounce looks', () => {
    expect(legsConverging(history, { tMs: 1000, raised: 70, flat: 7 })).toBe(false);
  });
  it('does not take both legs rising together for one (the raised leg pulled in lifts the other)', () => {
    expect(legsConverging(history, { tMs: 1000, raised: 95, flat: 20 })).toBe(false);
  });
  it('says nothing without a few readings of where the legs were', () => {
    expect(legsConverging(history.slice(-2), { tMs: 1000, raised: 70, flat: 18 })).toBe(false);
    // Readings older than a second are not where the legs were.
    expect(legsConverging(still(0, 500), { tMs: 2000, raised: 70, flat: 18 })).toBe(false);
  });
});
