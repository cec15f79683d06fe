import type { FrameReport } from '../analysis/form-analyzer';
import type { Side } from '../pose/pose';
import type { StretchDefinition } from '../stretches/types';
import { clockAfterFrame, clockAfterTick, countableGapMs, framesStopped, isTooSlow, NEW_FRAME_CLOCK, type FrameClock } from './frame-clock';
import { emptyRecord, type RecordKey, type SideRecord } from './records';

export interface HoldSettings {
  /** A lost pose longer than this pauses with "I can't see you". */
  readonly graceMs: number;
  /** Whether a broken hold starts the rep's count again (else it pauses). */
  readonly resetOnBreak: boolean;
  /**
   * A gap between two frames this short always counts in full. A longer one counts in full when the
   * measured frame rate explains it (a slow device), and not at all when it does not (a stall):
   * see frame-clock.ts.
   */
  readonly maxFrameGapMs: number;
  /**
   * A change of verdict must last this long before it changes the count. A person does not leave
   * a steady hold, or get into one, for a single picture; a model misreads one, or locks on a
   * helper for a moment. While counting, frames that do not count (a rule broken, or the frame not
   * judged) are a doubt: the count stands still, and if the hold is back within this time the
   * doubtful time counts after all, else the break is confirmed and it never counts (except a frame
   * or two that could not be judged, at low frame rates: MISREAD_FRAMES). Out of the
   * count, frames in form are a trial: the count starts only once they have lasted this long, and
   * then with their time, so a real hold loses nothing and a lone good reading in bad form gains
   * nothing.
   */
  readonly confirmMs: number;
}

/**
 * Up to this many frames in a row that could not be judged (nobody clear, a joint unseen, the legs
 * blended), with the person unseen for at most MISREAD_MAX_MS in all (from the last frame that
 * counted to the one back in form), are misreads at any frame rate: their time counts. `confirmMs`
 * alone bridges them only at 5 or more frames a second; at the 2-4 of BlazePose found afresh on two
 * CPU cores, two unjudged frames outlast it, and each such pair cost a steady hold about half a
 * second. So two are bridged at 3 frames a second and faster, one at 2, none at 1. A frame judged
 * out of form (a bent knee, a bounce, the wrong leg) is never bridged so: at that rate it stands for
 * up to half a second of the person.
 */
const MISREAD_FRAMES = 2;
const MISREAD_MAX_MS = 1100;

export const DEFAULT_HOLD_SETTINGS: HoldSettings = { graceMs: 1000, resetOnBreak: false, maxFrameGapMs: 250, confirmMs: 400 };

/**
 * waiting: the rep has not started counting; counting: in form, time adds up; paused: form broken
 * or a short tracking loss, time kept; lost: nobody seen for longer than the grace period;
 * stalled: no frames arrive (the source stopped or froze), time kept; too-slow: frames arrive too
 * rarely to judge the stretch, time kept; resting: between reps or sides; user-paused: paused by
 * the person; done: the plan is complete.
 */
export type HoldStatus = 'waiting' | 'counting' | 'paused' | 'lost' | 'stalled' | 'too-slow' | 'resting' | 'user-paused' | 'done';

/** Why a source stopped, as its owner (the pipeline) knows it. */
export type SourceStopReason = 'camera-ended' | 'video-ended' | 'video-failed';
/** Why no frames arrive: a known stop, or none for longer than the grace period and the frame rate explain. */
export type StallReason = SourceStopReason | 'no-frames';

/** Statuses that expect frames: a stream that stops or slows down changes them. */
const WATCHING: ReadonlySet<HoldStatus> = new Set<HoldStatus>(['waiting', 'counting', 'paused', 'lost', 'too-slow']);

export type HoldEvent =
  | { readonly type: 'rep-complete'; readonly side: Side | null; readonly rep: number }
  | { readonly type: 'push-phase' }
  | { readonly type: 'rest-over' }
  /** `turnRound`: the stretch wants the working leg nearest the camera, so the person turns round (`StretchDefinition.workingLegNear`). */
  | { readonly type: 'switch-side'; readonly to: Side; readonly turnRound: boolean }
  | { readonly type: 'target-raised'; readonly targetDeg: number }
  | { readonly type: 'stalled'; readonly reason: StallReason }
  | { readonly type: 'too-slow' }
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
  /** Where the next frame's time counts from (null: it counts nothing, as after a pause or a stop). */
  readonly lastFrameMs: number | null;
  /** The frames' own rate, whatever the status: what a gap between two frames means. */
  readonly clock: FrameClock;
  /** Why frames stopped, until the next one arrives. */
  readonly stall: StallReason | null;
  /**
   * A change of verdict not yet confirmed (see `HoldSettings.confirmMs`): a `break` of a counting
   * hold or the `start` of one, since when, and the time it spans. Null when the verdict is settled;
   * a stop, a new source or a pause drops it. A break also keeps how many frames it spans and
   * whether none of them was judged (see MISREAD_FRAMES).
   */
  readonly unconfirmed: { readonly change: 'break' | 'start'; readonly sinceMs: number; readonly ms: number; readonly frames?: number; readonly unjudged?: boolean } | null;
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
  | { readonly type: 'resume' }
  /** The source stopped for a known reason: stop counting at once. */
  | { readonly type: 'source-stopped'; readonly reason: SourceStopReason }
  /** A new source (camera, file): its frames have their own rate, and no gap to the old one counts. */
  | { readonly type: 'source-changed' };

/**
 * The plan's sides for a stretch: both legs (right first) unless one is asked for. `anySide`: no
 * leg is asked for and whichever works is judged (a file studied without a side), so its time is
 * no side's and is kept under 'both'.
 */
export function sidesFor(stretch: StretchDefinition, only?: Side, anySide = false): (Side | null)[] {
  if (!stretch.workingLeg || (anySide && !only)) return [null];
  return only ? [only] : ['right', 'left'];
}

export function initialHoldState(
  stretch: StretchDefinition,
  options: { settings?: HoldSettings; side?: Side; anySide?: boolean; clock?: FrameClock } = {},
): HoldState {
  return {
    stretch,
    settings: options.settings ?? DEFAULT_HOLD_SETTINGS,
    sides: sidesFor(stretch, options.side, options.anySide),
    sideIndex: 0,
    rep: 1,
    status: 'waiting',
    countedMs: 0,
    phase: stretch.pnf ? 'hold' : null,
    pushReferenceRaise: null,
    lastHoldRaise: null,
    legRaiseTarget: stretch.progression ? stretch.progression.startDeg : null,
    lastFrameMs: null,
    clock: options.clock ?? NEW_FRAME_CLOCK,
    stall: null,
    unconfirmed: null,
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
  const base = { ...s, records, unconfirmed: null, repsDone: skipped ? s.repsDone : s.repsDone + 1, countedMs: 0, phase: s.stretch.pnf ? ('hold' as const) : null, pushReferenceRaise: null, legRaiseTarget, lastFrameMs: tMs };
  if (s.rep < s.stretch.reps) {
    return { ...base, rep: s.rep + 1, status: 'resting', restUntilMs: tMs + s.stretch.restMs, events };
  }
  if (s.sideIndex + 1 < s.sides.length) {
    const to = s.sides[s.sideIndex + 1] as Side;
    events.push({ type: 'switch-side', to, turnRound: s.stretch.workingLegNear === true });
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

/** A frame only teaches the clock (while not coaching yet, e.g. on the setup screen). */
export function observeFrame(s: HoldState, tMs: number): HoldState {
  return { ...s, clock: clockAfterFrame(s.clock, tMs) };
}

/** A tick only teaches the clock whether frames still arrive (setup screen). */
export function observeTick(s: HoldState, tMs: number): HoldState {
  const clock = clockAfterTick(s.clock, tMs);
  return clock === s.clock ? s : { ...s, clock };
}

/**
 * Whether a break is still a misread: a frame or two not judged (MISREAD_FRAMES), the person unseen
 * for `spanMs` in all since the last frame that counted.
 */
const misread = (doubt: NonNullable<HoldState['unconfirmed']>, spanMs: number): boolean =>
  doubt.unjudged === true && (doubt.frames ?? 0) <= MISREAD_FRAMES && spanMs <= MISREAD_MAX_MS;

function onFrame(before: HoldState, report: FrameReport): HoldState {
  const t = report.tMs;
  // Every frame teaches the clock and ends a stall, whatever the status.
  const s: HoldState = { ...before, clock: clockAfterFrame(before.clock, t), stall: null };
  if (s.status === 'done' || s.status === 'user-paused') return { ...s, events: [] };
  if (s.status === 'resting') {
    if (s.restUntilMs !== null && t >= s.restUntilMs) {
      // The rest is over whether a frame or a tick notices first: the same event either way.
      const after = onFrame({ ...s, status: 'waiting', restUntilMs: null, lastFrameMs: t, events: [] }, report);
      return { ...after, events: [{ type: 'rest-over' }, ...after.events] };
    }
    return { ...s, lastFrameMs: t, events: [] };
  }
  const personSeen = report.tracking !== 'none';
  const lastSeenMs = personSeen ? t : s.lastSeenMs;
  if (isTooSlow(s.clock)) {
    // Too few frames to see a break in form: count nothing rather than count wrongly.
    return { ...s, status: 'too-slow', lastFrameMs: t, lastSeenMs, events: before.status === 'too-slow' ? [] : [{ type: 'too-slow' }] };
  }
  // A gap the measured frame rate explains counts in full (form held on both sides of it); a stall counts nothing.
  const gap = s.lastFrameMs === null ? 0 : t - s.lastFrameMs;
  const dt = gap > 0 && gap <= countableGapMs(before.clock, s.settings.maxFrameGapMs) ? gap : 0;
  const next: HoldState = { ...s, lastFrameMs: t, lastSeenMs, unconfirmed: null, events: [] };
  // Back from a stop with nothing counted yet: still waiting, not paused.
  const idle = s.status === 'waiting' || ((before.status === 'stalled' || before.status === 'too-slow') && s.countedMs === 0);
  const confirmMs = s.settings.confirmMs;
  const doubt = s.status === 'counting' && s.unconfirmed?.change === 'break' ? s.unconfirmed : null;
  const trial = s.status !== 'counting' && s.unconfirmed?.change === 'start' ? s.unconfirmed : null;

  if (!report.counts && s.status === 'counting') {
    // A doubt: keep counting's status, set the time aside, and decide once it has lasted.
    const sinceMs = doubt?.sinceMs ?? t;
    const unconfirmed = { change: 'break' as const, sinceMs, ms: (doubt?.ms ?? 0) + dt, frames: (doubt?.frames ?? 0) + 1, unjudged: (doubt ? doubt.unjudged === true : true) && report.inForm === null };
    if (t - sinceMs < confirmMs || misread(unconfirmed, unconfirmed.ms)) return { ...next, unconfirmed };
  }

  if (!report.counts) {
    if (report.inForm === null) {
      // Not judged this frame: pause without resetting. Nobody in view for longer than the grace
      // period is "lost"; someone in view but not judged (wrong view, a joint unseen) is paused,
      // and the frame's own cue says what to change.
      const goneFor = lastSeenMs === null ? Infinity : t - lastSeenMs;
      const status: HoldStatus = !personSeen && goneFor > s.settings.graceMs ? 'lost' : idle ? 'waiting' : 'paused';
      return { ...next, status };
    }
    const broken = s.status === 'counting';
    const resetCount = broken && s.settings.resetOnBreak;
    const key = recordKey(s);
    return {
      ...next,
      // A confirmed break: the doubtful time was this fault's too.
      records: { ...next.records, [key]: addFaults(next.records[key], report, dt + (doubt?.ms ?? 0)) },
      status: idle ? 'waiting' : 'paused',
      countedMs: resetCount ? (s.phase === 'push' ? (s.stretch.pnf?.holdMs ?? 0) : 0) : s.countedMs,
    };
  }

  const key = recordKey(s);
  let inForm: number;
  if (s.status !== 'counting') {
    // A trial: the count starts once form has lasted, with the trial's time. A long gap counts only
    // with the form held on both sides of it: its first frame brings at most the short gap any
    // stream may have.
    const sinceMs = trial?.sinceMs ?? t;
    const ms = trial ? trial.ms + dt : Math.min(dt, s.settings.maxFrameGapMs);
    if (t - sinceMs < confirmMs) return { ...next, status: idle ? 'waiting' : 'paused', unconfirmed: { change: 'start', sinceMs, ms } };
    inForm = ms;
  } else if (doubt) {
    // Back within the doubt's time, or after a frame or two that could not be judged: the doubtful
    // frames were misreads, and their time counts after all. Back later (frames far apart): nothing
    // shows the form held meanwhile.
    inForm = t - doubt.sinceMs < confirmMs || misread(doubt, doubt.ms + dt) ? doubt.ms + dt : Math.min(dt, s.settings.maxFrameGapMs);
  } else inForm = dt;
  const countedMs = s.countedMs + inForm;
  const records = { ...s.records, [key]: updateRecord(s.records[key], inForm, report) };
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
    case 'tick': {
      const t = observeTick(s, action.tMs);
      if (t.status === 'resting' && t.restUntilMs !== null && action.tMs >= t.restUntilMs) {
        return { ...t, status: t.stall ? 'stalled' : 'waiting', restUntilMs: null, lastFrameMs: action.tMs, events: [{ type: 'rest-over' }] };
      }
      // No frame for longer than the grace period and the frame rate explain: the picture froze
      // or the source went away without saying so. Stop counting over a frozen skeleton.
      if (WATCHING.has(t.status) && framesStopped(t.clock, action.tMs, t.settings.graceMs)) {
        return { ...t, status: 'stalled', stall: 'no-frames', lastFrameMs: null, unconfirmed: null, events: [{ type: 'stalled', reason: 'no-frames' }] };
      }
      return t.events.length ? { ...t, events: [] } : t;
    }
    case 'source-stopped': {
      if (s.status === 'done' || s.stall === action.reason) return s.events.length ? { ...s, events: [] } : s;
      // Resting and a person's own pause keep their status (rest follows the clock; resume decides).
      const watching = WATCHING.has(s.status) || s.status === 'stalled';
      return {
        ...s,
        stall: action.reason,
        ...(watching ? { status: 'stalled' as const, lastFrameMs: null, unconfirmed: null } : {}),
        events: [{ type: 'stalled', reason: action.reason }],
      };
    }
    case 'source-changed': {
      const watching = WATCHING.has(s.status) || s.status === 'stalled';
      return { ...s, clock: NEW_FRAME_CLOCK, ...(watching ? { lastFrameMs: null, unconfirmed: null } : {}), events: [] };
    }
    case 'skip':
      if (s.status === 'done') return s;
      if (s.status === 'resting') return { ...s, status: s.stall ? 'stalled' : 'waiting', restUntilMs: null, lastFrameMs: action.tMs, events: [{ type: 'rest-over' }] };
      return completeRep(s, action.tMs, true);
    case 'pause':
      return s.status === 'done' || s.status === 'user-paused' ? s : { ...s, status: 'user-paused', statusBeforePause: s.status, unconfirmed: null, events: [] };
    case 'resume':
      if (s.status !== 'user-paused') return s;
      // The time spent paused is not a frame gap to count: restart the clock at the next frame.
      // A source that stopped meanwhile is still stopped.
      return { ...s, status: s.statusBeforePause === 'resting' ? 'resting' : s.stall ? 'stalled' : 'waiting', statusBeforePause: null, lastFrameMs: null, events: [] };
  }
}
