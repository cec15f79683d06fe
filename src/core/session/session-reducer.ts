/**
 * The session as a reducer: which screen, which step of the plan, readiness on the setup screen,
 * the hold of the current stretch, the turn policy, the debounced cue and the results so far.
 * State in, action in, new state with its `events` out, like the hold reducer it drives. Pure:
 * time comes from frame timestamps and from ticks the caller passes in.
 */
import { CUE_NO_PERSON } from '../analysis/cues';
import { initialCueState, nextCue, type CueState } from '../analysis/cue-debouncer';
import type { FrameReport } from '../analysis/form-analyzer';
import { asRefuted, type Refutation } from '../analysis/plausibility';
import { readiness, type ReadinessCheck } from '../analysis/readiness';
import { framesStopped } from '../hold/frame-clock';
import {
  currentSide,
  DEFAULT_HOLD_SETTINGS,
  holdReducer,
  initialHoldState,
  observeFrame,
  observeTick,
  type HoldAction,
  type HoldEvent,
  type HoldSettings,
  type HoldState,
  type SourceStopReason,
} from '../hold/hold-reducer';
import { nextTurn, NO_TURN, type TurnState } from '../pose/rotation';
import type { StretchDefinition } from '../stretches/types';
import type { SessionPlan } from './plan';
import type { SessionEvent } from './session-events';
import { summarise, type StepSummary } from './summary';

export type Screen = 'choose' | 'setup' | 'coach' | 'summary';

/** A person's control of the session: begin coaching now ('start'), begin once in view ('ready'), pause, resume, skip, end, or leave the summary. */
export type SessionCommand = 'start' | 'ready' | 'pause' | 'resume' | 'skip' | 'end' | 'restart' | 'next';

/** Ready this long without a break moves from setup to coaching by itself. */
export const AUTO_START_MS = 1500;

export interface SessionOptions {
  readonly hold: HoldSettings;
  /** Turn the frame of lying stretches for the model (the turn policy); off for `analyze --turn none`. */
  readonly autoTurn: boolean;
  /**
   * Nobody is asked for a particular leg (`analyze` without --side): judge whichever leg works.
   * Off in the app, where the person is told which leg comes first and the other leg is not credited.
   */
  readonly anySide: boolean;
  /**
   * The set-up screen moves on by itself once the person is in view (a kiosk, `analyze`). Off at
   * home: the person first reads the instructions and presses Ready, then gets into position.
   */
  readonly autoStart: boolean;
}

export const DEFAULT_SESSION_OPTIONS: SessionOptions = { hold: DEFAULT_HOLD_SETTINGS, autoTurn: true, anySide: false, autoStart: true };

export interface SessionState {
  readonly options: SessionOptions;
  readonly screen: Screen;
  readonly plan: SessionPlan | null;
  readonly stepIndex: number;
  /** The current step's hold; on the setup screen a fresh one whose frame clock is learning the rate. */
  readonly hold: HoldState | null;
  readonly readiness: ReadinessCheck;
  /** The set-up screen may move on by itself once the person is in view: Ready was pressed, or autoStart. */
  readonly armed: boolean;
  /** When readiness began without a break (setup screen). */
  readonly readySinceMs: number | null;
  /** One summary per finished step, in order. */
  readonly results: readonly StepSummary[];
  readonly turn: TurnState;
  readonly cue: CueState;
  readonly report: FrameReport | null;
  /** The source shows one picture (a photo): no stream to stall, nothing to count. */
  readonly still: boolean;
  /**
   * Bumped whenever the analysis must start afresh (a step entered, a new source): the frame step
   * keeps one stateful analyser per epoch.
   */
  readonly analysisEpoch: number;
  /** What happened on the last transition. */
  readonly events: readonly SessionEvent[];
}

export type SessionAction =
  | { readonly type: 'start'; readonly plan: SessionPlan }
  /** An analysed frame (its time is `report.tMs`), with the model's keypoint score threshold. */
  | { readonly type: 'frame'; readonly report: FrameReport; readonly scoreThreshold: number }
  /** The clock, for rests and for noticing that frames stopped (the app ticks every 250 ms). */
  | { readonly type: 'tick'; readonly tMs: number }
  | { readonly type: 'command'; readonly command: SessionCommand; readonly tMs: number }
  | { readonly type: 'source-changed'; readonly still: boolean }
  | { readonly type: 'source-stopped'; readonly reason: SourceStopReason }
  /** Another model plainly saw a knee bent on the photo whose reading credited the stretch (`still-opinions.ts`). */
  | { readonly type: 'still-refuted'; readonly refuted: Refutation };

const WAITING_FOR_CAMERA: ReadinessCheck = { ready: false, code: { id: 'looking', low: false } };

export function initialSessionState(options: Partial<SessionOptions> = {}): SessionState {
  return {
    options: { ...DEFAULT_SESSION_OPTIONS, ...options },
    screen: 'choose',
    plan: null,
    stepIndex: 0,
    hold: null,
    readiness: WAITING_FOR_CAMERA,
    armed: false,
    readySinceMs: null,
    results: [],
    turn: NO_TURN,
    cue: initialCueState,
    report: null,
    still: false,
    analysisEpoch: 0,
    events: [],
  };
}

export const currentStretch = (s: SessionState): StretchDefinition | null => s.plan?.steps[s.stepIndex]?.stretch ?? null;

const quiet = (s: SessionState): SessionState => (s.events.length ? { ...s, events: [] } : s);

function freshHold(s: SessionState, index: number, clockFrom: HoldState | null): HoldState | null {
  const step = s.plan?.steps[index];
  if (!step) return null;
  return initialHoldState(step.stretch, { settings: s.options.hold, ...(step.side ? { side: step.side } : {}), anySide: s.options.anySide, ...(clockFrom ? { clock: clockFrom.clock } : {}) });
}

/** The setup screen of step `index`: tracking, turn and cue start afresh; the frame rate carries on. */
function enterSetup(s: SessionState, index: number, events: SessionEvent[]): SessionState {
  return {
    ...s,
    screen: 'setup',
    stepIndex: index,
    hold: freshHold(s, index, s.hold),
    report: null,
    cue: initialCueState,
    readySinceMs: null,
    armed: s.options.autoStart,
    turn: NO_TURN,
    readiness: WAITING_FOR_CAMERA,
    analysisEpoch: s.analysisEpoch + 1,
    events,
  };
}

function beginCoaching(s: SessionState, events: SessionEvent[] = []): SessionState {
  const stretch = currentStretch(s);
  const hold = freshHold(s, s.stepIndex, s.hold);
  if (!stretch || !hold) return quiet(s);
  return {
    ...s,
    screen: 'coach',
    hold,
    cue: initialCueState,
    events: [...events, { type: 'coaching-began', stepIndex: s.stepIndex, stretchId: stretch.id, variation: stretch.variation?.id ?? null, side: currentSide(hold) }],
  };
}

/** The current step is over (done or skipped): record it, then the next step's setup or the summary. */
function finishStep(s: SessionState, events: SessionEvent[]): SessionState {
  const summary = s.hold ? summarise(s.hold) : null;
  const results = summary ? [...s.results, summary] : s.results;
  const all: SessionEvent[] = [...events, ...(summary && s.hold ? [{ type: 'step-finished' as const, stepIndex: s.stepIndex, summary, hold: s.hold }] : [])];
  const nextIndex = s.stepIndex + 1;
  const next = s.plan?.steps[nextIndex];
  if (next) {
    return enterSetup({ ...s, results }, nextIndex, [...all, { type: 'next-step', stepIndex: nextIndex, stretchId: next.stretch.id, variation: next.stretch.variation?.id ?? null }]);
  }
  return { ...s, results, screen: 'summary', events: [...all, { type: 'session-finished', outcome: 'completed', results }] };
}

/** The person ends the session: what was done so far is the result. */
function endEarly(s: SessionState): SessionState {
  if (s.screen === 'setup' && s.results.length === 0) {
    // Nothing done yet: back to the choice, no summary of nothing.
    return { ...s, screen: 'choose', events: [] };
  }
  const summary = s.screen === 'coach' && s.hold ? summarise(s.hold) : null;
  const results = summary ? [...s.results, summary] : s.results;
  return {
    ...s,
    results,
    screen: 'summary',
    events: [...(summary && s.hold ? [{ type: 'step-finished' as const, stepIndex: s.stepIndex, summary, hold: s.hold }] : []), { type: 'session-finished', outcome: 'ended-early', results }],
  };
}

/** The hold's happenings as the session's: each announce-worthy one, and a chime for a completed hold. */
function fromHold(events: readonly HoldEvent[]): SessionEvent[] {
  const out: SessionEvent[] = [];
  for (const e of events) {
    switch (e.type) {
      case 'rep-complete':
        out.push({ type: 'chime' }, e);
        break;
      case 'stalled':
        out.push({ type: 'count-stopped', reason: e.reason });
        break;
      case 'too-slow':
        out.push({ type: 'count-stopped', reason: 'too-slow' });
        break;
      case 'done':
        break;
      default:
        out.push(e);
    }
  }
  return out;
}

/** Passes an action to the hold of the coach screen; finishes the step when the hold is done. */
function withHold(s: SessionState, action: HoldAction): SessionState {
  if (s.screen !== 'coach' || !s.hold) return quiet(s);
  const hold = holdReducer(s.hold, action);
  if (hold === s.hold) return quiet(s);
  const events = fromHold(hold.events);
  const next: SessionState = { ...s, hold, events };
  return hold.status === 'done' ? finishStep(next, events) : next;
}

function onFrame(s: SessionState, report: FrameReport, scoreThreshold: number): SessionState {
  const stretch = currentStretch(s);
  if (!stretch || !s.hold || s.screen === 'choose') return quiet(s);
  const turn = nextTurn(s.turn, stretch.posture, report.pose, report.tMs, scoreThreshold, s.options.autoTurn);
  const seen: SessionState = { ...s, report, turn, events: [] };
  if (s.screen === 'summary') return seen;
  if (s.screen === 'setup') {
    const ready = readiness(report, stretch, scoreThreshold);
    const hold = observeFrame(s.hold, report.tMs);
    const readySinceMs = !ready.ready ? null : (s.readySinceMs ?? report.tMs);
    const next: SessionState = { ...seen, hold, readiness: ready, readySinceMs };
    if (!s.armed || readySinceMs === null || report.tMs - readySinceMs < AUTO_START_MS) return next;
    // Coaching begins with this frame: it is the new hold's first.
    const began = beginCoaching(next);
    return coachFrame(began, report, began.events);
  }
  return coachFrame(seen, report, []);
}

/** A frame on the coach screen: the hold takes it, then the cue. */
function coachFrame(s: SessionState, report: FrameReport, before: readonly SessionEvent[]): SessionState {
  const held = withHold(s, { type: 'frame', report });
  const after = before.length ? { ...held, events: [...before, ...held.events] } : held;
  if (after.screen !== 'coach' || !after.hold || after.hold.status === 'too-slow') return after;
  // One cue at a time, debounced; nobody seen past the grace period says so, whatever the frame said.
  const cue = nextCue(after.cue, after.hold.status === 'lost' ? CUE_NO_PERSON : report.cue, report.tMs);
  const shown = cue.shown && cue.shown !== after.cue.shown ? [{ type: 'cue' as const, cue: cue.shown }] : [];
  return { ...after, cue, events: [...after.events, ...shown] };
}

function onTick(s: SessionState, tMs: number): SessionState {
  // A photo has no stream that could stop: only a rest follows the clock.
  if (s.still) return s.hold?.status === 'resting' ? withHold(s, { type: 'tick', tMs }) : quiet(s);
  if (s.screen === 'setup' && s.hold) {
    const hold = observeTick(s.hold, tMs);
    if (s.readiness.ready && framesStopped(hold.clock, tMs, s.options.hold.graceMs)) {
      return { ...s, hold, readiness: { ready: false, code: { id: 'stopped', reason: 'no-frames' } }, readySinceMs: null, events: [] };
    }
    return hold === s.hold ? quiet(s) : { ...s, hold, events: [] };
  }
  return withHold(s, { type: 'tick', tMs });
}

function onCommand(s: SessionState, command: SessionCommand, tMs: number): SessionState {
  switch (command) {
    case 'start':
      return s.screen === 'setup' ? beginCoaching(s) : quiet(s);
    case 'ready':
      return s.screen === 'setup' && !s.armed ? { ...s, armed: true, events: [{ type: 'armed' }] } : quiet(s);
    case 'pause':
    case 'resume': {
      const next = withHold(s, { type: command });
      if (next.hold === s.hold) return next;
      return { ...next, events: [...next.events, { type: command === 'pause' ? 'paused' : 'resumed' }] };
    }
    case 'skip':
      if (s.screen === 'setup') return finishStep(s, []);
      // On the frames' clock where there is one (a photo's frames have their own small times).
      return withHold(s, { type: 'skip', tMs: s.hold?.lastFrameMs ?? tMs });
    case 'end':
      return s.screen === 'setup' || s.screen === 'coach' ? endEarly(s) : quiet(s);
    case 'restart':
    case 'next':
      return { ...initialSessionState(s.options), still: s.still, analysisEpoch: s.analysisEpoch + 1 };
  }
}

/**
 * A photo's credit refuted by another model: its verdict only (a photo holds no time, so the hold
 * has nothing to take back). On the coaching screen the fix is said at once, as a photo's own
 * cue is shown at once: a stream's report is never taken back (its next frame judges afresh).
 */
function stillRefuted(s: SessionState, refuted: Refutation): SessionState {
  if (!s.still || !s.report) return quiet(s);
  const report = asRefuted(s.report, refuted);
  if (report === s.report) return quiet(s);
  if (s.screen !== 'coach') return { ...s, report, events: [] };
  return { ...s, report, cue: nextCue(initialCueState, report.cue, report.tMs), events: [{ type: 'cue', cue: report.cue }] };
}

/** The session logic: a reducer over plans, analysed frames, ticks, commands and source changes. */
export function sessionReducer(s: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'start':
      return enterSetup({ ...s, plan: action.plan, results: [], hold: null }, 0, []);
    case 'frame':
      return onFrame(s, action.report, action.scoreThreshold);
    case 'tick':
      return onTick(s, action.tMs);
    case 'command':
      return onCommand(s, action.command, action.tMs);
    case 'source-changed': {
      // A new source or person: forget tracking (a new analyser), keep the session's progress.
      const hold = s.hold ? holdReducer(s.hold, { type: 'source-changed' }) : null;
      // The cue starts afresh too: what was said of the last picture is not said of this one.
      return { ...s, hold, still: action.still, turn: NO_TURN, cue: initialCueState, report: null, readySinceMs: null, analysisEpoch: s.analysisEpoch + 1, events: [] };
    }
    case 'still-refuted':
      return stillRefuted(s, action.refuted);
    case 'source-stopped': {
      if (s.screen === 'setup') {
        return { ...s, readiness: { ready: false, code: { id: 'stopped', reason: action.reason } }, readySinceMs: null, events: [] };
      }
      return withHold(s, { type: 'source-stopped', reason: action.reason });
    }
  }
}
