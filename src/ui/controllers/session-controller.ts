/**
 * Glue from frames to coaching state: runs the pure analyser and hold reducer for the host.
 * No side effects beyond asking the host to re-render; time comes only from frame timestamps.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FormAnalyzer, type FrameReport } from '../../core/analysis/form-analyzer';
import { analysisContext, holdReducer, initialHoldState, type HoldAction, type HoldState } from '../../core/hold/hold-reducer';
import type { PoseFrame, Side } from '../../core/pose/pose';
import { chooseTurn, type Turn } from '../../core/pose/rotation';
import type { StretchDefinition } from '../../core/stretches/types';

export interface SessionOptions {
  readonly stretch: StretchDefinition;
  readonly side?: Side;
  /** Turn the frame so a lying body is upright for the model (lying stretches only). */
  readonly turnLying: boolean;
}

export class SessionController implements ReactiveController {
  report: FrameReport | undefined;
  hold: HoldState;
  turn: Turn = 'none';
  private analyzer: FormAnalyzer;
  private lastFrame: PoseFrame | undefined;
  /** Listeners for hold events (chime, announcements). */
  onEvents: ((state: HoldState) => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private options: SessionOptions,
  ) {
    this.analyzer = new FormAnalyzer(options.stretch);
    this.hold = initialHoldState(options.stretch, options.side ? { side: options.side } : {});
    host.addController(this);
  }

  hostConnected(): void {}
  hostDisconnected(): void {}

  get stretch(): StretchDefinition {
    return this.options.stretch;
  }

  /** Start a new stretch (or the same one afresh). */
  configure(options: SessionOptions): void {
    this.options = options;
    this.analyzer = new FormAnalyzer(options.stretch);
    this.hold = initialHoldState(options.stretch, options.side ? { side: options.side } : {});
    this.report = undefined;
    this.turn = 'none';
    this.host.requestUpdate();
  }

  /** A new source or person: forget tracking, keep the session's progress. */
  sourceChanged(): void {
    this.analyzer.reset();
    this.turn = 'none';
    this.report = undefined;
  }

  readonly rotation = (): Turn => this.turn;

  onFrame(frame: PoseFrame): void {
    this.lastFrame = frame;
    const report = this.analyzer.analyze(frame, analysisContext(this.hold));
    if (this.options.turnLying && this.options.stretch.posture === 'lying') {
      const next = chooseTurn(report.pose, this.turn, frame.scoreThreshold);
      if (next !== this.turn) this.turn = next;
    }
    this.report = report;
    this.dispatch({ type: 'frame', report });
  }

  dispatch(action: HoldAction): void {
    this.hold = holdReducer(this.hold, action);
    if (this.hold.events.length) this.onEvents?.(this.hold);
    this.host.requestUpdate();
  }

  get lastFrameSize(): { width: number; height: number } | undefined {
    return this.lastFrame ? { width: this.lastFrame.width, height: this.lastFrame.height } : undefined;
  }
}
