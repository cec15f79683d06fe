/**
 * The session for the UI: a thin owner of the session state (src/core/session/session-reducer.ts)
 * and of the analyser the frame step needs. It dispatches, asks its host to render, and turns the
 * reducer's events into the host's callbacks (words to announce, cues, the chime).
 */
import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Cue } from '../../core/analysis/cues';
import type { FrameReport } from '../../core/analysis/form-analyzer';
import type { Refutation } from '../../core/analysis/plausibility';
import type { Readiness } from '../../core/analysis/readiness';
import type { HoldState, SourceStopReason } from '../../core/hold/hold-reducer';
import type { PoseFrame } from '../../core/pose/pose';
import type { Turn } from '../../core/pose/rotation';
import { frameStep, type Analysis } from '../../core/session/frame-step';
import type { SessionPlan } from '../../core/session/plan';
import type { SessionEvent } from '../../core/session/session-events';
import { currentStretch, initialSessionState, sessionReducer, type Screen, type SessionAction, type SessionCommand, type SessionOptions, type SessionState } from '../../core/session/session-reducer';
import { spokenCount } from '../../core/session/spoken-count';
import { phaseTargetMs } from '../../core/hold/hold-reducer';
import { countMarkWords, eventWords } from '../words/session-words';
import { wordedReadiness } from '../words/readiness-words';
import type { StepSummary } from '../../core/session/summary';
import type { StretchDefinition, StretchId } from '../../core/stretches/types';

export type { Screen };

export class SessionController implements ReactiveController {
  /** The whole session, read-only outside: change it by dispatching. */
  state: SessionState;
  /** Called with text for screen readers (and the voice): phase changes, rep done, switch sides. */
  onAnnounce: ((text: string) => void) | undefined;
  /** Called with each newly shown cue. */
  onCue: ((cue: Cue) => void) | undefined;
  /** Called when a hold completes (the chime). */
  onHoldComplete: (() => void) | undefined;
  /** Called with every event, for whatever hangs on the session (history, kiosk reset). */
  onEvent: ((event: SessionEvent) => void) | undefined;
  /** Called with each new state, after its events (the history folds every transition). */
  onState: ((state: SessionState) => void) | undefined;

  private analysis: Analysis | undefined;

  /** Called with a count worth saying aloud ("10 seconds"), as the hold passes each 5 s. */
  onCount: ((words: string) => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: Partial<SessionOptions> = {},
  ) {
    this.state = initialSessionState(options);
    host.addController(this);
  }

  hostConnected(): void {}
  hostDisconnected(): void {}

  get screen(): Screen {
    return this.state.screen;
  }
  get plan(): SessionPlan | undefined {
    return this.state.plan ?? undefined;
  }
  get stepIndex(): number {
    return this.state.stepIndex;
  }
  get hold(): HoldState | undefined {
    return this.state.hold ?? undefined;
  }
  get report(): FrameReport | undefined {
    return this.state.report ?? undefined;
  }
  /** The set-up screen's check, worded; the same object while it says the same, so the panel is not re-rendered for nothing. */
  get ready(): Readiness {
    // Every frame makes a new check: keyed by what it says (and the language), not by identity.
    const key = `${globalThis.document?.documentElement.lang ?? ''}|${JSON.stringify(this.state.readiness)}`;
    if (this.worded?.key !== key) this.worded = { key, words: wordedReadiness(this.state.readiness) };
    return this.worded.words;
  }
  private worded: { readonly key: string; readonly words: Readiness } | undefined;
  get results(): readonly StepSummary[] {
    return this.state.results;
  }
  /** Names of the plan's stretches the session never reached (a routine ended early). */
  get notStarted(): readonly { readonly id: StretchId; readonly variation: string | null }[] {
    return this.state.plan?.steps.slice(this.state.results.length).map((step) => ({ id: step.stretch.id, variation: step.stretch.variation?.id ?? null })) ?? [];
  }
  get stretch(): StretchDefinition | undefined {
    return currentStretch(this.state) ?? undefined;
  }
  get cue(): Cue | undefined {
    return this.state.cue.shown;
  }

  get stepLabel(): string {
    const n = this.state.plan?.steps.length ?? 0;
    const i = this.state.stepIndex + 1;
    return n > 1 ? msg(str`Stretch ${i} of ${n}`) : '';
  }

  readonly rotation = (): Turn => this.state.turn.turn;

  start(plan: SessionPlan): void {
    this.dispatch({ type: 'start', plan });
  }

  onFrame(frame: PoseFrame): void {
    const step = frameStep(this.state, this.analysis, frame);
    this.analysis = step.analysis;
    this.apply(step.state);
  }

  /** The clock: rests count down, and a stream that stopped sending frames is noticed. */
  tick(tMs: number): void {
    this.dispatch({ type: 'tick', tMs });
  }

  command(command: SessionCommand, nowMs: number): void {
    this.dispatch({ type: 'command', command, tMs: nowMs });
  }

  /** A new source or person: forget tracking, keep the session's progress. A photo is a still. */
  sourceChanged(kind?: 'camera' | 'video' | 'image'): void {
    this.dispatch({ type: 'source-changed', still: kind === 'image' });
  }

  /** Another model refuted the photo's credit: it is not in form, and the person hears the knee rule it broke. */
  stillRefuted(refuted: Refutation): void {
    this.dispatch({ type: 'still-refuted', refuted });
  }

  /** The source stopped (camera unplugged, video ended or failed): the count stops at once, and says why. */
  sourceStopped(reason: SourceStopReason): void {
    this.dispatch({ type: 'source-stopped', reason });
  }

  private dispatch(action: SessionAction): void {
    this.apply(sessionReducer(this.state, action));
  }

  private apply(next: SessionState): void {
    if (next === this.state) return;
    const before = this.state;
    this.state = next;
    // Outside a session nothing of the last person is kept, whether or not another frame comes (a
    // kiosk reset releases the camera): the analyser's filters hold their smoothed joints.
    if (next.screen === 'choose') this.analysis = undefined;
    if (before.hold && next.hold && before.hold.stretch === next.hold.stretch && before.screen === 'coach' && next.screen === 'coach' && next.hold.status === 'counting') {
      const mark = spokenCount(before.hold.countedMs, next.hold.countedMs, phaseTargetMs(next.hold));
      if (mark) this.onCount?.(countMarkWords(mark));
    }
    for (const e of next.events) this.emit(e);
    this.onState?.(next);
    this.host.requestUpdate();
  }

  private emit(e: SessionEvent): void {
    const words = eventWords(e);
    if (words) this.onAnnounce?.(words);
    if (e.type === 'cue') this.onCue?.(e.cue);
    if (e.type === 'chime') this.onHoldComplete?.();
    this.onEvent?.(e);
  }
}
