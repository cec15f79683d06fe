/** What a finished (or ended) stretch achieved, in numbers and plain words. Pure. */
import type { HoldState } from '../hold/hold-reducer';
import { best, compareSides, median, type RecordKey } from '../hold/records';

export interface SideSummary {
  readonly side: RecordKey;
  readonly timeInFormS: number;
  readonly repsDone: number;
  readonly bestKeyAngle: number | null;
  readonly medianKeyAngle: number | null;
  readonly bestReach: number | null;
  readonly pnfGains: readonly number[];
}

export interface StepSummary {
  readonly stretchId: string;
  readonly name: string;
  readonly keyLabel: string;
  /** The key angle's target in words ("100° or less"), so the numbers have something to be read against; null when no rule sets one. */
  readonly keyTarget: string | null;
  /** Whether reach (hands to feet) means anything for this stretch. */
  readonly showReach: boolean;
  readonly sides: readonly SideSummary[];
  /** "right leg about 8 degrees tighter", when both sides were done. */
  readonly comparison: string | null;
  readonly workOn: string;
}

/** A fault must have lasted this long in total to be worth mentioning. */
const FAULT_MENTION_MS = 2000;

/** The target of the stretch's key angle, from the rule that judges the same metric (the doorway's current target where it has one). */
function keyTarget(hold: HoldState): string | null {
  const st = hold.stretch;
  const rule = st.rules.find((r) => r.metric === st.keyAngle.metric);
  if (!rule) return null;
  if (rule.min) {
    const min = rule.min === 'legRaiseMin' && hold.legRaiseTarget !== null ? hold.legRaiseTarget : st.thresholds[rule.min];
    return min === undefined ? null : `${min}° or more`;
  }
  const max = rule.max ? st.thresholds[rule.max] : undefined;
  return max === undefined ? null : `${max}° or less`;
}

export function summarise(hold: HoldState): StepSummary {
  const st = hold.stretch;
  const keys: RecordKey[] = st.workingLeg ? (['right', 'left'] as const).filter((k) => hold.sides.includes(k)) : ['both'];
  const sides = keys.map((k): SideSummary => {
    const r = hold.records[k];
    const med = median(r.keyAngles);
    const b = best(r.keyAngles, st.keyAngle.better);
    return {
      side: k,
      timeInFormS: Math.round(r.countedMs / 1000),
      repsDone: r.repsDone,
      bestKeyAngle: b === null ? null : Math.round(b),
      medianKeyAngle: med === null ? null : Math.round(med),
      bestReach: r.bestReach === null ? null : Math.round(r.bestReach * 100) / 100,
      pnfGains: r.pnfGains,
    };
  });
  // A left/right comparison needs two measured legs: each side with a completed rep.
  const bothDone = hold.records.left.repsDone > 0 && hold.records.right.repsDone > 0;
  const cmp = st.workingLeg && bothDone ? compareSides(hold.records.left, hold.records.right, st.keyAngle.better) : null;
  const faults = new Map<string, number>();
  for (const k of keys) for (const [id, ms] of Object.entries(hold.records[k].faultMs)) faults.set(id, (faults.get(id) ?? 0) + ms);
  const worst = [...faults.entries()].sort((a, b) => b[1] - a[1])[0];
  const worstMentioned = worst && worst[1] >= FAULT_MENTION_MS ? worst[0] : undefined;
  const cue = worstMentioned === 'working-side' ? 'Use the leg the stretch asks for' : st.rules.find((r) => r.id === worstMentioned)?.cue;
  const anyHeld = sides.some((s) => s.timeInFormS > 0);
  // Honest about what was not done: a side with no rep is named, and never "good form throughout".
  const notDone = st.workingLeg ? sides.filter((x) => x.repsDone === 0).map((x) => `${x.side} leg`) : [];
  // A two-leg hold ended before its reps were done says how many, never "good form throughout".
  const short = !st.workingLeg ? sides.find((x) => x.repsDone < st.reps) : undefined;
  const notDoneWords = !anyHeld ? '' : notDone.length ? ` Not done: ${notDone.join(' and ')}.` : short ? ` Not finished: ${short.repsDone} of ${st.reps} ${st.reps === 1 ? 'hold' : 'holds'} done.` : '';
  return {
    stretchId: st.id,
    name: st.name,
    keyLabel: st.keyAngle.label,
    keyTarget: keyTarget(hold),
    showReach: st.reaches,
    sides,
    comparison: cmp?.words ?? null,
    workOn: cue
      ? `Work on: ${cue.charAt(0).toLowerCase()}${cue.slice(1)} (${Math.round(worst![1] / 1000)} s out of form).${notDoneWords}`
      : anyHeld
        ? notDoneWords ? notDoneWords.trim() : 'Good form throughout: keep it up.'
        : 'No time was held in good form yet. Check the camera placement and try again.',
  };
}
