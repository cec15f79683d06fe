/**
 * Folds a session, transition by transition, into stretch records to store. Pure: the caller passes
 * each new session state (with its events) and two clocks: the wall clock for dates, and a
 * monotonic one for how often to checkpoint. Checkpoints are written every few seconds while a
 * hold counts and at each rep and stretch end, so a tab closed mid-hold loses at most those seconds.
 */
import type { HoldState } from '../hold/hold-reducer';
import { best, median, type SideRecord } from '../hold/records';
import type { SessionState } from '../session/session-reducer';
import type { Outcome, RecordSide, SideMeasurement, StretchRecord } from './record';

/** A counting hold is written at least this often. */
export const CHECKPOINT_MS = 3000;

export interface BuilderState {
  readonly sessionId: string;
  readonly record: StretchRecord | null;
  /** Doorway: the target in effect before the last transition (the one a completed rep just held). */
  readonly targetBefore: number | null;
  readonly targetsReached: Readonly<Partial<Record<RecordSide, number>>>;
  readonly lastWriteMs: number;
}

export interface Clocks {
  /** Wall clock, ms since 1970 (dates in the record). */
  readonly wallMs: number;
  /** Monotonic clock, ms (checkpoint spacing). */
  readonly monoMs: number;
}

export interface Folded {
  readonly builder: BuilderState;
  /** Records to write now (the latest version of each). */
  readonly writes: readonly StretchRecord[];
}

export const newBuilder = (sessionId: string): BuilderState => ({ sessionId, record: null, targetBefore: null, targetsReached: {}, lastWriteMs: -Infinity });

const round1 = (n: number) => Math.round(n * 10) / 10;
const roundOrNull = (n: number | null) => (n === null ? null : Math.round(n));

function measure(hold: HoldState, side: RecordSide, r: SideRecord, targetReached: number | undefined): SideMeasurement {
  const faultS: Record<string, number> = {};
  for (const [id, ms] of Object.entries(r.faultMs)) if (ms > 0) faultS[id] = round1(ms / 1000);
  return {
    side,
    timeInFormS: round1(r.countedMs / 1000),
    repsDone: r.repsDone,
    repsPlanned: hold.stretch.reps,
    bestKeyAngleDeg: roundOrNull(best(r.keyAngles, hold.stretch.keyAngle.better)),
    medianKeyAngleDeg: roundOrNull(median(r.keyAngles)),
    bestReach: r.bestReach === null ? null : Math.round(r.bestReach * 100) / 100,
    faultS,
    targetReachedDeg: targetReached ?? null,
  };
}

/** The record of the current stretch, measured from its hold now. */
export function recordFromHold(b: BuilderState, s: SessionState, hold: HoldState, outcome: Outcome, wallMs: number): StretchRecord {
  const now = new Date(wallMs).toISOString();
  const sides = hold.sides.map((side) => {
    const key: RecordSide = side ?? 'both';
    return measure(hold, key, hold.records[key], b.targetsReached[key]);
  });
  return {
    id: `${b.sessionId}/${s.stepIndex}`,
    sessionId: b.sessionId,
    stepIndex: s.stepIndex,
    stretchId: hold.stretch.id,
    ...(hold.stretch.variation ? { variation: hold.stretch.variation.id } : {}),
    startedAt: b.record?.stepIndex === s.stepIndex ? b.record.startedAt : now,
    updatedAt: now,
    holdS: round1(hold.stretch.holdMs / 1000),
    outcome,
    sides,
  };
}

const allRepsDone = (hold: HoldState) => hold.sides.every((side) => hold.records[side ?? 'both'].repsDone >= hold.stretch.reps);

/** Takes one session transition; returns what to write. */
export function foldSession(b: BuilderState, s: SessionState, clocks: Clocks): Folded {
  let builder = b;
  const writes = new Map<string, StretchRecord>();
  const write = (r: StretchRecord) => {
    writes.set(r.id, r);
    builder = { ...builder, record: r, lastWriteMs: clocks.monoMs };
  };
  const endedEarly = s.events.some((e) => e.type === 'session-finished' && e.outcome === 'ended-early');
  for (const e of s.events) {
    if (e.type === 'coaching-began' && s.hold) {
      builder = { ...builder, record: null, targetsReached: {}, targetBefore: s.hold.legRaiseTarget };
      write(recordFromHold(builder, s, s.hold, 'ended-early', clocks.wallMs));
    } else if (e.type === 'rep-complete' && s.hold && s.hold.stretch.progression && builder.targetBefore !== null) {
      const key: RecordSide = e.side ?? 'both';
      const reached = Math.max(builder.targetBefore, builder.targetsReached[key] ?? -Infinity);
      builder = { ...builder, targetsReached: { ...builder.targetsReached, [key]: reached } };
    }
  }
  // The stretch just finished: the event carries its hold as it ended (the session has moved on).
  const finished = s.events.find((e) => e.type === 'step-finished');
  if (finished && finished.type === 'step-finished') {
    const hold = finished.hold;
    const outcome: Outcome = allRepsDone(hold) ? 'completed' : endedEarly ? 'ended-early' : 'skipped';
    const stepState = { ...s, stepIndex: finished.stepIndex };
    // Skipped from the setup screen, coaching never began: it is recorded, as skipped, all the same.
    if (builder.record?.stepIndex !== finished.stepIndex) builder = { ...builder, record: null, targetsReached: {} };
    write(recordFromHold(builder, stepState, hold, outcome, clocks.wallMs));
    builder = { ...builder, record: null };
  } else if (s.screen === 'coach' && s.hold && builder.record?.stepIndex === s.stepIndex) {
    const repDone = s.events.some((e) => e.type === 'rep-complete');
    const due = s.hold.status === 'counting' && clocks.monoMs - builder.lastWriteMs >= CHECKPOINT_MS;
    if (repDone || due) write(recordFromHold(builder, s, s.hold, 'ended-early', clocks.wallMs));
  }
  builder = { ...builder, targetBefore: s.hold?.legRaiseTarget ?? null };
  return { builder, writes: [...writes.values()] };
}
