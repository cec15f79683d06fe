import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { parseLaunchParams, type LaunchParams } from '../app/launch-params';
import { currentSide, phaseTargetMs } from '../core/hold/hold-reducer';
import { STRETCHES } from '../core/stretches/catalog';
import type { StretchId } from '../core/stretches/types';
import { resolveStretch } from '../core/stretches/validate';
import { BACKEND_REQUESTS, type BackendRequest } from '../pipeline/backend-choice';
import type { Recovery } from '../pipeline/errors';
import { DEFAULT_MODEL, MODEL_IDS, MODELS, type ModelId } from '../pipeline/models';
import { boneStates, jointLabels } from './bone-states';
import { PipelineController } from './controllers/pipeline-controller';
import { SessionController } from './controllers/session-controller';
import type { FileChosenEvent, RecoveryEvent } from './events';
import './error-panel';
import './hold-meter';
import './stage';

const BACKEND_LABELS: Record<BackendRequest, string> = { auto: 'Automatic', webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WebAssembly', cpu: 'CPU (slow)' };

/**
 * The FormHold app: one pipeline (camera or file -> pose worker) feeding one stretch session
 * (analyser -> hold reducer), rendered as a live coaching view.
 */
@customElement('fh-app')
export class App extends LitElement {
  static override styles = css`
    :host { display: block; min-height: 100vh; background: #101820; color: #f2f5f7; font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; font-size: 16px; }
    header { display: flex; align-items: center; gap: 1rem; padding: 0.6rem 1rem; background: #0b1116; border-bottom: 1px solid #23323d; flex-wrap: wrap; }
    h1 { font-size: 1.25rem; margin: 0; letter-spacing: 0.02em; }
    .chips { display: flex; gap: 0.5rem; flex-wrap: wrap; margin-left: auto; font-size: 0.85rem; }
    .chip { background: #1d2a33; border-radius: 999px; padding: 0.2rem 0.7rem; color: #cfe3ee; }
    main { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; gap: 1rem; padding: 1rem; align-items: start; }
    fh-stage { width: 100%; }
    aside { display: flex; flex-direction: column; gap: 1rem; }
    .card { background: #17232c; border-radius: 12px; padding: 1rem; }
    .card h2 { margin: 0 0 0.25rem; font-size: 1.2rem; }
    .meta { color: #b6c6d0; margin: 0; }
    .cue { font-size: 1.35rem; font-weight: 600; min-height: 2.6em; margin: 0; }
    .cue.ok { color: #3ddc84; } .cue.fix { color: #ff8a8a; } .cue.setup { color: #ffd166; }
    .ring { display: flex; justify-content: center; }
    dl { display: grid; grid-template-columns: auto auto; gap: 0.25rem 1rem; margin: 0; }
    dt { color: #b6c6d0; } dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
    label { display: flex; flex-direction: column; gap: 0.25rem; font-size: 0.9rem; color: #b6c6d0; }
    select, button, input[type='file']::file-selector-button { font: inherit; border-radius: 8px; padding: 0.4rem 0.6rem; border: 1px solid #4a6170; background: #22323d; color: #f2f5f7; }
    button { cursor: pointer; }
    button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid #ffd166; outline-offset: 2px; }
    .row { display: flex; gap: 0.5rem; flex-wrap: wrap; align-items: end; }
    .notice { background: #1f3347; border-left: 4px solid #7fd3ff; padding: 0.5rem 0.75rem; border-radius: 6px; }
    .problems { color: #ffd166; font-size: 0.9rem; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    @media (max-width: 900px) { main { grid-template-columns: 1fr; } }
  `;

  private readonly params: LaunchParams = parseLaunchParams(location.search);
  @state() private stretchId: StretchId = this.params.stretch ?? 'standing-toe-touch';
  @state() private mirror = true;

  private readonly session = new SessionController(this, {
    stretch: resolveStretch(this.stretchId),
    ...(this.params.side ? { side: this.params.side } : {}),
    turnLying: true,
  });

  private readonly pipeline = new PipelineController(this, {
    modelBaseUrl: this.params.modelBase,
    model: this.params.model ?? DEFAULT_MODEL,
    backend: this.params.backend,
    onFrame: (frame) => {
      this.session.onFrame(frame);
      void this.recordLatency(frame.tMs);
    },
    rotation: this.session.rotation,
    onSourceChange: () => this.session.sourceChanged(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.params.source === 'camera') void this.pipeline.startCamera();
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
        void this.pipeline.startCamera(action === 'choose-camera' ? this.otherCameraId() : undefined);
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

  private otherCameraId(): string | undefined {
    const cams = this.pipeline.cameras;
    return cams.find((c) => c.deviceId !== this.pipeline.cameraId)?.deviceId;
  }

  private chooseStretch(id: StretchId): void {
    this.stretchId = id;
    this.session.configure({ stretch: resolveStretch(id), ...(this.params.side ? { side: this.params.side } : {}), turnLying: true });
  }

  private renderStatus() {
    const p = this.pipeline;
    const fps = p.stats?.fps;
    return html`<div class="chips" data-testid="status">
      <span class="chip" data-testid="model">${MODELS[p.model].label}</span>
      <span class="chip" data-testid="backend">${p.status === 'loading-model' ? 'Loading model…' : p.backend ? BACKEND_LABELS[p.backend] : '—'}</span>
      <span class="chip" data-testid="fps">${fps === undefined ? '— fps' : `${fps} fps`}</span>
    </div>`;
  }

  private renderSession() {
    const s = this.session;
    const r = s.report;
    const hold = s.hold;
    const stretch = s.stretch;
    const side = currentSide(hold);
    const mode = hold.status === 'counting' ? 'counting' : hold.status === 'done' ? 'done' : 'paused';
    const cue = hold.status === 'lost' ? { kind: 'setup', text: "I can't see you: step back into view" } : hold.status === 'resting' ? { kind: 'ok', text: 'Rest' } : r?.cue;
    return html`<section class="card" aria-labelledby="stretch-name">
        <h2 id="stretch-name">${stretch.name}</h2>
        <p class="meta" data-testid="progress">
          ${side ? html`${side === 'left' ? 'Left' : 'Right'} leg, ` : nothing}rep ${hold.rep} of ${stretch.reps}${hold.phase ? html` · ${hold.phase === 'push' ? 'push' : 'relaxed hold'}` : nothing}
        </p>
      </section>
      <section class="card">
        <p class="cue ${cue?.kind ?? 'setup'}" data-testid="cue" aria-live="polite">${cue?.text ?? 'Get into position'}</p>
        <div class="ring"><fh-hold-meter .countedMs=${hold.countedMs} .targetMs=${phaseTargetMs(hold)} .mode=${mode}></fh-hold-meter></div>
      </section>
      <section class="card" aria-label="Angles">
        <dl data-testid="angles">
          <dt>Knee (left / right)</dt><dd>${fmt(r?.angles.kneeLeft)} / ${fmt(r?.angles.kneeRight)}</dd>
          <dt>Hip (left / right)</dt><dd>${fmt(r?.angles.hipLeft)} / ${fmt(r?.angles.hipRight)}</dd>
          <dt>Leg raise (left / right)</dt><dd>${fmt(r?.angles.legRaiseLeft)} / ${fmt(r?.angles.legRaiseRight)}</dd>
          <dt>Posture · view</dt><dd>${r ? `${r.posture} · ${r.view}` : '—'}</dd>
        </dl>
      </section>`;
  }

  private renderControls() {
    const p = this.pipeline;
    return html`<section class="card" aria-label="Picture and model">
      <div class="row">
        <label>Stretch
          <select data-testid="stretch-select" @change=${(e: Event) => this.chooseStretch((e.target as HTMLSelectElement).value as StretchId)}>
            ${Object.values(STRETCHES).map((s) => html`<option value=${s.id} ?selected=${s.id === this.stretchId}>${s.name}</option>`)}
          </select>
        </label>
      </div>
      <div class="row">
        ${p.cameras.length > 1
          ? html`<label>Camera
              <select data-testid="camera-select" @change=${(e: Event) => void p.startCamera((e.target as HTMLSelectElement).value)}>
                ${p.cameras.map((c) => html`<option value=${c.deviceId} ?selected=${c.deviceId === p.cameraId}>${c.label}</option>`)}
              </select></label>`
          : nothing}
        <button data-testid="use-camera" @click=${() => void p.startCamera(p.cameraId)}>Use camera</button>
        <label>Open a photo or video
          <input type="file" accept="image/*,video/*" data-testid="file-input" @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void p.openFile(file);
            input.value = '';
          }} />
        </label>
      </div>
      <div class="row">
        <label>Pose model
          <select data-testid="model-select" @change=${(e: Event) => void p.setModel((e.target as HTMLSelectElement).value as ModelId)}>
            ${MODEL_IDS.map((id) => html`<option value=${id} ?selected=${id === p.model}>${MODELS[id].label}</option>`)}
          </select>
        </label>
        <label>Engine
          <select data-testid="backend-select" @change=${(e: Event) => void p.setBackend((e.target as HTMLSelectElement).value as BackendRequest)}>
            ${BACKEND_REQUESTS.map((b) => html`<option value=${b} ?selected=${b === p.backendRequest}>${BACKEND_LABELS[b]}</option>`)}
          </select>
        </label>
        <label><span>Mirror</span><input type="checkbox" .checked=${this.mirror} @change=${(e: Event) => (this.mirror = (e.target as HTMLInputElement).checked)} /></label>
      </div>
    </section>`;
  }

  override render() {
    const p = this.pipeline;
    const r = this.session.report;
    const size = this.session.lastFrameSize ?? mediaSize(p.media);
    return html`<header>
        <h1>FormHold</h1>
        ${this.renderStatus()}
      </header>
      <main @fh-recover=${this.onRecover} @fh-file=${(e: FileChosenEvent) => void p.openFile(e.file)}>
        <div>
          ${p.error ? html`<fh-error-panel .error=${p.error}></fh-error-panel>` : nothing}
          ${p.notice ? html`<p class="notice" role="status" data-testid="notice">${p.notice}</p>` : nothing}
          ${this.params.problems.length ? html`<p class="problems">${this.params.problems.join(' ')}</p>` : nothing}
          <fh-stage
            .media=${p.media}
            .pose=${r?.pose}
            .frameWidth=${size.width}
            .frameHeight=${size.height}
            .threshold=${MODELS[p.model].scoreThreshold}
            .mirror=${this.mirror && p.source === 'camera'}
            .boneStates=${boneStates(r)}
            .labels=${jointLabels(r)}
            .placeholder=${p.status === 'starting-camera' ? 'Starting the camera…' : 'Choose the camera or open a photo or video'}
          ></fh-stage>
        </div>
        <aside>${this.renderSession()} ${this.renderControls()}</aside>
      </main>`;
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

  /** For tests and the benchmark: the pipeline's and session's state, read-only. */
  get debug() {
    return { pipeline: this.pipeline, session: this.session, perf: this.perf };
  }
}

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v}°`);

function mediaSize(media: HTMLVideoElement | HTMLImageElement | undefined): { width: number; height: number } {
  if (media instanceof HTMLVideoElement && media.videoWidth) return { width: media.videoWidth, height: media.videoHeight };
  if (media instanceof HTMLImageElement && media.naturalWidth) return { width: media.naturalWidth, height: media.naturalHeight };
  return { width: 640, height: 480 };
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-app': App;
  }
}
