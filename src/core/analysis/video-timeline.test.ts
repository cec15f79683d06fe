import { describe, expect, it } from 'vitest';
import { analysisStep, buildTimeline, timelineLines, type TimelineSample } from './video-timeline';

/** Samples 100 ms apart; `good` and `count` say which frames are in form / counted (by index). */
function samples(n: number, good: (i: number) => boolean, count: (i: number) => boolean, side: 'left' | 'right' | null = null): TimelineSample[] {
  let counted = 0;
  return Array.from({ length: n }, (_, i) => {
    if (i > 0 && count(i)) counted += 100;
    return { tMs: i * 100, keyAngle: 90 + i, side, inForm: good(i), countedMs: counted };
  });
}

describe('timelineLines', () => {
  it('draws and names only the legs measured: a left-leg video has no right-leg line', () => {
    const leftOnly = samples(6, () => true, () => false).map((x, i) => ({ ...x, side: i < 2 ? null : ('left' as const) }));
    expect(timelineLines(buildTimeline(leftOnly, true))).toEqual(['left', 'untold']);
    const told = samples(4, () => true, () => false, 'right');
    expect(timelineLines(buildTimeline(told, true))).toEqual(['right']);
    const both = samples(6, () => true, () => false).map((x, i) => ({ ...x, side: i < 3 ? ('right' as const) : ('left' as const) }));
    expect(timelineLines(buildTimeline(both, true))).toEqual(['right', 'left']);
    // A two-leg stretch: one line for both legs.
    expect(timelineLines(buildTimeline(told, false))).toEqual(['both']);
  });
});

describe('buildTimeline', () => {
  it('shades one stretch of good form and adds up its seconds as npm run analyze does', () => {
    const t = buildTimeline(samples(50, (i) => i >= 10 && i < 30, () => false), false);
    // Frames 10..29 each cover the 100 ms before them: 0.9 s to 2.9 s.
    expect(t.goodForm).toEqual([[0.9, 2.9]]);
    expect(t.goodFormS).toBeCloseTo(2.0, 5);
    expect(t.counted).toEqual([]);
    expect(t.countedS).toBe(0);
    expect(t.durationS).toBeCloseTo(4.9, 5);
  });

  it('splits good form where the form broke, and marks where the hold counted', () => {
    const t = buildTimeline(samples(60, (i) => (i >= 5 && i < 15) || (i >= 30 && i < 40), (i) => i >= 31 && i < 40), false);
    expect(t.goodForm).toEqual([[0.4, 1.4], [2.9, 3.9]]);
    expect(t.goodFormS).toBeCloseTo(2.0, 5);
    expect(t.counted).toEqual([[3.0, 3.9]]);
    expect(t.countedS).toBeCloseTo(0.9, 5);
  });

  it('draws a one-leg stretch under the leg the evidence named, and the rest under no leg', () => {
    const s = samples(6, () => true, () => false).map((x, i) => ({ ...x, side: i < 2 ? null : i < 4 ? ('left' as const) : ('right' as const) }));
    const t = buildTimeline(s, true);
    expect(t.angles.untold).toEqual([90, 91, null, null, null, null]);
    expect(t.angles.left).toEqual([null, null, 92, 93, null, null]);
    expect(t.angles.right).toEqual([null, null, null, null, 94, 95]);
    expect(t.angles.both).toEqual([]);
    // Two legs: one line, every sample.
    expect(buildTimeline(s, false).angles.both).toEqual([90, 91, 92, 93, 94, 95]);
  });

  it('takes the counted total from the hold, not from the frames', () => {
    const s = samples(5, () => true, () => true);
    const last = s.at(-1)!;
    const t = buildTimeline([...s.slice(0, -1), { ...last, countedMs: 12_345 }], false);
    expect(t.countedS).toBeCloseTo(12.345, 5);
  });

  it('does not bridge a long gap between frames (a cut in the video)', () => {
    const s: TimelineSample[] = [0, 100, 200, 1500, 1600].map((tMs) => ({ tMs, keyAngle: 80, side: null, inForm: true, countedMs: 0 }));
    const t = buildTimeline(s, false);
    expect(t.goodForm).toEqual([[0, 0.2], [1.5, 1.6]]);
    expect(t.goodFormS).toBeCloseTo(0.3, 5);
  });

  it('puts each leg on its own line for one-leg stretches, and gaps where nothing was measured', () => {
    const s: TimelineSample[] = [
      { tMs: 0, keyAngle: 40, side: 'left', inForm: false, countedMs: 0 },
      { tMs: 100, keyAngle: null, side: null, inForm: false, countedMs: 0 },
      { tMs: 200, keyAngle: 55.55, side: 'right', inForm: true, countedMs: 100 },
    ];
    const t = buildTimeline(s, true);
    expect(t.angles.left).toEqual([40, null, null]);
    expect(t.angles.right).toEqual([null, null, 55.6]);
    expect(t.angles.both).toEqual([]);
    expect(buildTimeline(s, false).angles.both).toEqual([40, null, 55.6]);
  });

  it('is empty for no frames', () => {
    const t = buildTimeline([], false);
    expect(t).toMatchObject({ x: [], goodForm: [], counted: [], goodFormS: 0, countedS: 0, durationS: 0 });
  });
});

describe('analysisStep', () => {
  it('looks at about the asked frames per second', () => {
    expect(analysisStep(300, 10_000, 15)).toBe(2); // 30 fps
    expect(analysisStep(150, 10_000, 15)).toBe(1); // 15 fps
    expect(analysisStep(600, 10_000, 15)).toBe(4); // 60 fps
    expect(analysisStep(240, 10_000, 15)).toBe(2); // 24 fps
  });
  it('takes every frame when the length is unknown', () => {
    expect(analysisStep(300, 0, 15)).toBe(1);
    expect(analysisStep(0, 10_000, 15)).toBe(1);
  });
});
