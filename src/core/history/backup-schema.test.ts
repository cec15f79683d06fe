import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup } from './backup-schema';
import { HISTORY_VERSION } from './record';
import { rec, side } from './test-records';

const records = [rec('2026-05-10T07:30:00.000Z'), rec('2026-05-10T19:00:00.000Z', 'seated-toe-touch', [side({ side: 'both', bestReach: 0.12, faultS: { 'knees-straight': 4.5 } })])];
const good = () => JSON.parse(JSON.stringify(makeBackup(records, Date.parse('2026-05-11T10:00:00Z'), 'Ann'))) as Record<string, unknown> & { records: Record<string, unknown>[] };

/** The sentence a backup refused for a bad record says; fails the test when the backup is accepted or refused as a whole. */
function problemOf(backup: unknown): string {
  const got = readBackup(JSON.stringify(backup));
  if (got.ok) throw new Error('the backup was accepted');
  if (got.problem.kind !== 'record') throw new Error(`refused as a whole: ${got.problem.kind}`);
  return got.problem.detail;
}

describe('backup files', () => {
  it('a backup reads back to the same records', () => {
    const got = readBackup(JSON.stringify(good()));
    expect(got.ok && got.backup.records).toEqual(records);
    expect(got.ok && got.backup.name).toBe('Ann');
  });

  it.each([
    ['not JSON', '{"format": "formhold-history", "records": [', { kind: 'not-json' }],
    ['another app\'s JSON', JSON.stringify({ items: [1, 2] }), { kind: 'not-formhold' }],
    ['a JSON array', '[]', { kind: 'not-formhold' }],
    ['a newer version', JSON.stringify({ ...good(), version: HISTORY_VERSION + 1 }), { kind: 'newer', version: HISTORY_VERSION + 1, reads: HISTORY_VERSION }],
    ['no version', JSON.stringify({ ...good(), version: 'one' }), { kind: 'no-version' }],
  ])('%s is refused and says why', (_what, text, problem) => {
    expect(readBackup(text)).toEqual({ ok: false, problem });
  });

  it('a bad number names the session, the side and the value, in seconds', () => {
    const b = good();
    (b.records[1]!.sides as Record<string, unknown>[])[0]!.timeInFormS = -5;
    const got = readBackup(JSON.stringify(b));
    expect(!got.ok && got.problem.kind === 'record' && got.problem.detail).toBe('Session 2 (Seated toe touch, 2026-05-10), both legs: time in good form must be 0 seconds or more (it says -5). Nothing was changed.');
  });

  it('an unknown stretch, a missing field and a duplicate are each refused by name', () => {
    const unknown = good();
    unknown.records[0]!.stretchId = 'headstand';
    expect(problemOf(unknown)).toMatch(/^Session 1 \(2026-05-10\): the stretch must be one of FormHold's .* \(it says "headstand"\)/);
    const missing = good();
    delete missing.records[0]!.startedAt;
    expect(problemOf(missing)).toBe('Session 1 (Lying hamstring stretch): the start date and time is missing. Nothing was changed.');
    const extra = good();
    (extra.records[0]!.sides as Record<string, unknown>[])[1]!.password = 'x';
    expect(problemOf(extra)).toBe('Session 1 (Lying hamstring stretch, 2026-05-10), left leg: "password" is not something a FormHold backup holds. Nothing was changed.');
    const twice = good();
    twice.records.push(twice.records[0]!);
    expect(readBackup(JSON.stringify(twice))).toMatchObject({ ok: false, problem: { kind: 'duplicate' } });
  });
});
