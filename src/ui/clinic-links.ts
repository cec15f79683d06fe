import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ClinicActionEvent, PrescriptionFileEvent } from './clinic-events';
import { sharedStyles } from './shared-styles';

/**
 * A quiet line under the list of stretches: open a prescription file a clinician gave you, or go
 * to the clinician screen to make one.
 * @fires fh-rx-file - a prescription file was chosen
 * @fires fh-clinic - open-clinician
 */
@localized()
@customElement('fh-clinic-links')
export class ClinicLinks extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center; padding: 0 1.5rem 2rem; }
      label.file { display: inline-flex; align-items: center; border-radius: 10px; padding: 0.55em 1em; border: 2px solid #5b7585; background: #22323d; cursor: pointer; }
      label.file:focus-within { outline: 3px solid #ffd166; outline-offset: 3px; }
      input { position: absolute; opacity: 0; width: 1px; height: 1px; }
      button.quiet { background: none; border-color: transparent; color: #b6c6d0; text-decoration: underline; padding-left: 0.2em; }
    `,
  ];

  override render() {
    return html`
      <label class="file">${msg('Open a prescription')}
        <input type="file" accept="application/json,.json" data-testid="prescription-file" @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) this.dispatchEvent(new PrescriptionFileEvent(file));
          input.value = '';
        }} /></label>
      <button class="quiet" data-testid="open-clinician" @click=${() => this.dispatchEvent(new ClinicActionEvent('open-clinician'))}>${msg('For clinicians')}</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-clinic-links': ClinicLinks;
  }
}
