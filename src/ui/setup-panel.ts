import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Readiness } from '../core/analysis/readiness';
import type { StretchDefinition } from '../core/stretches/types';
import { SessionCommandEvent } from './events';
import { placementFigure, placementText } from './figures';
import { sharedStyles } from './shared-styles';

/**
 * Before a stretch: where to put the camera, and a live check that waits until the person is in
 * frame and side-on.
 * @fires fh-command - start (the person is ready, or chose to start anyway) or end
 */
@customElement('fh-setup-panel')
export class SetupPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: flex; flex-direction: column; gap: 0.9rem; }
      h2 { margin: 0 0 0.3rem; font-size: 1.35em; }
      .placement { width: 100%; height: auto; background: #0f1a21; border-radius: 10px; }
      .check { font-size: 1.3em; font-weight: 700; margin: 0; }
      .check.ready { color: #3ddc84; } .check.waiting { color: #ffd166; }
      .controls { display: flex; gap: 0.5rem; }
      .controls button { flex: 1; }
    `,
  ];

  @property({ attribute: false }) stretch!: StretchDefinition;
  /** The live in-frame check. */
  @property({ attribute: false }) readiness: Readiness = { ready: false, message: 'Waiting for the camera…' };
  /** "Stretch 2 of 3" in a routine. */
  @property() stepLabel = '';

  override render() {
    const st = this.stretch;
    return html`
      <section class="card" aria-labelledby="setup-heading">
        <h2 id="setup-heading">${this.stepLabel ? `${this.stepLabel}: ` : ''}${st.name}</h2>
        <p class="muted">${st.summary}</p>
        ${placementFigure(st.camera, st.id)}
        <p data-testid="placement">${placementText(st.camera)}. Your whole body, head to feet, in the picture.</p>
      </section>
      <section class="card">
        <p class="check ${this.readiness.ready ? 'ready' : 'waiting'}" data-testid="readiness" aria-live="polite">${this.readiness.message}</p>
      </section>
      <div class="controls">
        <button class=${this.readiness.ready ? 'primary' : ''} data-testid="start" @click=${() => this.dispatchEvent(new SessionCommandEvent('start'))}>
          ${this.readiness.ready ? 'Start' : 'Start anyway'}
        </button>
        <button data-testid="end" @click=${() => this.dispatchEvent(new SessionCommandEvent('end'))}>Back</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-setup-panel': SetupPanel;
  }
}
