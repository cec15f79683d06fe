import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Readiness } from '../core/analysis/readiness';
import { instructions } from './words/instruction-words';
import { stretchName, stretchSummary } from './words/stretch-words';
import type { StretchDefinition } from '../core/stretches/types';
import { SessionCommandEvent } from './events';
import { placementFigure, placementText } from './figures';
import './how-to';
import { sharedStyles } from './shared-styles';

/**
 * Before a stretch: what you need, which leg comes first, how to do it, where to put the camera,
 * and a live check that the person is in frame and side-on. At home nothing starts until the
 * person presses Ready; then coaching begins once they are in view (on a kiosk it is armed from
 * the start).
 * @fires fh-command - ready (start once in view), start (now, whatever the check says) or end
 */
@localized()
@customElement('fh-setup-panel')
export class SetupPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: flex; flex-direction: column; gap: 0.9rem; }
      h2 { margin: 0 0 0.3rem; font-size: 1.35em; }
      h3 { margin: 0 0 0.5rem; font-size: 1.15em; }
      .placement { width: 100%; height: auto; max-height: 14rem; background: #0f1a21; border-radius: 10px; }
      .needs { font-weight: 700; color: #ffd166; margin: 0.4rem 0 0; }
      .leg { font-weight: 700; font-size: 1.15em; margin: 0.4rem 0 0; }
      .check { font-size: 1.3em; font-weight: 700; margin: 0.75rem 0 0; }
      .check.ready { color: #3ddc84; } .check.waiting { color: #ffd166; }
      button.ready { width: 100%; font-size: 1.6em; padding: 0.6em 1em; }
      .hint { margin: 0.5rem 0 0; }
      .controls { display: flex; gap: 0.5rem; margin-top: 0.75rem; flex-wrap: wrap; }
      .controls button { flex: 1 1 auto; }
    `,
  ];

  @property({ attribute: false }) stretch!: StretchDefinition;
  /** The live in-frame check. */
  @property({ attribute: false }) readiness: Readiness | undefined;
  /** What the camera and the movement checker are doing, while no frame is watched yet; it replaces the in-frame check. */
  @property() waiting: string | undefined;
  /** Ready was pressed (or the kiosk starts by itself): coaching begins once the person is in view. */
  @property({ type: Boolean }) armed = false;
  /** "Stretch 2 of 3" in a routine. */
  @property() stepLabel = '';
  /** "Your right leg first, then your left leg.", or empty. */
  @property() firstLeg = '';

  private command(c: 'ready' | 'start' | 'end') {
    this.dispatchEvent(new SessionCommandEvent(c));
  }

  override render() {
    const st = this.stretch;
    const needs = instructions(st.id).needs;
    const message = this.waiting ?? this.readiness?.message ?? msg('Looking for you in the picture…');
    const ready = !this.waiting && !!this.readiness?.ready;
    return html`
      <section class="card" aria-labelledby="setup-heading">
        <h2 id="setup-heading" data-testid="setup-heading">${this.stepLabel ? msg(str`${this.stepLabel}: ${stretchName(st.id, st.variation?.id)}`) : stretchName(st.id, st.variation?.id)}</h2>
        <p class="muted">${stretchSummary(st.id, st.variation?.id)}</p>
        ${needs ? html`<p class="needs" data-testid="needs">${msg(str`You need ${needs}.`)}</p>` : nothing}
        ${this.firstLeg ? html`<p class="leg" data-testid="first-leg">${this.firstLeg}</p>` : nothing}
      </section>
      <section class="card" aria-label=${msg('Start')}>
        ${this.armed
          ? html`<p class="hint" data-testid="armed">${msg('Get into position. The count starts when the camera can see you side-on.')}</p>`
          : html`<button class="primary ready" data-testid="ready" @click=${() => this.command('ready')}>${msg('Ready')}</button>`}
        <!-- Below the button, not above it: the message changes as the camera and the model start
             (one line to three), and a button that moves as the person reaches for it is missed. -->
        <p class="check ${ready ? 'ready' : 'waiting'}" data-testid="readiness" aria-live="polite">${message}</p>
        ${this.armed ? nothing : html`<p class="hint muted">${msg('Read how to do it below, press Ready, then get into position.')}</p>`}
        <div class="controls">
          <button data-testid="start" @click=${() => this.command('start')}>${this.armed && ready ? msg('Start') : msg('Start now')}</button>
          <button data-testid="end" @click=${() => this.command('end')}>${msg('Back')}</button>
        </div>
      </section>
      <section class="card" aria-labelledby="place-heading">
        <h3 id="place-heading">${msg('Set up the camera')}</h3>
        ${placementFigure(st.camera, st.id)}
        <p data-testid="placement">${msg(str`${placementText(st.camera)}. Your whole body, head to feet, in the picture.`)}</p>
      </section>
      <section class="card" aria-labelledby="howto-heading" data-testid="instructions">
        <h3 id="howto-heading">${msg('How to do it')}</h3>
        <fh-how-to .stretch=${st.id} .variation=${st.variation?.id ?? ''}></fh-how-to>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-setup-panel': SetupPanel;
  }
}
