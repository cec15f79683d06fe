import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { describeError, type PipelineError, type Recovery } from '../pipeline/errors';
import { RecoveryEvent } from './events';

/** Read when rendering, so the labels follow the language on screen. */
const actionLabel = (a: Recovery): string =>
  ({
    retry: msg('Try again'),
    'choose-camera': msg('Choose another camera'),
    'open-file': msg('Open a photo or video'),
    'use-wasm': msg('Use the WebAssembly engine'),
    'use-camera': msg('Use the camera'),
  })[a];

/**
 * Shows a pipeline error in plain words with the ways out.
 * @fires fh-recover - the person chose a recovery action
 */
@localized()
@customElement('fh-error-panel')
export class ErrorPanel extends LitElement {
  static override styles = css`
    :host { display: block; }
    section { background: #3a1d1d; border: 2px solid #ff8a8a; color: #fff; border-radius: 12px; padding: 1rem 1.25rem; }
    h2 { margin: 0 0 0.5rem; font-size: 1.25em; }
    p { margin: 0 0 1rem; line-height: 1.45; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    button { font: inherit; padding: 0.5em 1em; border-radius: 8px; border: 2px solid #fff; background: #fff; color: #3a1d1d; cursor: pointer; }
    button.secondary { background: transparent; color: #fff; }
    button:focus-visible { outline: 3px solid #ffd166; outline-offset: 2px; }
  `;

  /** The error to show. */
  @property({ attribute: false }) error: PipelineError | undefined;

  override render() {
    if (!this.error) return html``;
    const view = describeError(this.error);
    return html`<section role="alert" data-testid="error" data-kind=${this.error.kind}>
      <h2>${view.title}</h2>
      <p>${view.body}</p>
      <div class="actions">
        ${view.actions.map(
          (a, i) => html`<button class=${i ? 'secondary' : ''} data-action=${a} @click=${() => this.dispatchEvent(new RecoveryEvent(a))}>${actionLabel(a)}</button>`,
        )}
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-error-panel': ErrorPanel;
  }
}
