/**
 * Past sessions in the person's language: when a stretch was last done and how it went, what a
 * chart's angle means. The records are data (src/core/history); the words live here, whole
 * sentences through msg(), dates through Intl in the language on screen.
 */
import { msg, str } from '@lit/localize';
import { formatLocale } from '../../app/locale';
import { localDay } from '../../core/history/progress';
import type { Outcome, SideMeasurement, StretchRecord } from '../../core/history/record';
import { STRETCHES } from '../../core/stretches/catalog';
import { keyAngleLabel } from './stretch-words';

/** "today at 08:05", "yesterday at 19:30", "12 May at 08:05", in local time (tzOffsetMin as Date's getTimezoneOffset). */
export function whenWords(iso: string, nowMs: number, tzOffsetMin: number): string {
  // The local wall-clock time, held in a Date read as UTC so no second time-zone shift applies.
  const local = new Date(Date.parse(iso) - tzOffsetMin * 60_000);
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  const day = localDay(iso, tzOffsetMin);
  if (day === localDay(nowMs, tzOffsetMin)) return msg(str`today at ${time}`);
  if (day === localDay(nowMs - 86_400_000, tzOffsetMin)) return msg(str`yesterday at ${time}`);
  const thisYear = local.getUTCFullYear() === new Date(nowMs).getUTCFullYear();
  const date = local.toLocaleDateString(formatLocale(), { day: 'numeric', month: 'short', ...(thisYear ? {} : { year: 'numeric' }), timeZone: 'UTC' });
  return msg(str`${date} at ${time}`);
}

export function outcomeWords(o: Outcome): string {
  if (o === 'completed') return msg('completed');
  if (o === 'skipped') return msg('skipped');
  return msg('ended early');
}

/** "both legs", "right leg", "left leg", as part of a line. */
export function sideWords(s: SideMeasurement['side']): string {
  if (s === 'left') return msg('left leg');
  if (s === 'right') return msg('right leg');
  return msg('both legs');
}

/** "80° right", "72° left", or "80°" for both legs. */
function angleOnSide(deg: number, side: SideMeasurement['side']): string {
  if (side === 'left') return msg(str`${deg}° left`);
  if (side === 'right') return msg(str`${deg}° right`);
  return `${deg}°`;
}

/** "Last done today at 08:05: completed, best leg raise 80° right, 72° left." */
export function lastResultWords(r: StretchRecord, nowMs: number, tzOffsetMin: number): string {
  const when = whenWords(r.startedAt, nowMs, tzOffsetMin);
  const outcome = outcomeWords(r.outcome);
  const measured = r.sides.filter((s) => s.bestKeyAngleDeg !== null);
  if (measured.length) {
    const label = keyAngleLabel(r.stretchId);
    const angles = new Intl.ListFormat(formatLocale(), { type: 'unit', style: 'short' }).format(measured.map((s) => angleOnSide(s.bestKeyAngleDeg!, s.side)));
    return msg(str`Last done ${when}: ${outcome}, best ${label} ${angles}.`);
  }
  if (r.sides.some((s) => s.timeInFormS > 0)) return msg(str`Last done ${when}: ${outcome}.`);
  return msg(str`Last done ${when}: ${outcome}, nothing held in good form.`);
}

/** What the charted angle means: "Leg raise: higher is better." / "Hip angle: lower means a deeper fold." */
export function keyAngleHint(stretchId: StretchRecord['stretchId']): string {
  const metric = STRETCHES[stretchId].keyAngle.metric;
  if (metric === 'legRaiseWorking') return msg('Leg raise: higher is better.');
  if (metric === 'kneeWorking') return msg('Knee angle: higher is better.');
  return msg('Hip angle: lower means a deeper fold.');
}

/** "1 Nov 2026 to 22 Nov 2026 · 40 stretch sessions on 22 days"; one day: "22 Nov 2026 · 1 stretch session on 1 day". */
export function reportPeriodWords(from: string, to: string, n: number, dayCount: number): string {
  const sessions = n === 1 ? msg(str`${n} stretch session`) : msg(str`${n} stretch sessions`);
  const onDays = dayCount === 1 ? msg(str`on ${dayCount} day`) : msg(str`on ${dayCount} days`);
  return from === to ? msg(str`${from} · ${sessions} ${onDays}`) : msg(str`${from} to ${to} · ${sessions} ${onDays}`);
}
