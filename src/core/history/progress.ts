/**
 * Practice over days, from the stored records: today's morning and evening, the streak of days,
 * the key angle per side per day for the charts, and each stretch's last result. Pure: "now" and
 * the time zone offset are passed in, so tests set the day.
 */
import { STRETCHES } from '../stretches/catalog';
import type { StretchId } from '../stretches/types';
import type { RecordSide, StretchRecord } from './record';

/** Practice before this local hour counts as the morning session; from it, the evening one. */
export const EVENING_FROM_HOUR = 14;

/** A record counts as practice when some time was held in good form. */
export const practised = (r: StretchRecord) => r.sides.some((s) => s.timeInFormS > 0);

/** The local calendar day of a date-time, as YYYY-MM-DD, for a time zone offset (minutes, as Date#getTimezoneOffset). */
export function localDay(iso: string | number, tzOffsetMin: number): string {
  const ms = (typeof iso === 'number' ? iso : Date.parse(iso)) - tzOffsetMin * 60_000;
  return new Date(ms).toISOString().slice(0, 10);
}

const localHour = (iso: string, tzOffsetMin: number) => new Date(Date.parse(iso) - tzOffsetMin * 60_000).getUTCHours();

export interface Today {
  readonly morning: boolean;
  readonly evening: boolean;
  /** Of the twice-a-day goal. */
  readonly done: 0 | 1 | 2;
}

export function today(records: readonly StretchRecord[], nowMs: number, tzOffsetMin: number): Today {
  const day = localDay(nowMs, tzOffsetMin);
  const mine = records.filter((r) => practised(r) && localDay(r.startedAt, tzOffsetMin) === day);
  const morning = mine.some((r) => localHour(r.startedAt, tzOffsetMin) < EVENING_FROM_HOUR);
  const evening = mine.some((r) => localHour(r.startedAt, tzOffsetMin) >= EVENING_FROM_HOUR);
  return { morning, evening, done: ((morning ? 1 : 0) + (evening ? 1 : 0)) as 0 | 1 | 2 };
}

/** From this local hour, an evening without practice earns a reminder (when the person asked for them). */
export const NUDGE_FROM_HOUR = 17;

/** Whether to remind: reminders on, past NUDGE_FROM_HOUR, and no evening practice yet today. */
export function eveningNudgeDue(records: readonly StretchRecord[], remindersOn: boolean, nowMs: number, tzOffsetMin: number): boolean {
  if (!remindersOn) return false;
  const hour = new Date(nowMs - tzOffsetMin * 60_000).getUTCHours();
  return hour >= NUDGE_FROM_HOUR && !today(records, nowMs, tzOffsetMin).evening;
}

const previousDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Days in a row with practice, ending today (or yesterday, when today has none yet: the streak is not lost before the day is). */
export function streakDays(records: readonly StretchRecord[], nowMs: number, tzOffsetMin: number): number {
  const days = new Set(records.filter(practised).map((r) => localDay(r.startedAt, tzOffsetMin)));
  let day = localDay(nowMs, tzOffsetMin);
  if (!days.has(day)) day = previousDay(day);
  let n = 0;
  while (days.has(day)) {
    n++;
    day = previousDay(day);
  }
  return n;
}

export interface DayPoint {
  /** Local day, YYYY-MM-DD. */
  readonly day: string;
  /** The day's best key angle per side (degrees), null when not measured that day. */
  readonly right: number | null;
  readonly left: number | null;
  readonly both: number | null;
  /** Left minus right, degrees, when both were measured that day. */
  readonly difference: number | null;
}

/** Per day, the best key angle of each side of one stretch: what its chart draws. */
export function dailySeries(records: readonly StretchRecord[], stretchId: StretchId, tzOffsetMin: number): DayPoint[] {
  const better = STRETCHES[stretchId].keyAngle.better;
  const pick = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : better === 'higher' ? Math.max(a, b) : Math.min(a, b));
  const byDay = new Map<string, Record<RecordSide, number | null>>();
  for (const r of records) {
    if (r.stretchId !== stretchId) continue;
    const day = localDay(r.startedAt, tzOffsetMin);
    const acc = byDay.get(day) ?? { right: null, left: null, both: null };
    for (const s of r.sides) acc[s.side] = pick(acc[s.side], s.bestKeyAngleDeg);
    byDay.set(day, acc);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .filter(([, v]) => v.right !== null || v.left !== null || v.both !== null)
    .map(([day, v]) => ({ day, ...v, difference: v.left !== null && v.right !== null ? v.left - v.right : null }));
}

/** The latest record of each stretch (by start time). */
export function lastByStretch(records: readonly StretchRecord[]): Map<StretchId, StretchRecord> {
  const out = new Map<StretchId, StretchRecord>();
  for (const r of records) {
    const prev = out.get(r.stretchId);
    if (!prev || r.startedAt > prev.startedAt || (r.startedAt === prev.startedAt && r.updatedAt > prev.updatedAt)) out.set(r.stretchId, r);
  }
  return out;
}

/** Newest first. */
export const newestFirst = (records: readonly StretchRecord[]) => [...records].sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id));
