/**
 * The one frame step, shared by the app and `npm run analyze`: analyse the frame with what the
 * hold needs to know (side, partner phase, doorway target), then let the session reducer take it
 * (turn policy, readiness, hold, cue). A frame goes down once and comes back as state and events.
 */
import { FormAnalyzer } from '../analysis/form-analyzer';
import { analysisContext } from '../hold/hold-reducer';
import type { PoseFrame, Side } from '../pose/pose';
import type { StretchDefinition } from '../stretches/types';
import { currentStretch, initialSessionState, sessionReducer, type SessionState } from './session-reducer';
import type { SessionPlan } from './plan';

/** The stateful analyser (smoothing filters, hysteresis) of one analysis epoch of the session. */
export interface Analysis {
  readonly epoch: number;
  readonly analyzer: FormAnalyzer;
}

export interface FrameStep {
  readonly state: SessionState;
  readonly analysis: Analysis | undefined;
}

/** Analyses `frame` for the session's current stretch and reduces it. Outside a session, nothing happens. */
export function frameStep(state: SessionState, analysis: Analysis | undefined, frame: PoseFrame): FrameStep {
  const stretch = currentStretch(state);
  // Outside a session nothing is kept of the last one: its smoothing filters held that person's joints.
  if (!stretch || !state.hold || state.screen === 'choose') return { state, analysis: undefined };
  const current = analysis?.epoch === state.analysisEpoch && analysis.analyzer.stretch === stretch ? analysis : { epoch: state.analysisEpoch, analyzer: new FormAnalyzer(stretch) };
  const context = analysisContext(state.hold);
  const report = current.analyzer.analyze(frame, state.options.anySide ? { ...context, side: undefined } : context);
  return { state: sessionReducer(state, { type: 'frame', report, scoreThreshold: frame.scoreThreshold }), analysis: current };
}

/**
 * A session of this one stretch, coaching from the first frame: a file is judged whole, with no
 * set-up screen (shared by `npm run analyze` and the app's video timeline, so both count alike).
 * Without a side nobody was asked for a leg: whichever leg works is judged (no wrong-leg check).
 */
export function coachingFromStart(stretch: StretchDefinition, side: Side | undefined, autoTurn: boolean): SessionState {
  const plan: SessionPlan = { kind: 'single', steps: [{ stretch, ...(side ? { side } : {}) }] };
  const started = sessionReducer(initialSessionState({ autoTurn, anySide: !side }), { type: 'start', plan });
  return sessionReducer(started, { type: 'command', command: 'start', tMs: 0 });
}
