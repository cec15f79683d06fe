import { describe, expect, it } from 'vitest';
import { coachingFromStart, frameStep, type Analysis } from '../../src/core/session/frame-step';
import { resolveStretch } from '../../src/core/stretches/validate';
import { figure, frameOf, GOOD } from './figure';

/** 6 s of a steady lying stretch, its raised leg the figure's left, through the shared frame step. */
function study(side: 'left' | 'right' | undefined) {
  const stretch = resolveStretch('lying-hamstring', { holdMs: 60_000 });
  let state = coachingFromStart(stretch, side, false);
  let analysis: Analysis | undefined;
  for (let t = 0; t <= 6000; t += 100) ({ state, analysis } = frameStep(state, analysis, frameOf(t, [figure(GOOD.lyingOneLegRaised(85))])));
  return state.hold!;
}

describe('a file studied frame by frame', () => {
  it('with no side asked, keeps the counted time under no leg: whichever leg works is judged, and the plan names none', () => {
    const hold = study(undefined);
    expect(hold.sides).toEqual([null]);
    expect(hold.records.both.countedMs).toBeGreaterThan(5000);
    expect(hold.records.right.countedMs + hold.records.left.countedMs).toBe(0);
  });
  it('with a side asked, keeps it under that side', () => {
    const hold = study('left');
    expect(hold.sides).toEqual(['left']);
    expect(hold.records.left.countedMs).toBeGreaterThan(5000);
    expect(hold.records.right.countedMs + hold.records.both.countedMs).toBe(0);
  });
});
