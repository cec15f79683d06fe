/**
 * The clinic's side of the app: an active prescription (from a link, a scanned QR code or an opened
 * file), the clinician screen, and the kiosk's rhythm (src/core/kiosk/kiosk-reducer.ts). It owns no
 * camera or session: the host passes in how to start a session, end it and switch the camera, and
 * this controller decides when.
 */
import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LaunchParams } from '../../app/launch-params';
import { HISTORY_DB_NAME } from '../../app/history-store';
import { applyWaitingUpdate, forgetStoredData, type ForgetOptions } from '../../app/kiosk-reset';
import { resetLanguage } from '../../app/locale';
import { initialKioskState, kioskConfig, kioskReducer, type KioskAction, type KioskState } from '../../core/kiosk/kiosk-reducer';
import { personInFrame } from '../../core/kiosk/presence';
import type { PoseFrame } from '../../core/pose/pose';
import type { PipelineError } from '../../pipeline/errors';
import { readPrescriptionFile, type PrescriptionResult } from '../../core/prescription/prescription-codec';
import { planFromPrescription } from '../../core/prescription/prescription-plan';
import type { Prescription } from '../../core/prescription/prescription-schema';
import { prescriptionLines } from '../../core/prescription/prescription-lines';
import type { PrescriptionIssue } from '../../core/prescription/prescription-problems';
import type { SessionPlan } from '../../core/session/plan';
import type { Screen } from '../../core/session/session-reducer';
import { ClinicActionEvent, PrescriptionFileEvent } from '../clinic-events';
import { prescriptionIssueWords, prescriptionLineWords } from '../words/prescription-words';
import '../clinic-links';
import '../error-panel';
import '../clinician-screen';
import '../kiosk-start';
import '../prescription-preview';

export interface ClinicHooks {
  /** Start the session: the prescription's plan when there is one (`plan`), else the link's choice. */
  readonly startSession: (plan: SessionPlan | undefined) => void;
  /** Forget the session (state, results, words on screen): back to the first screen. */
  readonly endSession: () => void;
  readonly releaseCamera: () => void;
  readonly startCamera: () => void;
  /** The session's screen now. */
  readonly screen: () => Screen;
}

type Host = ReactiveControllerHost & HTMLElement;

export class ClinicController implements ReactiveController {
  /** The prescription being followed, if any. */
  rx: Prescription | undefined;
  private rxPlan: SessionPlan | undefined;
  /** Why the last prescription offered was refused, one issue per problem (worded when shown). */
  refused: readonly PrescriptionIssue[] = [];
  clinician: boolean;
  readonly kiosk: boolean;
  /** The clinic turned on a record of sessions on this kiosk: kept between people, and said on the start screen. */
  readonly deviceHistory: boolean;
  /** The language each reset returns to: the prescription's; undefined = the browser's. */
  private readonly language: LaunchParams['language'];
  /** What a reset between people keeps in storage: the device history, when it is on; else nothing. */
  private readonly forget: ForgetOptions;
  kioskState: KioskState = initialKioskState();
  private readonly config;
  private timer: number | undefined;
  private lastScreen: Screen | undefined;

  constructor(
    private readonly host: Host,
    params: LaunchParams,
    private readonly hooks: ClinicHooks,
  ) {
    host.addController(this);
    this.kiosk = params.kiosk;
    this.deviceHistory = params.deviceHistory;
    this.language = params.language;
    this.forget = params.deviceHistory ? { keep: [HISTORY_DB_NAME] } : {};
    this.clinician = params.clinician && !params.kiosk;
    this.config = kioskConfig(params.idleS);
    if (params.prescription) this.offer(params.prescription);
  }

  hostConnected(): void {
    this.host.addEventListener(ClinicActionEvent.type, this.onAction);
    this.host.addEventListener(PrescriptionFileEvent.type, this.onFile);
    if (!this.kiosk) return;
    this.host.addEventListener('pointerdown', this.onTouch);
    this.timer = window.setInterval(() => this.dispatch({ type: 'tick', tMs: performance.now() }), 500);
    // Nothing of an earlier visit (or a crash mid-session) is kept. The camera waits for the
    // first-run screen (`firstRunRead`): nothing watches the room behind it.
    void forgetStoredData(this.forget);
  }

  /** The first-run screen was read: a kiosk starts its camera and waits for someone. */
  firstRunRead(): void {
    if (this.kiosk) this.hooks.startCamera();
  }

  hostDisconnected(): void {
    this.host.removeEventListener(ClinicActionEvent.type, this.onAction);
    this.host.removeEventListener(PrescriptionFileEvent.type, this.onFile);
    this.host.removeEventListener('pointerdown', this.onTouch);
    clearInterval(this.timer);
  }

  /** A prescription was offered: follow it, or refuse all of it and say why. */
  offer(result: PrescriptionResult): void {
    if (result.ok) {
      this.rx = result.prescription;
      this.rxPlan = planFromPrescription(result.prescription);
      this.refused = [];
    } else {
      this.refused = result.issues;
    }
    this.host.requestUpdate();
  }

  /** The prescription's lines in the language on screen now (called at each render). */
  get lines(): string[] {
    return this.rx && this.rxPlan ? prescriptionLines(this.rx, this.rxPlan).map(prescriptionLineWords) : [];
  }

  /** In kiosk or prescribed mode the person is never sent to the full list of stretches. */
  get prescribed(): boolean {
    return this.rx !== undefined;
  }

  /** The camera stays on while the kiosk's start screen watches for someone. */
  get keepsCamera(): boolean {
    return this.kiosk && this.kioskState.phase === 'start';
  }

  get restartLabel(): string {
    return this.kiosk ? msg('Finish') : this.prescribed ? msg('Back to my prescription') : msg('Choose another stretch');
  }

  onFrame(frame: PoseFrame): void {
    if (this.kiosk) this.dispatch({ type: 'frame', tMs: performance.now(), person: personInFrame(frame) });
  }

  /** Called by the host after each update: the kiosk follows the session's screen. */
  screenChanged(): void {
    const screen = this.hooks.screen();
    if (screen === this.lastScreen) return;
    this.lastScreen = screen;
    if (!this.kiosk) return;
    if (screen === 'summary') this.dispatch({ type: 'summary', tMs: performance.now() });
    // Back or restart left the session: the kiosk starts over for the next person.
    if (screen === 'choose' && this.kioskState.phase !== 'start') this.dispatch({ type: 'finish' });
  }

  private readonly onTouch = (): void => {
    // Full screen needs a person's gesture: the first touch is the first chance.
    if (!document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
    this.dispatch({ type: 'touch', tMs: performance.now() });
  };

  private readonly onAction = (e: ClinicActionEvent): void => {
    switch (e.action) {
      case 'start-prescription':
        this.hooks.startSession(this.rxPlan);
        break;
      case 'kiosk-start':
        this.dispatch({ type: 'start', tMs: performance.now() });
        break;
      case 'kiosk-finish':
        this.dispatch({ type: 'finish' });
        break;
      case 'open-clinician':
      case 'close-clinician':
        this.clinician = e.action === 'open-clinician';
        this.host.requestUpdate();
        break;
    }
  };

  private readonly onFile = (e: PrescriptionFileEvent): void => {
    void e.file.text().then(
      (text) => this.offer(readPrescriptionFile(text)),
      () => this.offer({ ok: false, problems: [], issues: [{ kind: 'unopened-file' }] }),
    );
  };

  private dispatch(action: KioskAction): void {
    const step = kioskReducer(this.kioskState, action, this.config);
    if (step.state === this.kioskState && !step.effect) return;
    this.kioskState = step.state;
    if (step.effect === 'start-session') this.hooks.startSession(this.rxPlan);
    if (step.effect === 'reset') this.reset();
    this.host.requestUpdate();
  }

  /**
   * Between people: nothing of the last one on screen, in memory or in storage (but the device
   * history, when the clinic turned it on), the language back to the device's own; the camera off,
   * then on again for the next.
   */
  private reset(): void {
    this.hooks.endSession();
    void resetLanguage(this.language);
    this.hooks.releaseCamera();
    void forgetStoredData(this.forget).then(() => applyWaitingUpdate());
    this.hooks.startCamera();
  }

  /** The clinic's screen in place of the session's, when it has one to show. */
  view(screen: Screen, camera: { readonly ready: boolean; readonly error: PipelineError | undefined }): TemplateResult | undefined {
    if (this.clinician) return html`<fh-clinician></fh-clinician>`;
    if (this.kiosk && this.kioskState.phase === 'start') {
      return html`${camera.error ? html`<fh-error-panel .error=${camera.error}></fh-error-panel>` : nothing}
        <fh-kiosk-start .lines=${this.lines} .watching=${camera.ready} .lingering=${!this.kioskState.armed} .keepsHistory=${this.deviceHistory}></fh-kiosk-start>`;
    }
    if (screen === 'choose' && this.rx) return html`<fh-prescription-preview .lines=${this.lines}></fh-prescription-preview>`;
    return undefined;
  }

  /** What the clinic adds above the screen: a refused prescription's problems, the prescription being followed. */
  notices(screen: Screen, stepIndex: number): TemplateResult | typeof nothing {
    const refused = this.refused.length
      ? html`<fh-prescription-refused .problems=${this.refused.map(prescriptionIssueWords)}></fh-prescription-refused>`
      : nothing;
    const following = this.rx && (screen === 'setup' || screen === 'coach') ? html`<fh-prescription-note .line=${this.lines[stepIndex] ?? ''}></fh-prescription-note>` : nothing;
    return html`${refused}${following}`;
  }

  /** Under the list of stretches: open a prescription file, the clinician screen. */
  chooserFooter(): TemplateResult | typeof nothing {
    return this.kiosk ? nothing : html`<fh-clinic-links></fh-clinic-links>`;
  }
}
