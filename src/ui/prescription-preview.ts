import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ClinicActionEvent } from './clinic-events';
import { sharedStyles } from './shared-styles';

/**
 * What the clinician prescribed, before the patient starts: each stretch with its side and dose.
 * @fires fh-clinic - start-prescription
 */
@localized()
@customElement('fh-prescription-preview')
export class PrescriptionPreview extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: block; padding: 1.5rem; max-width: 60rem; margin: 0 auto; }
      h2 { font-size: 1.8em; margin: 0 0 0.5rem; }
      ol { font-size: 1.35em; line-height: 1.5; margin: 1rem 0 1.5rem; padding-left: 1.6em; }
      li { margin: 0.3rem 0; }
      button.primary { font-size: 1.4em; padding: 0.8em 2em; min-height: 3.5rem; }
    `,
  ];

  /** One line per prescribed stretch ("Lying hamstring stretch, left leg, 45 s × 3, rest 15 s"). */
  @property({ attribute: false }) lines: readonly string[] = [];

  override render() {
    return html`<section class="card" aria-labelledby="rx-heading" data-testid="prescription-preview">
      <h2 id="rx-heading" tabindex="-1">${msg('Prescribed for you')}</h2>
      <p class="muted">${msg('Your clinician set these for you. FormHold follows them in this order.')}</p>
      <ol data-testid="prescription-lines">
        ${this.lines.map((line) => html`<li>${line}</li>`)}
      </ol>
      <button class="primary" data-testid="start-prescription" @click=${() => this.dispatchEvent(new ClinicActionEvent('start-prescription'))}>${msg('Start')}</button>
    </section>`;
  }
}

/** During a prescribed session: which prescribed stretch this is, so the person knows the app follows it. */
@localized()
@customElement('fh-prescription-note')
export class PrescriptionNote extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: block; margin: 0.75rem 1rem 0; }
      p { margin: 0; background: #15302a; border-left: 4px solid #3ddc84; padding: 0.5rem 0.75rem; border-radius: 6px; font-size: 1.1em; }
    `,
  ];

  @property() line = '';

  override render() {
    return html`<p data-testid="prescription-note">${msg(str`Prescribed: ${this.line}`)}</p>`;
  }
}

/** A prescription that could not be used: none of it applied, and every reason listed. */
@localized()
@customElement('fh-prescription-refused')
export class PrescriptionRefused extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: block; margin: 0.75rem 1rem 0; }
      div { background: #3a2a12; border-left: 4px solid #ffd166; padding: 0.6rem 0.9rem; border-radius: 6px; }
      p { margin: 0 0 0.3rem; font-weight: 700; }
      ul { margin: 0; padding-left: 1.3em; }
    `,
  ];

  @property({ attribute: false }) problems: readonly string[] = [];

  override render() {
    return html`<div role="alert" data-testid="prescription-refused">
      <p>${msg('This prescription could not be used, so none of it was applied. Please ask your clinician for a new one.')}</p>
      <ul>${this.problems.map((p) => html`<li>${p}</li>`)}</ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-prescription-preview': PrescriptionPreview;
    'fh-prescription-note': PrescriptionNote;
    'fh-prescription-refused': PrescriptionRefused;
  }
}
