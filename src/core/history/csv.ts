/** The sessions as CSV, one row per stretch, variation and side, for a spreadsheet. Pure. */
import { STRETCHES } from '../stretches/catalog';
import type { StretchRecord } from './record';

const HEADER = ['date_time', 'stretch', 'variation', 'side', 'outcome', 'hold_planned_s', 'time_in_form_s', 'reps_done', 'reps_planned', 'key_angle', 'best_key_angle_deg', 'median_key_angle_deg', 'best_reach_leg_lengths', 'leg_raise_target_reached_deg', 'fault_seconds'];

/** Quotes a field when it holds a comma, quote or line break; defuses spreadsheet formulas. */
function field(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function recordsCsv(records: readonly StretchRecord[]): string {
  const rows = [HEADER.join(',')];
  for (const r of records) {
    const st = STRETCHES[r.stretchId];
    // The variation by its name ("feet crossed"); empty for a stretch done one way only.
    const variation = r.variation === undefined ? null : (st.variations?.find((x) => x.id === r.variation)?.label ?? r.variation);
    for (const s of r.sides) {
      const faults = Object.entries(s.faultS).map(([id, sec]) => `${id}=${sec}`).join('; ');
      rows.push([r.startedAt, st.name, variation, s.side, r.outcome, r.holdS, s.timeInFormS, s.repsDone, s.repsPlanned, st.keyAngle.label, s.bestKeyAngleDeg, s.medianKeyAngleDeg, s.bestReach, s.targetReachedDeg, faults].map(field).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
