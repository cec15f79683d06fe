/**
 * The session's state for the UI: the plan and its steps, the screen, the analyser and the hold
 * reducer of the current stretch, the debounced cue and what to announce. Pure logic underneath;
 * time comes only from frame timestamps (and, while resting with no frames, from ticks).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CUE_NO_PERSON, type Cue } from '../../core/analysis/cues';
import { initialCueState, nextCue, type CueState } from '../../core/analysis/cue-debouncer';
import { FormAnalyzer, type FrameReport } from '../../core/analysis/form-analyzer';
import { readiness, type Readiness } from '../../core/analysis/readiness';
import { analysisContext, currentSide, holdReducer, initialHoldState, type HoldEvent, type HoldState } from '../../core/hold/hold-reducer';
import type { PoseFrame } from '../../core/pose/pose';
import { nextTurn, NO_TURN, type Turn, type TurnState } from '../../core/pose/rotation';
import type { SessionPlan } from '../../core/session/plan';
import { summarise, type StepSummary } from '../../core/session/summary';
import type { StretchDefinition } from '../../core/stretches/types';

export type Screen = 'choose' | 'setup' | 'coach' | 'summary';

/** Ready this long without a break moves from setup to coaching by itself. */
const AUTO_START_MS = 1500;

export class SessionController implements ReactiveController {
  screen: Screen = 'choose';
  plan: SessionPlan | undefined;
  stepIndex = 0;
  hold: HoldState | undefined;
  report: FrameReport | undefined;
  ready: Readiness = { ready: false, message: 'Waiting for the camera…' };
  results: StepSummary[] = [];
  private turnState: TurnState = NO_TURN;
  /** Called with text for screen readers (and the voice): phase changes, rep done, switch sides. */
  onAnnounce: ((text: string) => void) | undefined;
  /** Called with each newly shown cue. */
  onCue: ((cue: Cue) => void) | undefined;
  /** Called when a hold completes (the chime). */
  onHoldComplete: (() => void) | undefined;

  private analyzer: FormAnalyzer | undefined;
  private cueState: CueState = initialCueState;
  private readySince: number | undefined;
  private threshold = 0.3;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}
  hostDisconnected(): void {}

  get stretch(): StretchDefinition | undefined {
    return this.plan?.steps[this.stepIndex]?.stretch;
  }

  get cue(): Cue | undefined {
    return this.cueState.shown;
  }

  get stepLabel(): string {
    const n = this.plan?.steps.length ?? 0;
    return n > 1 ? `Stretch ${this.stepIndex + 1} of ${n}` : '';
  }

  start(plan: SessionPlan): void {
    this.plan = plan;
    this.stepIndex = 0;
    this.results = [];
    this.enterSetup();
  }

  private enterSetup(): void {
    const step = this.plan?.steps[this.stepIndex];
    if (!step) return;
    this.screen = 'setup';
    this.analyzer = new FormAnalyzer(step.stretch);
    this.hold = initialHoldState(step.stretch, step.side ? { side: step.side } : {});
    this.report = undefined;
    this.cueState = initialCueState;
    this.readySince = undefined;
    this.turnState = NO_TURN;
    this.ready = { ready: false, message: 'Waiting for the camera…' };
    this.host.requestUpdate();
  }

  private beginCoaching(): void {
    const step = this.plan?.steps[this.stepIndex];
    if (!step) return;
    this.screen = 'coach';
    this.hold = initialHoldState(step.stretch, step.side ? { side: step.side } : {});
    this.cueState = initialCueState;
    const side = currentSide(this.hold);
    this.onAnnounce?.(`${step.stretch.name}${side ? `, ${side} leg` : ''}. Get into the stretch; the count starts when your form is right.`);
    this.host.requestUpdate();
  }

  private finishStep(): void {
    if (this.hold) this.results.push(summarise(this.hold));
    if (this.plan && this.stepIndex + 1 < this.plan.steps.length) {
      this.stepIndex++;
      this.enterSetup();
      this.onAnnounce?.(`Next: ${this.stretch?.name}.`);
    } else {
      this.screen = 'summary';
      this.onAnnounce?.('Session complete. Here is how it went.');
      this.host.requestUpdate();
    }
  }

  /** A new source or person: forget tracking, keep the session's progress. */
  sourceChanged(): void {
    this.analyzer?.reset();
    this.turnState = NO_TURN;
    this.report = undefined;
  }

  readonly rotation = (): Turn => this.turnState.turn;

  onFrame(frame: PoseFrame): void {
    if (!this.analyzer || !this.hold || !this.stretch) return;
    this.threshold = frame.scoreThreshold;
    const report = this.analyzer.analyze(frame, analysisContext(this.hold));
    this.turnState = nextTurn(this.turnState, this.stretch.posture, report.pose, frame.tMs, frame.scoreThreshold);
    this.report = report;
    if (this.screen === 'setup') {
      this.ready = readiness(report, this.stretch, this.threshold);
      if (!this.ready.ready) this.readySince = undefined;
      else if (this.readySince === undefined) this.readySince = frame.tMs;
      else if (frame.tMs - this.readySince >= AUTO_START_MS) this.beginCoaching();
      this.host.requestUpdate();
      return;
    }
    if (this.screen !== 'coach') return;
    this.dispatch({ type: 'frame', report });
    const cue = this.hold.status === 'lost' ? CUE_NO_PERSON : report.cue;
    const before = this.cueState.shown;
    this.cueState = nextCue(this.cueState, cue, frame.tMs);
    if (this.cueState.shown && this.cueState.shown !== before) this.onCue?.(this.cueState.shown);
  }

  /** Rest counts down with the clock when no frame arrives (camera paused, tab busy). */
  tick(tMs: number): void {
    if (this.screen === 'coach' && this.hold?.status === 'resting') this.dispatch({ type: 'tick', tMs });
  }

  command(command: 'start' | 'pause' | 'resume' | 'skip' | 'end' | 'restart' | 'next', nowMs: number): void {
    switch (command) {
      case 'start':
        if (this.screen === 'setup') this.beginCoaching();
        break;
      case 'pause':
      case 'resume':
        this.dispatch({ type: command });
        this.onAnnounce?.(command === 'pause' ? 'Paused.' : 'Resumed.');
        break;
      case 'skip':
        if (this.screen === 'setup') this.finishStep();
        else this.dispatch({ type: 'skip', tMs: this.hold?.lastFrameMs ?? nowMs });
        break;
      case 'end':
        if (this.screen === 'setup' && this.results.length === 0 && this.hold?.repsDone === 0) {
          this.screen = 'choose';
          this.host.requestUpdate();
          break;
        }
        if (this.screen === 'coach' && this.hold) this.results.push(summarise(this.hold));
        this.screen = 'summary';
        this.onAnnounce?.('Session ended. Here is how it went.');
        this.host.requestUpdate();
        break;
      case 'restart':
      case 'next':
        this.screen = 'choose';
        this.plan = undefined;
        this.hold = undefined;
        this.analyzer = undefined;
        this.host.requestUpdate();
        break;
    }
  }

  private dispatch(action: Parameters<typeof holdReducer>[1]): void {
    if (!this.hold) return;
    this.hold = holdReducer(this.hold, action);
    for (const e of this.hold.events) this.announce(e);
    if (this.hold.status === 'done') this.finishStep();
    this.host.requestUpdate();
  }

  private announce(e: HoldEvent): void {
    switch (e.type) {
      case 'rep-complete':
        this.onHoldComplete?.();
        this.onAnnounce?.(`Hold complete${e.side ? ` on your ${e.side} leg` : ''}. Relax.`);
        break;
      case 'switch-side':
        this.onAnnounce?.(`Switch sides: next, your ${e.to} leg.`);
        break;
      case 'push-phase':
        this.onAnnounce?.('Now push gently against your partner’s hand, keeping the leg where it is.');
        break;
      case 'target-raised':
        this.onAnnounce?.(`Well held. Slide your hips a little closer to the wall: new target ${e.targetDeg} degrees.`);
        break;
      case 'rest-over':
        this.onAnnounce?.('Rest over: back into the stretch.');
        break;
      case 'done':
        break;
    }
  }
}
