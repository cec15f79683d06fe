import { describe, expect, it } from 'vitest';
import { rec, side } from '../../src/core/history/test-records';
import { keyAngleHint, lastResultWords, reportPeriodWords, whenWords } from '../../src/ui/words/history-words';

const at = (s: string) => Date.parse(s);

describe('records in words (English, the source language)', () => {
  it('say when a stretch was last done and how it went, in local time', () => {
    const now = at('2026-05-12T20:00:00Z');
    expect(whenWords('2026-05-12T08:05:00.000Z', now, 0)).toBe('today at 08:05');
    expect(whenWords('2026-05-11T19:30:00.000Z', now, 0)).toBe('yesterday at 19:30');
    // 08:05Z is 10:05 in UTC+2 (offset -120); another year names the year.
    expect(whenWords('2026-05-02T08:05:00.000Z', now, -120)).toMatch(/^2 May at 10:05$|^May 2 at 10:05$/);
    expect(whenWords('2025-12-30T08:05:00.000Z', now, 0)).toMatch(/2025 at 08:05$/);
    expect(lastResultWords(rec('2026-05-12T08:05:00.000Z'), now, 0)).toBe('Last done today at 08:05: completed, best leg raise 80° right, 72° left.');
    const none = rec('2026-05-12T08:05:00.000Z', 'seated-toe-touch', [side({ side: 'both', timeInFormS: 0, bestKeyAngleDeg: null })], { outcome: 'ended-early' });
    expect(lastResultWords(none, now, 0)).toBe('Last done today at 08:05: ended early, nothing held in good form.');
    const both = rec('2026-05-12T08:05:00.000Z', 'seated-toe-touch', [side({ side: 'both', bestKeyAngleDeg: 83 })]);
    expect(lastResultWords(both, now, 0)).toBe('Last done today at 08:05: completed, best hip angle 83°.');
  });

  it('say which way a chart angle improves', () => {
    expect(keyAngleHint('lying-hamstring')).toBe('Leg raise: higher is better.');
    expect(keyAngleHint('seated-toe-touch')).toBe('Hip angle: lower means a deeper fold.');
    expect(keyAngleHint('supine-leg-extension')).toBe('Knee angle: higher is better.');
  });
});

describe('the report\'s period', () => {
  it('counts sessions and days in the singular when there is one, and names one day once', () => {
    expect(reportPeriodWords('1 Nov 2026', '22 Nov 2026', 40, 22)).toBe('1 Nov 2026 to 22 Nov 2026 · 40 stretch sessions on 22 days');
    expect(reportPeriodWords('22 Nov 2026', '22 Nov 2026', 1, 1)).toBe('22 Nov 2026 · 1 stretch session on 1 day');
    expect(reportPeriodWords('22 Nov 2026', '22 Nov 2026', 2, 1)).toBe('22 Nov 2026 · 2 stretch sessions on 1 day');
  });
});
