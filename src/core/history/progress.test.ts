import { describe, expect, it } from 'vitest';
import { dailySeries, eveningNudgeDue, lastByStretch, localDay, streakDays, today } from './progress';
import { rec, side } from './test-records';

const at = (s: string) => Date.parse(s);

describe('progress over days', () => {
  it('today: morning and evening against the twice-a-day goal, in local time', () => {
    const rs = [rec('2026-05-12T07:00:00.000Z'), rec('2026-05-11T19:00:00.000Z')];
    expect(today(rs, at('2026-05-12T12:00:00Z'), 0)).toEqual({ morning: true, evening: false, done: 1 });
    rs.push(rec('2026-05-12T18:30:00.000Z'));
    expect(today(rs, at('2026-05-12T20:00:00Z'), 0)).toEqual({ morning: true, evening: true, done: 2 });
    // In UTC-10 (offset +600 min) the 07:00Z session was 21:00 the evening before.
    expect(localDay('2026-05-12T07:00:00.000Z', 600)).toBe('2026-05-11');
    // There, at 21:30 on the 11th, that day had its morning (09:00, the 19:00Z one) and its evening (21:00).
    expect(today(rs, at('2026-05-12T07:30:00Z'), 600)).toEqual({ morning: true, evening: true, done: 2 });
    // And on the 12th (local) only the 08:30 morning so far: the 18:30Z session.
    expect(today(rs, at('2026-05-12T20:00:00Z'), 600)).toEqual({ morning: true, evening: false, done: 1 });
  });

  it('a session with nothing held in good form does not count as practice', () => {
    const none = rec('2026-05-12T07:00:00.000Z', 'lying-hamstring', [side({ timeInFormS: 0 })], { outcome: 'ended-early' });
    expect(today([none], at('2026-05-12T12:00:00Z'), 0).done).toBe(0);
    expect(streakDays([none], at('2026-05-12T12:00:00Z'), 0)).toBe(0);
  });

  it('the streak counts days in a row up to today, or up to yesterday before today is practised', () => {
    const rs = ['2026-05-08', '2026-05-10', '2026-05-11', '2026-05-12'].map((d) => rec(`${d}T08:00:00.000Z`));
    expect(streakDays(rs, at('2026-05-12T20:00:00Z'), 0)).toBe(3);
    expect(streakDays(rs, at('2026-05-13T09:00:00Z'), 0)).toBe(3);
    expect(streakDays(rs, at('2026-05-14T09:00:00Z'), 0)).toBe(0);
  });

  it('the chart series: the best angle per side per day and the left/right difference', () => {
    const rs = [
      rec('2026-05-10T08:00:00.000Z', 'lying-hamstring', [side({ bestKeyAngleDeg: 70 }), side({ side: 'left', bestKeyAngleDeg: 78 })]),
      rec('2026-05-10T19:00:00.000Z', 'lying-hamstring', [side({ bestKeyAngleDeg: 74 }), side({ side: 'left', bestKeyAngleDeg: null })]),
      rec('2026-05-11T08:00:00.000Z', 'lying-hamstring', [side({ bestKeyAngleDeg: 75 })]),
      rec('2026-05-11T08:00:00.000Z', 'seated-toe-touch', [side({ side: 'both', bestKeyAngleDeg: 60 })]),
    ];
    expect(dailySeries(rs, 'lying-hamstring', 0)).toEqual([
      { day: '2026-05-10', right: 74, left: 78, both: null, difference: 4 },
      { day: '2026-05-11', right: 75, left: null, both: null, difference: null },
    ]);
    // The seated toe touch's hip angle is better lower.
    const seated = [...rs, rec('2026-05-11T19:00:00.000Z', 'seated-toe-touch', [side({ side: 'both', bestKeyAngleDeg: 55 })])];
    expect(dailySeries(seated, 'seated-toe-touch', 0)).toEqual([{ day: '2026-05-11', right: null, left: null, both: 55, difference: null }]);
    expect(lastByStretch(seated).get('seated-toe-touch')!.startedAt).toBe('2026-05-11T19:00:00.000Z');
  });
});

describe('the evening reminder', () => {
  it('is due only when asked for, from 17:00 local, and until an evening session is done', () => {
    const morning = [rec('2026-05-12T07:00:00.000Z')];
    expect(eveningNudgeDue(morning, true, at('2026-05-12T16:59:00Z'), 0)).toBe(false);
    expect(eveningNudgeDue(morning, true, at('2026-05-12T17:00:00Z'), 0)).toBe(true);
    expect(eveningNudgeDue(morning, false, at('2026-05-12T18:00:00Z'), 0)).toBe(false);
    // 15:00Z is 17:00 in UTC+2 (offset -120).
    expect(eveningNudgeDue(morning, true, at('2026-05-12T15:00:00Z'), -120)).toBe(true);
    expect(eveningNudgeDue([...morning, rec('2026-05-12T17:30:00.000Z')], true, at('2026-05-12T18:00:00Z'), 0)).toBe(false);
  });
});
