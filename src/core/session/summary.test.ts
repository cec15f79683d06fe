import { describe, expect, it } from 'vitest';
import { initialHoldState } from '../hold/hold-reducer';
import { emptyRecord } from '../hold/records';
import { resolveStretch } from '../stretches/validate';
import { summarise } from './summary';

describe('summarise', () => {
  it('reports both sides of a one-leg stretch, the difference and what to work on', () => {
    const base = initialHoldState(resolveStretch('lying-hamstring'));
    const hold = {
      ...base,
      records: {
        both: emptyRecord(),
        right: { ...emptyRecord(), countedMs: 30_400, repsDone: 1, keyAngles: [74, 75, 76], faultMs: { 'knee-straight': 6000 } },
        left: { ...emptyRecord(), countedMs: 30_100, repsDone: 1, keyAngles: [82, 83, 84], faultMs: {} },
      },
    };
    const s = summarise(hold);
    expect(s.sides.map((x) => [x.side, x.timeInFormS, x.medianKeyAngle])).toEqual([['right', 30, 75], ['left', 30, 83]]);
    expect(s.comparison).toEqual({ even: false, tighter: 'right', deg: 8 });
    expect(s.workOn).toEqual({ anyHeld: true, fault: { cue: { id: 'rule', stretch: 'lying-hamstring', rule: 'knee-straight' }, seconds: 6 }, notDone: [], short: null });
  });
  it('names a side that was not done, and the wrong leg, instead of "good form throughout"', () => {
    const base = initialHoldState(resolveStretch('supine-leg-extension'));
    const left = { ...emptyRecord(), countedMs: 5000, repsDone: 1, keyAngles: [178] };
    // A moment counted on the skipped side (before the wrong leg was named) is no measured leg.
    const moment = { ...emptyRecord(), countedMs: 400, keyAngles: [176, 177] };
    const skipped = summarise({ ...base, records: { both: emptyRecord(), right: moment, left } });
    expect(skipped.workOn).toEqual({ anyHeld: true, fault: null, notDone: ['right'], short: null });
    expect(skipped.comparison).toBeNull();
    const wrongLeg = summarise({ ...base, records: { both: emptyRecord(), right: { ...emptyRecord(), faultMs: { 'working-side': 9000 } }, left } });
    expect(wrongLeg.workOn).toEqual({ anyHeld: true, fault: { cue: { id: 'use-asked-leg' }, seconds: 9 }, notDone: ['right'], short: null });
  });
  it('a two-leg hold ended after a few seconds says it was not finished, never "good form throughout"', () => {
    const base = initialHoldState(resolveStretch('standing-toe-touch'));
    const early = summarise({ ...base, records: { ...base.records, both: { ...emptyRecord(), countedMs: 5000, keyAngles: [95] } } });
    expect(early.workOn).toEqual({ anyHeld: true, fault: null, notDone: [], short: { done: 0, of: 2 } });
    const done = summarise({ ...base, records: { ...base.records, both: { ...emptyRecord(), countedMs: 40_000, repsDone: 2, keyAngles: [95] } } });
    expect(done.workOn).toEqual({ anyHeld: true, fault: null, notDone: [], short: null });
  });
  it('says so when nothing was held', () => {
    expect(summarise(initialHoldState(resolveStretch('standing-toe-touch'))).workOn.anyHeld).toBe(false);
  });
  it('gives the key angle its target, the doorway its current one', () => {
    expect(summarise(initialHoldState(resolveStretch('standing-toe-touch'))).keyTarget).toEqual({ deg: 100, atLeast: false });
    expect(summarise(initialHoldState(resolveStretch('lying-hamstring'))).keyTarget).toEqual({ deg: 70, atLeast: true });
    const door = initialHoldState(resolveStretch('doorway-wall'));
    expect(summarise({ ...door, legRaiseTarget: 75 }).keyTarget).toEqual({ deg: 75, atLeast: true });
    // The chair stretch records the hip angle but no rule sets a target for it.
    expect(summarise(initialHoldState(resolveStretch('seated-chair'))).keyTarget).toBeNull();
  });
});
