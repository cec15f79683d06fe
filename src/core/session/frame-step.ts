/**
 * The one frame step, shared by the app and `npm run analyze`: analyse the frame with what the
 * hold needs to know (side, partner phase, doorway target), then let the session reducer take it
 * (turn policy, readiness, hold, cue). A frame goes down once and comes back as state and events.
 */
import { FormAnalyzer } from '../analysis/form-analyzer';
import { analysisContext } from '../hold/hold-reducer';
import type { PoseFrame } from '../pose/pose';
import { currentStretch, sessionReducer, type SessionState } from './session-reducer';

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
