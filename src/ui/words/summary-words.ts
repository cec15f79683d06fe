/** A finished stretch's summary in the person's language: the comparison and what to work on. */
import { msg, str } from '@lit/localize';
import type { Side } from '../../core/pose/pose';
import type { LegComparison, WorkOn } from '../../core/session/summary';
import { cueWords } from './cue-words';

/** "Right leg about 8 degrees tighter." or "Both legs about equally flexible." */
export function comparisonWords(c: LegComparison): string {
  if (c.even) return msg('Both legs about equally flexible.');
  const d = c.deg;
  return c.tighter === 'right' ? msg(str`Right leg about ${d} degrees tighter.`) : msg(str`Left leg about ${d} degrees tighter.`);
}

/** The legs or holds not done, as a sentence, or '' when all were done. */
function notDoneWords(w: WorkOn): string {
  const legs = new Set<Side>(w.notDone);
  if (legs.has('left') && legs.has('right')) return msg('Not done: right leg and left leg.');
  if (legs.has('right')) return msg('Not done: right leg.');
  if (legs.has('left')) return msg('Not done: left leg.');
  if (w.short) {
    const { done, of } = w.short;
    return of === 1 ? msg(str`Not finished: ${done} of ${of} hold done.`) : msg(str`Not finished: ${done} of ${of} holds done.`);
  }
  return '';
}

/** What to work on next time: the longest fault, then what was not done; or good form, or nothing held. */
export function workOnWords(w: WorkOn): string {
  const rest = notDoneWords(w);
  if (w.fault) {
    const cue = cueWords(w.fault.cue);
    const what = `${cue.charAt(0).toLocaleLowerCase()}${cue.slice(1)}`;
    const s = w.fault.seconds;
    const fault = msg(str`Work on: ${what} (${s} s out of form).`);
    return rest ? `${fault} ${rest}` : fault;
  }
  if (!w.anyHeld) return msg('No time was held in good form yet. Check the camera placement and try again.');
  return rest || msg('Good form throughout: keep it up.');
}

/** Hands-to-feet distance as a share of leg length, in words a person can use. */
export function reachWords(r: number): string {
  if (r <= 0.08) return msg('hands at the feet');
  const pct = Math.round(r * 100);
  return msg(str`${pct}% of leg length short`);
}
