import { describe, expect, it } from 'vitest';
import { STRETCHES } from '../stretches/catalog';
import { recordsCsv as csvOf } from './csv';
import { doorwayStartDeg, goalAfter, reachGoal, REACH_GOALS, withProgression } from './progression';
import { rec, side } from './test-records';

const door = STRETCHES['doorway-wall'];

describe('progression across days', () => {
  it('the doorway stretch starts at the lower of the targets last reached, within 60-90 degrees', () => {
    expect(doorwayStartDeg([], door)).toBe(60);
    const day1 = rec('2026-05-10T08:00:00.000Z', 'doorway-wall', [side({ targetReachedDeg: 70 }), side({ side: 'left', targetReachedDeg: 65 })]);
    expect(doorwayStartDeg([day1], door)).toBe(65);
    const day2 = rec('2026-05-11T08:00:00.000Z', 'doorway-wall', [side({ targetReachedDeg: 90 }), side({ side: 'left', targetReachedDeg: 90 })]);
    expect(doorwayStartDeg([day2, day1], door)).toBe(90);
    expect(withProgression(door, [day1]).progression).toEqual({ ...door.progression, startDeg: 65 });
    // Other stretches are left as they are.
    expect(withProgression(STRETCHES['lying-hamstring'], [day1])).toBe(STRETCHES['lying-hamstring']);
    expect(doorwayStartDeg([day1], STRETCHES['lying-hamstring'])).toBeNull();
  });

  it('the seated toe touch reach goal moves from the ankles to the toes to the balls of the feet', () => {
    expect(reachGoal([]).id).toBe('ankles');
    const reached = (r: number | null) => rec('2026-05-10T08:00:00.000Z', 'seated-toe-touch', [side({ side: 'both', bestReach: r })]);
    expect(reachGoal([reached(0.4)]).id).toBe('ankles');
    expect(reachGoal([reached(0.2)]).id).toBe('toes');
    expect(reachGoal([reached(0.2), reached(0.08)]).id).toBe('balls');
    expect(reachGoal([reached(0.01)]).id).toBe('balls');
    expect(goalAfter(0.09, REACH_GOALS[1]).id).toBe('balls');
    expect(goalAfter(null).id).toBe('ankles');
  });

  it('the CSV has one row per side, in seconds and degrees, and defuses formulas', () => {
    const csv = csvOf([rec('2026-05-10T08:00:00.000Z', 'lying-hamstring', [side({ faultS: { 'knee-straight': 3.5 } }), side({ side: 'left', faultS: { '=cmd': 1 } })])]);
    const [head, row, left] = csv.trim().split('\r\n');
    expect(head).toContain('time_in_form_s');
    expect(row).toBe(`2026-05-10T08:00:00.000Z,Lying hamstring stretch,,right,completed,30,30,1,1,leg raise,80,76,,,knee-straight=3.5`);
    expect(left!.endsWith(`,'=cmd=1`)).toBe(true);
  });

  it('the CSV names the variation, so the standing toe touch with feet together and with feet crossed are told apart', () => {
    const toe = (variation: string) => ({ ...rec('2026-05-10T08:00:00.000Z', 'standing-toe-touch', [side({ side: 'both' })]), variation });
    const [head, together, crossed] = csvOf([toe('feet-together'), toe('feet-crossed')]).trim().split('\r\n');
    expect(head!.split(',').slice(0, 4)).toEqual(['date_time', 'stretch', 'variation', 'side']);
    expect(together!.split(',').slice(1, 4)).toEqual(['Standing toe touch', 'feet together', 'both']);
    expect(crossed!.split(',').slice(1, 4)).toEqual(['Standing toe touch', 'feet crossed', 'both']);
  });
});
