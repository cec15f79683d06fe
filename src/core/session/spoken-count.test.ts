import { describe, expect, it } from 'vitest';
import { spokenCount } from './spoken-count';

describe('spokenCount', () => {
  it('says each 5 s mark once, as it is crossed', () => {
    expect(spokenCount(4900, 5100, 20_000)).toEqual({ seconds: 5, left: null });
    expect(spokenCount(5100, 5300, 20_000)).toBeNull();
    expect(spokenCount(9800, 10_000, 20_000)).toEqual({ seconds: 10, left: null });
  });
  it('says what is left near the end, and nothing at the target (the hold-complete words say it)', () => {
    expect(spokenCount(14_900, 15_050, 20_000)).toEqual({ seconds: 15, left: 5 });
    expect(spokenCount(19_900, 20_000, 20_000)).toBeNull();
    expect(spokenCount(24_900, 25_100, 30_000)).toEqual({ seconds: 25, left: 5 });
  });
  it('says nothing while the count stands still or before the first mark', () => {
    expect(spokenCount(3000, 3000, 20_000)).toBeNull();
    expect(spokenCount(0, 4999, 20_000)).toBeNull();
  });
});
