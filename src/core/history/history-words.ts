/** Records in plain words: when a stretch was last done and how it went. Pure ("now" and the time zone are passed in). */
import { STRETCHES } from '../stretches/catalog';
import { localDay } from './progress';
import type { Outcome, SideMeasurement, StretchRecord } from './record';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "today at 08:05", "yesterday at 19:30", "12 May at 08:05", in local time. */
export function whenWords(iso: string, nowMs: number, tzOffsetMin: number): string {
  const local = new Date(Date.parse(iso) - tzOffsetMin * 60_000);
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  const day = localDay(iso, tzOffsetMin);
  const today = localDay(nowMs, tzOffsetMin);
  const yesterday = localDay(nowMs - 86_400_000, tzOffsetMin);
  const date = day === today ? 'today' : day === yesterday ? 'yesterday' : `${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]}${local.getUTCFullYear() === new Date(nowMs).getUTCFullYear() ? '' : ` ${local.getUTCFullYear()}`}`;
  return `${date} at ${time}`;
}

export const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = { completed: 'completed', skipped: 'skipped', 'ended-early': 'ended early' };

export const sideWords = (s: SideMeasurement['side']) => (s === 'both' ? 'both legs' : `${s} leg`);

/** "Last done today at 08:05: completed, best leg raise 78° right, 74° left." */
export function lastResultWords(r: StretchRecord, nowMs: number, tzOffsetMin: number): string {
  const label = STRETCHES[r.stretchId].keyAngle.label;
  const measured = r.sides.filter((s) => s.bestKeyAngleDeg !== null);
  const angles = measured.length
    ? `, best ${label} ${measured.map((s) => `${s.bestKeyAngleDeg}°${s.side === 'both' ? '' : ` ${s.side}`}`).join(', ')}`
    : r.sides.some((s) => s.timeInFormS > 0) ? '' : ', nothing held in good form';
  return `Last done ${whenWords(r.startedAt, nowMs, tzOffsetMin)}: ${OUTCOME_WORDS[r.outcome]}${angles}.`;
}

/** What the charted angle means: "Leg raise: higher is better." / "Hip angle: lower means a deeper fold." */
export function keyAngleHint(stretchId: StretchRecord['stretchId']): string {
  const k = STRETCHES[stretchId].keyAngle;
  const name = `${k.label.charAt(0).toUpperCase()}${k.label.slice(1)}`;
  return k.better === 'higher' ? `${name}: higher is better.` : `${name}: lower means a deeper fold.`;
}
