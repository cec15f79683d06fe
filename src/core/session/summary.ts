/**
 * What a finished (or ended) stretch achieved, in numbers and codes; src/ui/words/summary-words.ts
 * says it in the person's language. Pure.
 */
import type { CueCode } from '../analysis/cues';
import type { HoldState } from '../hold/hold-reducer';
import { best, compareSides, median, type RecordKey } from '../hold/records';
import type { Side } from '../pose/pose';
import type { StretchId } from '../stretches/types';

export interface SideSummary {
  readonly side: RecordKey;
  readonly timeInFormS: number;
  readonly repsDone: number;
  readonly bestKeyAngle: number | null;
  readonly medianKeyAngle: number | null;
  readonly bestReach: number | null;
  readonly pnfGains: readonly number[];
}

/** The key angle's target, so the numbers have something to be read against: "100° or less". */
export interface KeyTarget {
  readonly deg: number;
  readonly atLeast: boolean;
}

/** Left against right, when both were done: "right leg about 8 degrees tighter", or even (under 5°). */
export type LegComparison = { readonly even: true } | { readonly even: false; readonly tighter: Side; readonly deg: number };

/**
 * What to work on next time, honest about what was not done: the fault that lasted longest (with
 * its seconds out of form), the legs not done, a two-leg hold left short, or nothing held at all.
 */
export interface WorkOn {
  readonly anyHeld: boolean;
  readonly fault: { readonly cue: CueCode; readonly seconds: number } | null;
  readonly notDone: readonly Side[];
  readonly short: { readonly done: number; readonly of: number } | null;
}

export interface StepSummary {
  readonly stretchId: StretchId;
  /** The variation done (the standing toe touch with the feet crossed), if any. */
  readonly variation: string | null;
  /** Null when no rule sets a target for the key angle. */
  readonly keyTarget: KeyTarget | null;
  /** Whether reach (hands to feet) means anything for this stretch. */
  readonly showReach: boolean;
  readonly sides: readonly SideSummary[];
  readonly comparison: LegComparison | null;
  readonly workOn: WorkOn;
}

/** A fault must have lasted this long in total to be worth mentioning. */
const FAULT_MENTION_MS = 2000;

/** The target of the stretch's key angle, from the rule that judges the same metric (the doorway's current target where it has one). */
function keyTarget(hold: HoldState): KeyTarget | null {
  const st = hold.stretch;
  const rule = st.rules.find((r) => r.metric === st.keyAngle.metric);
  if (!rule) return null;
  if (rule.min) {
    const min = rule.min === 'legRaiseMin' && hold.legRaiseTarget !== null ? hold.legRaiseTarget : st.thresholds[rule.min];
    return min === undefined ? null : { deg: min, atLeast: true };
  }
  const max = rule.max ? st.thresholds[rule.max] : undefined;
  return max === undefined ? null : { deg: max, atLeast: false };
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
  const cue: CueCode | undefined =
    worstMentioned === 'working-side' ? { id: 'use-asked-leg' } : st.rules.some((r) => r.id === worstMentioned) ? { id: 'rule', stretch: st.id, rule: worstMentioned! } : undefined;
  const anyHeld = sides.some((s) => s.timeInFormS > 0);
  // Honest about what was not done: a side with no rep is named, and never "good form throughout".
  const notDone = st.workingLeg ? sides.filter((x) => x.repsDone === 0).map((x) => x.side).filter((x): x is Side => x !== 'both') : [];
  // A two-leg hold ended before its reps were done says how many, never "good form throughout".
  const short = !st.workingLeg ? sides.find((x) => x.repsDone < st.reps) : undefined;
  return {
    stretchId: st.id,
    variation: st.variation?.id ?? null,
    keyTarget: keyTarget(hold),
    showReach: st.reaches,
    sides,
    comparison: cmp ? (cmp.even ? { even: true } : { even: false, tighter: cmp.differenceDeg > 0 ? 'right' : 'left', deg: Math.abs(cmp.differenceDeg) }) : null,
    workOn: {
      anyHeld,
      fault: cue && worst ? { cue, seconds: Math.round(worst[1] / 1000) } : null,
      notDone: anyHeld ? notDone : [],
      short: anyHeld && !notDone.length && short ? { done: short.repsDone, of: st.reps } : null,
    },
  };
}
