import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { linkIssue, parseLaunchParams, type LaunchParams } from '../app/launch-params';
import { firstRunSeen, loadSettings, saveFirstRunSeen, saveSettings } from '../app/storage';
import { buildPlan, type SessionPlan } from '../core/session/plan';
import { DEFAULT_SETTINGS, KIOSK_SETTINGS, type ParsedSettings, type Settings } from '../core/settings/settings';
import { StretchConfigError } from '../core/stretches/validate';
import type { StretchId } from '../core/stretches/types';
import { BACKEND_REQUESTS, type BackendRequest } from '../pipeline/backend-choice';
import type { Recovery } from '../pipeline/errors';
import { recommendedModel } from '../pipeline/model-choice';
import { liveSource, MODEL_IDS, MODELS, type ModelId } from '../pipeline/models';
import { boneStates, jointLabels } from './bone-states';
import { AudioController } from './controllers/audio-controller';
import { ClinicController } from './controllers/clinic-controller';
import { HistoryController } from './controllers/history-controller';
import { PipelineController } from './controllers/pipeline-controller';
import { SessionController } from './controllers/session-controller';
import { VideoStudyController } from './controllers/video-study-controller';
import { mediaKind } from '../pipeline/media-file';
import { takeSecondLook } from './second-look';
import type { FileChosenEvent, RecoveryEvent, SessionCommandEvent, SettingsChangeEvent, StretchChosenEvent } from './events';
import './chooser-screen';
import './coach-panel';
import './error-panel';
import './first-run';
import './goal-note';
import './progress-screen';
import './language-switch';
import './setup-panel';
import './stage';
import './summary-screen';
import './video-timeline';
import { sharedStyles } from './shared-styles';
import { pipelineWaitWords } from './setup-words';
import { cueWords } from './words/cue-words';
import { settingsProblemWords } from './words/problem-words';
import { linkProblemWords } from './words/link-words';
import { firstLegWords } from './words/instruction-words';
import { keyAngleLabel, stretchName } from './words/stretch-words';

/** A loudspeaker, with sound waves or crossed out. */
const speakerIcon = (on: boolean) =>
  svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 9h4l5-4v14l-5-4H4z"></path>${on ? svg`<path d="M16 9a4 4 0 0 1 0 6M19 6a8 8 0 0 1 0 12"></path>` : svg`<path d="M16 9l6 6M22 9l-6 6"></path>`}</svg>`;

/** The engines' names; read at render time so they follow the language on screen. */
const backendLabel = (b: BackendRequest): string => ({ auto: msg('Automatic'), webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WebAssembly', cpu: msg('CPU (slow)') })[b];

/**
 * The FormHold app: choose a stretch or the routine, set up the camera, be coached through every
 * hold, rep and side, then see a summary. One pipeline (camera or file -> pose worker) feeds one
 * session (analyser -> hold reducer); state flows down to the screens, commands come up as events.
 */
// @localized before the element is defined: <fh-app> is already in index.html, so defining it
// upgrades it at once, and an initializer added after that would never reach it.
@customElement('fh-app')
@localized()
export class App extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: block; min-height: 100vh; background: #101820; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; font-size: 16px; }
      :host([large-text]) { font-size: 21px; }
      header { display: flex; align-items: center; gap: 1rem; padding: 0.5rem 1rem; background: #0b1116; border-bottom: 1px solid #23323d; flex-wrap: wrap; }
      h1 { font-size: 1.3em; margin: 0; letter-spacing: 0.02em; }
      h1 span { color: #3ddc84; }
      .mute { margin-left: auto; padding: 0.35em 0.9em; }
      .mute { display: inline-flex; align-items: center; gap: 0.4em; }
      .mute svg { width: 1.2em; height: 1.2em; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; }
      .chips { display: flex; gap: 0.5rem; flex-wrap: wrap; font-size: 0.85em; margin: 0.5rem 0 0; }
      .chip { background: #1d2a33; border-radius: 999px; padding: 0.2rem 0.7rem; color: #cfe3ee; }
      .session { display: grid; grid-template-columns: minmax(0, 1fr) minmax(20rem, 26rem); gap: 1rem; padding: 1rem; align-items: start; }
      .stage-col { display: flex; flex-direction: column; gap: 0.75rem; min-width: 0; }
      fh-stage { max-height: calc(100vh - 6rem); }
      aside { display: flex; flex-direction: column; gap: 0.9rem; }
      details { background: #17232c; border-radius: 14px; padding: 0.6rem 1rem; }
      summary { cursor: pointer; font-weight: 600; padding: 0.2rem 0; }
      .row { display: flex; gap: 0.75rem; flex-wrap: wrap; align-items: end; margin-top: 0.6rem; }
      label { display: flex; flex-direction: column; gap: 0.25rem; font-size: 0.9em; color: #b6c6d0; }
      label.inline { flex-direction: row; align-items: center; }
      /* A long pose model name never pushes the Advanced panel past the screen's edge. */
      .row label, .row select { max-width: 100%; min-width: 0; }
      input[type='file'] { color: #b6c6d0; font: inherit; font-size: 0.9em; }
      input[type='file']::file-selector-button { font: inherit; border-radius: 10px; padding: 0.4em 0.8em; border: 2px solid #5b7585; background: #22323d; color: #f2f5f7; }
      .notice { background: #1f3347; border-left: 4px solid #7fd3ff; padding: 0.5rem 0.75rem; border-radius: 6px; margin: 0; }
      .problems { color: #ffd166; margin: 0.5rem 1rem; }
      @media print { header, .problems { display: none; } :host { background: #fff; } }
      /* The ring and the cue grow with the screen, so a kiosk can be read from three metres. */
      .session { --fh-ring: clamp(10rem, 14vw, 18rem); }
      @media (min-width: 1600px) {
        .session { grid-template-columns: minmax(0, 1fr) minmax(24rem, 34rem); }
        /* Set-up: room for the steps to read left to right beside the picture. */
        .session.setup { grid-template-columns: minmax(0, 1fr) minmax(24rem, 46rem); }
      }
      @media (orientation: portrait), (max-width: 1000px) {
        .session { grid-template-columns: 1fr; --fh-ring: clamp(10rem, 32vw, 22rem); }
        fh-stage { max-height: 55vh; }
      }
    `,
  ];

  private readonly params: LaunchParams = parseLaunchParams(location.search, location.origin);
  private readonly loaded: ParsedSettings = this.params.kiosk ? { settings: KIOSK_SETTINGS, problems: [] } : loadSettings(DEFAULT_SETTINGS);
  @state() private settings: Settings = this.loaded.settings;
  /** Problems to show, each worded at render time so the language switch rewords them. */
  @state() private problems: (() => string)[] = [
    ...this.params.problems.map((p) => () => linkProblemWords(linkIssue(p))),
    ...this.loaded.problems.map((p) => () => settingsProblemWords(p)),
  ];
  /** What FormHold does, privacy and the stop rules: once at home, for every patient on a kiosk. */
  @state() private firstRun = this.params.kiosk || !firstRunSeen();
  /** Text for the screen-reader announcer (phase changes, reps). */
  @state() private announcement = '';

  // At home the set-up screen waits for Ready; a kiosk starts once the patient is in view.
  private readonly session = new SessionController(this, { autoStart: this.params.kiosk });
  private readonly audio = new AudioController(this);
  /** Practice over days; nothing is kept on a kiosk unless its clinic turned on a device history. */
  private readonly history = new HistoryController(this, { enabled: !this.params.kiosk || this.params.deviceHistory, device: this.params.kiosk });
  @state() private showProgress = false;
  private readonly pipeline = new PipelineController(this, {
    modelBaseUrl: this.params.modelBase,
    model: this.params.model ?? (this.params.stretch ? recommendedModel(this.params.stretch, false) : 'movenet-lightning'),
    backend: this.params.backend,
    threads: this.params.threads,
    onFrame: (frame) => {
      this.session.onFrame(frame);
      // Nobody is started into a session hidden behind the first-run screen.
      if (!this.firstRun) this.clinic.onFrame(frame);
      void this.recordLatency(frame.tMs);
    },
    rotation: this.session.rotation,
    liveSource: () => liveSource(this.session.stretch?.posture, this.session.report?.posture),
    // A photo is one picture, not a stream that could stop: the session must know which it has.
    onSourceChange: () => {
      this.photoStands = false;
      this.session.sourceChanged(this.pipeline.source);
    },
    onSourceStopped: (reason) => this.session.sourceStopped(reason),
    onStillSettled: () => void this.lookAgain(),
  });
  /** Set while other models take a second look at an opened photo (said on screen). */
  @state() private lookingAgain = false;
  private lookId = 0;
  /** The photo on screen has been read by every model that will read it: its cue may be said. */
  private photoStands = false;
  /** Prescriptions, the clinician screen and the kiosk (src/ui/controllers/clinic-controller.ts). */
  private readonly clinic = new ClinicController(this, this.params, {
    startSession: (plan) => this.startPlan(plan ?? (this.params.routine === 'daily' ? 'daily' : (this.params.stretch ?? 'daily'))),
    endSession: () => {
      this.session.command('restart', performance.now());
      this.history.forgetPerson();
      this.announcement = '';
    },
    releaseCamera: () => this.pipeline.release(),
    startCamera: () => void this.pipeline.startCamera(this.pipeline.cameraId),
    screen: () => this.session.screen,
  });
  /** A video file studied frame by frame into a timeline; what it cannot decode is played instead. */
  private readonly video = new VideoStudyController(this, {
    modelBaseUrl: this.params.modelBase,
    threads: this.params.threads,
    onCannotStudy: (file) => void this.pipeline.openFile(file),
    // Only once the file is known to be readable: a file that is refused leaves the camera running.
    onStudyStarts: () => this.pipeline.release(),
  });
  private restTimer: number | undefined;

  constructor() {
    super();
    this.session.onAnnounce = (text) => {
      this.announcement = text;
      this.audio.say(text);
    };
    this.session.onCue = (cue) => {
      // A photo's cue waits until the photo is read (passes, turn, second look): what the first
      // passes say ("Turn side-on", "Good form") may yet change, and only what stands is said.
      if (this.pipeline.source === 'image' && !this.photoStands) return;
      this.audio.say(cueWords(cue.code));
    };
    this.session.onHoldComplete = () => this.audio.ding();
    this.session.onState = (s) => this.history.observe(s);
    this.session.onCount = (words) => this.audio.say(words);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.applySettings();
    if (!this.firstRun) this.startLinkedPlan();
    this.restTimer = window.setInterval(() => this.session.tick(performance.now()), 250);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.restTimer);
  }

  /** A link may name a stretch or the routine: it starts once the first-run screen is read. */
  private startLinkedPlan(): void {
    const choice = this.params.routine === 'daily' ? 'daily' : this.params.stretch;
    // A kiosk waits for someone; a prescription is shown before it starts.
    if (choice && !this.clinic.kiosk && !this.clinic.prescribed) this.startPlan(choice);
  }

  private onFirstRunDone(): void {
    this.firstRun = false;
    if (!this.params.kiosk) saveFirstRunSeen();
    this.clinic.firstRunRead();
    this.startLinkedPlan();
  }

  private applySettings(): void {
    this.audio.voice = this.settings.voice;
    this.audio.chime = this.settings.chime;
  }

  private onSettings(e: SettingsChangeEvent): void {
    this.updateSettings(e.settings);
  }

  private updateSettings(settings: Settings): void {
    this.settings = settings;
    if (!this.params.kiosk) saveSettings(settings);
    this.applySettings();
  }

  private startPlan(choice: StretchId | 'daily' | SessionPlan): void {
    try {
      const p = this.params;
      const plan = typeof choice === 'object' ? choice : buildPlan(choice, this.settings, { ...(p.holdS !== undefined ? { holdS: p.holdS } : {}), ...(p.reps !== undefined ? { reps: p.reps } : {}), ...(p.restS !== undefined ? { restS: p.restS } : {}) }, p.side);
      this.session.start(this.history.progressed(plan));
    } catch (e) {
      // Link doses are checked where the link is read, so this is only a threshold a future
      // prescription could get wrong: say so plainly, keep the detail for developers.
      if (e instanceof StretchConfigError) {
        console.error('FormHold: the plan was refused.', e);
        this.problems = [...this.problems, () => msg('That stretch could not be set up with these settings. Please choose it again or ask your clinician.')];
        return;
      }
      throw e;
    }
    if (!this.pipeline.source && this.params.source === 'camera') void this.pipeline.startCamera(this.pipeline.cameraId);
  }

  private onStretch(e: StretchChosenEvent): void {
    this.startPlan(e.stretch === 'routine' ? 'daily' : e.stretch);
  }

  private onCommand(e: SessionCommandEvent): void {
    // On a kiosk, Finish resets to the start screen (the clinic controller), like the idle reset: the
    // first-run screen is for whoever sets the kiosk up; the start screen tells each patient when to stop.
    this.session.command(e.command, performance.now());
  }

  /** Set once the person (or the link) chose a model: from then on it is not switched per stretch. */
  private modelPinned = this.params.model !== undefined;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Each stretch gets the model measured best for it on this machine (a heavier one once a real
    // GPU is known to run it), unless one was chosen by hand.
    // setModel sets pipeline.model at once, so this asks for each switch exactly once.
    const id = this.session.stretch?.id;
    if (id && !this.modelPinned) {
      const wanted = recommendedModel(id, this.pipeline.accelerated);
      if (wanted !== this.pipeline.model) void this.pipeline.setModel(wanted);
    }
    // Large text when asked, and whenever the camera sits low and 2-3 m away (floor stretches).
    const far = this.session.stretch?.camera === 'floor' && (this.session.screen === 'setup' || this.session.screen === 'coach');
    this.toggleAttribute('large-text', this.settings.largeText || far);
    // Moving focus to the new screen's heading tells keyboard and screen-reader users where they are.
    const screen = this.session.screen;
    if (screen !== this.lastScreen) {
      this.lastScreen = screen;
      if (screen === 'summary') void this.focusSummary();
      // Leaving the session leaves its video study too.
      if (screen !== 'setup' && screen !== 'coach') this.video.close();
      // Outside a session nothing needs the camera: switch it off rather than leave it watching.
      if ((screen === 'summary' || screen === 'choose') && this.pipeline.source === 'camera' && !this.clinic.keepsCamera) this.pipeline.release();
    }
    this.clinic.screenChanged();
  }

  private async focusSummary(): Promise<void> {
    const summary = this.renderRoot.querySelector('fh-summary');
    await summary?.updateComplete;
    summary?.shadowRoot?.querySelector<HTMLElement>('#summary-heading')?.focus();
  }
  private lastScreen = '';

  /** A video, in a session, is studied frame by frame (the camera rests meanwhile); a photo goes to the pipeline. */
  private openFile(file: File): void {
    const stretch = this.session.stretch;
    if (!stretch || mediaKind(file) !== 'video') {
      this.video.close();
      void this.pipeline.openFile(file);
      return;
    }
    void this.video.start(file, { stretch, autoTurn: true, model: this.pipeline.model, backend: this.pipeline.backendRequest });
  }

  /** Cancel or Done on the video screen: back to the session, with the camera again if the app runs on one. */
  private leaveVideo(): void {
    this.video.close();
    if (!this.pipeline.source && this.params.source === 'camera') void this.pipeline.startCamera(this.pipeline.cameraId);
  }

  private onRecover(e: RecoveryEvent): void {
    const action: Recovery = e.action;
    switch (action) {
      case 'retry':
        void this.pipeline.retry();
        break;
      case 'use-camera':
      case 'choose-camera':
        this.pipeline.dismissError();
        void this.pipeline.startCamera(action === 'choose-camera' ? this.pipeline.cameras.find((c) => c.deviceId !== this.pipeline.cameraId)?.deviceId : undefined);
        break;
      case 'open-file':
        this.pipeline.dismissError();
        this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();
        break;
      case 'use-wasm':
        void this.pipeline.setBackend('wasm');
        break;
    }
  }

  /** Engine facts for the curious and for support: inside the Advanced panel, never in the header. */
  private renderStatus() {
    const p = this.pipeline;
    const fps = p.stats?.fps;
    return html`<p class="chips" data-testid="status">
      <span class="chip">${msg('Pose model:')} <span data-testid="model">${MODELS[p.model].label}</span></span>
      <span class="chip">${msg('Engine:')} <span data-testid="backend">${p.status === 'loading-model' ? msg('Getting ready…') : p.backend ? backendLabel(p.backend) : '—'}</span></span>
      <span class="chip">${msg('Speed:')} <span data-testid="fps">${fps === undefined ? '— fps' : `${fps} fps`}</span></span>
    </p>`;
  }

  private renderSourceControls() {
    const p = this.pipeline;
    return html`<details data-testid="source-controls">
      <summary>${msg('Advanced: camera, file and pose model')}</summary>
      ${this.renderStatus()}
      <div class="row">
        ${p.cameras.length > 1
          ? html`<label>${msg('Camera')}
              <select data-testid="camera-select" @change=${(e: Event) => void p.startCamera((e.target as HTMLSelectElement).value)}>
                ${p.cameras.map((c) => html`<option value=${c.deviceId} ?selected=${c.deviceId === p.cameraId}>${c.label}</option>`)}
              </select></label>`
          : nothing}
        <button data-testid="use-camera" @click=${() => void p.startCamera(p.cameraId)}>${msg('Use camera')}</button>
        <label>${msg('Open a photo or video')}
          <input type="file" accept="image/*,video/*" data-testid="file-input" @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) this.openFile(file);
            input.value = '';
          }} /></label>
      </div>
      <div class="row">
        <label>${msg('Pose model')}
          <select data-testid="model-select" @change=${(e: Event) => {
            this.modelPinned = true;
            void p.setModel((e.target as HTMLSelectElement).value as ModelId);
          }}>
            ${MODEL_IDS.map((id) => html`<option value=${id} ?selected=${id === p.model}>${MODELS[id].label}</option>`)}
          </select></label>
        <label>${msg('Engine')}
          <select data-testid="backend-select" @change=${(e: Event) => void p.setBackend((e.target as HTMLSelectElement).value as BackendRequest)}>
            ${BACKEND_REQUESTS.map((b) => html`<option value=${b} ?selected=${b === p.backendRequest}>${backendLabel(b)}</option>`)}
          </select></label>
        <label class="inline"><input type="checkbox" data-testid="mirror" .checked=${this.settings.mirror} @change=${(e: Event) => this.updateSettings({ ...this.settings, mirror: (e.target as HTMLInputElement).checked })} /> ${msg('Mirror')}</label>
      </div>
    </details>`;
  }

  private renderSession() {
    const s = this.session;
    const p = this.pipeline;
    const r = s.report;
    const stretch = s.stretch;
    if (!stretch || !s.hold) return nothing;
    const size = this.frameSize();
    // No form is judged on the picture while resting or paused (no red bones while told to rest), nor
    // while a photo is read again (no green ticks that may yet be taken back).
    const judging = s.screen === 'coach' && s.hold.status !== 'resting' && s.hold.status !== 'user-paused' && !this.checkingPhoto;
    return html`<div class="session ${s.screen}">
      <div class="stage-col">
        ${p.error ? html`<fh-error-panel .error=${p.error}></fh-error-panel>` : nothing}
        ${p.notice ? html`<p class="notice" role="status" data-testid="notice">${p.notice}</p>` : nothing}
        ${this.checkingPhoto ? html`<p class="notice" role="status" data-testid="second-look">${msg('Taking a second look at this photo…')}</p>` : nothing}
        <fh-stage
          .media=${p.media}
          .pose=${r?.pose}
          .frameWidth=${size.width}
          .frameHeight=${size.height}
          .threshold=${MODELS[p.model].scoreThreshold}
          .mirror=${this.settings.mirror && p.source === 'camera'}
          .boneStates=${judging ? boneStates(r) : new Map()}
          .labels=${judging ? jointLabels(r, stretch, s.hold.legRaiseTarget) : []}
          .placeholder=${pipelineWaitWords(p.status) ?? msg('Starting…')}
        ></fh-stage>
      </div>
      <aside>
        <fh-goal-note .hold=${s.hold} .reachGoal=${this.history.sessionReachGoal} ?coaching=${s.screen === 'coach'}></fh-goal-note>
        ${s.screen === 'setup'
          ? html`<fh-setup-panel .stretch=${stretch} .readiness=${s.ready} .waiting=${pipelineWaitWords(p.status)} .armed=${s.state.armed} .stepLabel=${s.stepLabel} .firstLeg=${firstLegWords(s.hold.sides, stretch.workingLegNear === true) ?? ''}></fh-setup-panel>`
          : html`<fh-coach-panel .hold=${s.hold} .report=${r} .cue=${s.cue} .stepLabel=${s.stepLabel} .still=${p.source === 'image'} ?checking=${this.checkingPhoto}></fh-coach-panel>`}
        ${this.params.kiosk ? nothing : this.renderSourceControls() /* engine settings are not for patients at a kiosk */}
      </aside>
    </div>`;
  }

  override render() {
    const s = this.session;
    return html`<header>
        <h1>Form<span>Hold</span></h1>
        <button class="mute" data-testid="mute" data-on=${this.settings.voice ? 'yes' : 'no'} title=${this.settings.voice ? msg('Press to mute the spoken coaching') : msg('Press to hear the coaching spoken')} @click=${() => this.updateSettings({ ...this.settings, voice: !this.settings.voice })}>
          ${speakerIcon(this.settings.voice)}${this.settings.voice ? msg('Voice on') : msg('Voice off')}</button>
        <fh-language-switch .remember=${!this.clinic.kiosk}></fh-language-switch>
      </header>
      <main
        @fh-recover=${this.onRecover}
        @fh-file=${(e: FileChosenEvent) => this.openFile(e.file)}
        @fh-video-cancel=${() => this.leaveVideo()}
        @fh-video-close=${() => this.leaveVideo()}
        @fh-stretch=${this.onStretch}
        @fh-settings=${this.onSettings}
        @fh-command=${this.onCommand}
      >
        ${this.problems.length ? html`<p class="problems" role="status" data-testid="problems">${this.problems.map((words) => words()).join(' ')}</p>` : nothing}
        ${this.clinic.notices(s.screen, s.stepIndex)}
        ${this.history.trouble && !this.showProgress ? html`<p class="problems" role="status" data-testid="storage-trouble">${this.history.trouble}</p>` : nothing}
        ${this.firstRun
          ? html`<fh-first-run .kiosk=${this.params.kiosk} @fh-first-run-done=${this.onFirstRunDone}></fh-first-run>`
          : (this.clinic.view(s.screen, { ready: this.pipeline.source === 'camera' && !!this.pipeline.media, error: this.pipeline.error }) ??
            html`${s.screen === 'choose' && this.showProgress ? html`<fh-progress .history=${this.history} .records=${this.history.records} @fh-progress-closed=${() => (this.showProgress = false)}></fh-progress>` : nothing}
              ${s.screen === 'choose' && !this.showProgress
                ? html`<fh-chooser .settings=${this.settings} .records=${this.history.records} .now=${this.history.now()} ?reminders=${this.history.reminders} ?progress=${!this.params.kiosk} @fh-progress-open=${() => (this.showProgress = true)}></fh-chooser>${this.clinic.chooserFooter()}`
                : nothing}
              ${s.screen === 'setup' || s.screen === 'coach' ? (this.video.active ? html`<fh-video-timeline .state=${this.video.state} .stretchName=${s.stretch ? stretchName(s.stretch.id, s.stretch.variation?.id) : ''} .angleLabel=${s.stretch ? keyAngleLabel(s.stretch.id) : ''}></fh-video-timeline>` : this.renderSession()) : nothing}
              ${s.screen === 'summary' ? html`<fh-summary .steps=${s.results} .notStarted=${s.notStarted} .restartLabel=${this.clinic.restartLabel}></fh-summary>` : nothing}`)}
      </main>
      <div class="visually-hidden" aria-live="assertive" data-testid="announcer">${this.announcement}</div>`;
  }

  private frameSize(): { width: number; height: number } {
    const media = this.pipeline.media;
    if (media instanceof HTMLVideoElement && media.videoWidth) return { width: media.videoWidth, height: media.videoHeight };
    if (media instanceof HTMLImageElement && media.naturalWidth) return { width: media.naturalWidth, height: media.naturalHeight };
    return { width: 640, height: 480 };
  }

  /** Capture-to-overlay latency of recent frames (ms), and when the first pose was drawn. */
  private readonly perf = { latencies: [] as number[], firstPoseDrawnAt: undefined as number | undefined };

  private async recordLatency(frameTimeMs: number): Promise<void> {
    await this.updateComplete;
    const stage = this.renderRoot.querySelector('fh-stage');
    await stage?.updateComplete;
    await stage?.shadowRoot?.querySelector('fh-pose-overlay')?.updateComplete;
    const now = performance.now();
    if (this.session.report?.pose && this.perf.firstPoseDrawnAt === undefined) this.perf.firstPoseDrawnAt = now;
    this.perf.latencies.push(now - frameTimeMs);
    if (this.perf.latencies.length > 1000) this.perf.latencies.shift();
  }

  /** An opened photo is read by other models too: to place or judge it, or to check a credit (src/ui/second-look.ts). */
  private async lookAgain(): Promise<void> {
    const id = ++this.lookId;
    this.lookingAgain = true;
    try {
      await takeSecondLook(this.session, this.pipeline);
    } catch (e) {
      // A second look is extra: whatever breaks in it, the first reading stands.
      console.warn('FormHold: the second look at a photo failed; the first reading stands', e);
    } finally {
      if (id === this.lookId) {
        this.lookingAgain = false;
        this.photoStands = true;
        // The cue held back while the photo was read, said now that it stands.
        const cue = this.session.screen === 'coach' && this.pipeline.source === 'image' ? this.session.report?.cue : undefined;
        if (cue) this.audio.say(cueWords(cue.code));
      }
    }
  }

  /** A photo on screen that another model is still reading. */
  private get checkingPhoto(): boolean {
    return this.lookingAgain && this.pipeline.source === 'image';
  }

  /** For tests and the benchmark: the pipeline's and session's state, read-only. */
  get debug() {
    return { pipeline: this.pipeline, session: this.session, perf: this.perf, history: this.history, video: this.video, cueWords };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-app': App;
  }
}
