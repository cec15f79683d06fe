import type { FrameReport } from '../analysis/form-analyzer';
import type { Side } from '../pose/pose';
import type { StretchDefinition } from '../stretches/types';
import { emptyRecord, type RecordKey, type SideRecord } from './records';

export interface HoldSettings {
  /** A lost pose longer than this pauses with "I can't see you". */
  readonly graceMs: number;
  /** Whether a broken hold starts the rep's count again (else it pauses). */
  readonly resetOnBreak: boolean;
  /** Longest gap between two frames that still counts in full (a stalled camera adds no time). */
  readonly maxFrameGapMs: number;
}

export const DEFAULT_HOLD_SETTINGS: HoldSettings = { graceMs: 1000, resetOnBreak: false, maxFrameGapMs: 250 };

/**
 * waiting: the rep has not started counting; counting: in form, time adds up; paused: form broken
 * or a short tracking loss, time kept; lost: nobody seen for longer than the grace period;
 * resting: between reps or sides; user-paused: paused by the person; done: the plan is complete.
 */
export type HoldStatus = 'waiting' | 'counting' | 'paused' | 'lost' | 'resting' | 'user-paused' | 'done';

export type HoldEvent =
  | { readonly type: 'rep-complete'; readonly side: Side | null; readonly rep: number }
  | { readonly type: 'push-phase' }
  | { readonly type: 'rest-over' }
  | { readonly type: 'switch-side'; readonly to: Side }
  | { readonly type: 'target-raised'; readonly targetDeg: number }
  | { readonly type: 'done' };

export interface HoldState {
  readonly stretch: StretchDefinition;
  readonly settings: HoldSettings;
  /** Sides in the order they are done; [null] for two-leg stretches. */
  readonly sides: readonly (Side | null)[];
  readonly sideIndex: number;
  /** 1-based rep on the current side. */
  readonly rep: number;
  readonly status: HoldStatus;
  /** Time counted in form in the current rep (both phases of the partner stretch). */
  readonly countedMs: number;
  /** Partner stretch: which phase, and the leg raise the push must keep. */
  readonly phase: 'hold' | 'push' | null;
  readonly pushReferenceRaise: number | null;
  /** Partner stretch: leg raise at the end of this rep's relaxed hold, to measure the next rep's gain. */
  readonly lastHoldRaise: number | null;
  /** Doorway stretch: the leg raise the current rep must reach. */
  readonly legRaiseTarget: number | null;
  readonly lastFrameMs: number | null;
  /** Last time a person was in view. */
  readonly lastSeenMs: number | null;
  readonly restUntilMs: number | null;
  readonly statusBeforePause: HoldStatus | null;
  readonly records: Readonly<Record<RecordKey, SideRecord>>;
  readonly repsDone: number;
  /** What happened on the last transition (for chimes, announcements). */
  readonly events: readonly HoldEvent[];
}

export type HoldAction =
  | { readonly type: 'frame'; readonly report: FrameReport }
  | { readonly type: 'tick'; readonly tMs: number }
  | { readonly type: 'skip'; readonly tMs: number }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' };

/** The plan's sides for a stretch: both legs (right first) unless one is asked for. */
export function sidesFor(stretch: StretchDefinition, only?: Side): (Side | null)[] {
  if (!stretch.workingLeg) return [null];
  return only ? [only] : ['right', 'left'];
}

export function initialHoldState(
  stretch: StretchDefinition,
  options: { settings?: HoldSettings; side?: Side } = {},
): HoldState {
  return {
    stretch,
    settings: options.settings ?? DEFAULT_HOLD_SETTINGS,
    sides: sidesFor(stretch, options.side),
    sideIndex: 0,
    rep: 1,
    status: 'waiting',
    countedMs: 0,
    phase: stretch.pnf ? 'hold' : null,
    pushReferenceRaise: null,
    lastHoldRaise: null,
    legRaiseTarget: stretch.progression ? stretch.progression.startDeg : null,
    lastFrameMs: null,
    lastSeenMs: null,
    restUntilMs: null,
    statusBeforePause: null,
    records: { left: emptyRecord(), right: emptyRecord(), both: emptyRecord() },
    repsDone: 0,
    events: [],
  };
}

export const currentSide = (s: HoldState): Side | null => s.sides[s.sideIndex] ?? null;
const recordKey = (s: HoldState): RecordKey => currentSide(s) ?? 'both';

/** The context the analyser needs from the hold: side, partner phase, doorway target. */
export function analysisContext(s: HoldState) {
  const side = currentSide(s);
  return {
    ...(side ? { side } : {}),
    ...(s.phase ? { phase: s.phase } : {}),
    ...(s.pushReferenceRaise !== null ? { pushReferenceRaise: s.pushReferenceRaise } : {}),
    ...(s.legRaiseTarget !== null ? { legRaiseTarget: s.legRaiseTarget } : {}),
  };
}

/** The hold target of the current phase (the partner stretch has two). */
export function phaseTargetMs(s: HoldState): number {
  const pnf = s.stretch.pnf;
  if (!pnf) return s.stretch.holdMs;
  return s.phase === 'push' ? pnf.holdMs + pnf.pushMs : pnf.holdMs;
}

function updateRecord(r: SideRecord, dt: number, report: FrameReport): SideRecord {
  const reach = report.angles.reach;
  return {
    ...r,
    countedMs: r.countedMs + dt,
    keyAngles: report.keyAngle === null ? r.keyAngles : [...r.keyAngles, report.keyAngle],
    bestReach: reach === null ? r.bestReach : r.bestReach === null ? reach : Math.min(r.bestReach, reach),
  };
}

/** Adds this frame's failing rules (in the right posture, so not while getting into position). */
function addFaults(r: SideRecord, report: FrameReport, dt: number): SideRecord {
  if (report.rules[0]?.state !== 'pass' || dt <= 0) return r;
  const failing = report.rules.filter((x) => x.state === 'fail');
  if (!failing.length) return r;
  const faultMs = { ...r.faultMs };
  for (const f of failing) faultMs[f.id] = (faultMs[f.id] ?? 0) + dt;
  return { ...r, faultMs };
}

/**
 * After the rep's time is reached (or the person skips it): record it, then rest, switch sides or
 * finish. A skipped rep records nothing and raises no target.
 */
function completeRep(s: HoldState, tMs: number, skipped = false): HoldState {
  const side = currentSide(s);
  const key = recordKey(s);
  const events: HoldEvent[] = skipped ? [] : [{ type: 'rep-complete', side, rep: s.rep }];
  const records = skipped ? s.records : { ...s.records, [key]: { ...s.records[key], repsDone: s.records[key].repsDone + 1 } };
  let legRaiseTarget = s.legRaiseTarget;
  const prog = s.stretch.progression;
  if (!skipped && prog && legRaiseTarget !== null && legRaiseTarget < prog.maxDeg) {
    // The knee stayed straight at this target for a whole hold: time to slide a little closer.
    legRaiseTarget = Math.min(prog.maxDeg, legRaiseTarget + prog.stepDeg);
    events.push({ type: 'target-raised', targetDeg: legRaiseTarget });
  }
  const base = { ...s, records, repsDone: skipped ? s.repsDone : s.repsDone + 1, countedMs: 0, phase: s.stretch.pnf ? ('hold' as const) : null, pushReferenceRaise: null, legRaiseTarget, lastFrameMs: tMs };
  if (s.rep < s.stretch.reps) {
    return { ...base, rep: s.rep + 1, status: 'resting', restUntilMs: tMs + s.stretch.restMs, events };
  }
  if (s.sideIndex + 1 < s.sides.length) {
    const to = s.sides[s.sideIndex + 1] as Side;
    events.push({ type: 'switch-side', to });
    return {
      ...base,
      sideIndex: s.sideIndex + 1,
      rep: 1,
      status: 'resting',
      restUntilMs: tMs + s.stretch.restMs,
      lastHoldRaise: null,
      legRaiseTarget: prog ? prog.startDeg : null,
      events,
    };
  }
  events.push({ type: 'done' });
  return { ...base, status: 'done', restUntilMs: null, events };
}

function onFrame(s: HoldState, report: FrameReport): HoldState {
  const t = report.tMs;
  if (s.status === 'done' || s.status === 'user-paused') return { ...s, events: [] };
  if (s.status === 'resting') {
    if (s.restUntilMs !== null && t >= s.restUntilMs) {
      return onFrame({ ...s, status: 'waiting', restUntilMs: null, lastFrameMs: t, events: [] }, report);
    }
    return { ...s, lastFrameMs: t, events: [] };
  }
  const dt = s.lastFrameMs === null ? 0 : Math.max(0, Math.min(t - s.lastFrameMs, s.settings.maxFrameGapMs));
  const personSeen = report.tracking !== 'none';
  const lastSeenMs = personSeen ? t : s.lastSeenMs;
  const next: HoldState = { ...s, lastFrameMs: t, lastSeenMs, events: [] };

  if (!report.counts) {
    if (report.inForm === null) {
      // Not judged this frame: pause without resetting. Nobody in view for longer than the grace
      // period is "lost"; someone in view but not judged (wrong view, a joint unseen) is paused,
      // and the frame's own cue says what to change.
      const goneFor = lastSeenMs === null ? Infinity : t - lastSeenMs;
      const status: HoldStatus = !personSeen && goneFor > s.settings.graceMs ? 'lost' : s.status === 'waiting' ? 'waiting' : 'paused';
      return { ...next, status };
    }
    const broken = s.status === 'counting';
    const resetCount = broken && s.settings.resetOnBreak;
    const key = recordKey(s);
    return {
      ...next,
      records: { ...next.records, [key]: addFaults(next.records[key], report, dt) },
      status: s.status === 'waiting' ? 'waiting' : 'paused',
      countedMs: resetCount ? (s.phase === 'push' ? (s.stretch.pnf?.holdMs ?? 0) : 0) : s.countedMs,
    };
  }

  const key = recordKey(s);
  const countedMs = s.countedMs + dt;
  const records = { ...s.records, [key]: updateRecord(s.records[key], dt, report) };
  const counting: HoldState = { ...next, status: 'counting', countedMs, records };
  if (countedMs < phaseTargetMs(counting)) return counting;

  if (s.stretch.pnf && s.phase === 'hold') {
    // Relaxed hold done: the push starts from where the leg is now, and must keep it there.
    const raise = report.metrics.legRaiseWorking ?? null;
    const gain = s.lastHoldRaise !== null && raise !== null ? raise - s.lastHoldRaise : null;
    const rec = counting.records[key];
    return {
      ...counting,
      phase: 'push',
      pushReferenceRaise: raise,
      lastHoldRaise: raise,
      records: gain === null ? counting.records : { ...counting.records, [key]: { ...rec, pnfGains: [...rec.pnfGains, Math.round(gain)] } },
      events: [{ type: 'push-phase' }],
    };
  }
  return completeRep(counting, t);
}

/** The hold logic: a reducer over frame reports and timestamps. No timer ticks by itself. */
export function holdReducer(s: HoldState, action: HoldAction): HoldState {
  switch (action.type) {
    case 'frame':
      return onFrame(s, action.report);
    case 'tick':
      if (s.status === 'resting' && s.restUntilMs !== null && action.tMs >= s.restUntilMs) {
        return { ...s, status: 'waiting', restUntilMs: null, lastFrameMs: action.tMs, events: [{ type: 'rest-over' }] };
      }
      return s.events.length ? { ...s, events: [] } : s;
    case 'skip':
      if (s.status === 'done') return s;
      if (s.status === 'resting') return { ...s, status: 'waiting', restUntilMs: null, lastFrameMs: action.tMs, events: [{ type: 'rest-over' }] };
      return completeRep(s, action.tMs, true);
    case 'pause':
      return s.status === 'done' || s.status === 'user-paused' ? s : { ...s, status: 'user-paused', statusBeforePause: s.status, events: [] };
    case 'resume':
      if (s.status !== 'user-paused') return s;
      // The time spent paused is not a frame gap to count: restart the clock at the next frame.
      return { ...s, status: s.statusBeforePause === 'resting' ? 'resting' : 'waiting', statusBeforePause: null, lastFrameMs: null, events: [] };
  }
}
