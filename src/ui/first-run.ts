import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { stopAdvice, stopRules } from './words/instruction-words';
import { FirstRunDoneEvent } from './events';
import { sharedStyles } from './shared-styles';

/**
 * Before the first stretch: what FormHold does, that no picture leaves the device, and when to
 * stop. Shown once at home, and to every patient on a kiosk.
 * @fires fh-first-run-done - the person read it and goes on
 */
@localized()
@customElement('fh-first-run')
export class FirstRun extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: block; padding: 1.5rem; max-width: 60rem; margin: 0 auto; font-size: 1.15em; }
      h2 { font-size: 1.8em; margin: 0 0 1rem; }
      h3 { font-size: 1.2em; margin: 0 0 0.4rem; }
      .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; }
      .card p { margin: 0.3rem 0 0; }
      .stop { border: 2px solid #ffd166; }
      .stop h3 { color: #ffd166; }
      .stop ul { margin: 0.3rem 0; padding-left: 1.3rem; font-weight: 700; }
      button.primary { margin-top: 1.25rem; font-size: 1.3em; padding: 0.7em 1.4em; width: 100%; }
      /* A portrait kiosk: one column, text big enough to read standing back from the screen. */
      @media (orientation: portrait) and (min-width: 700px) {
        :host { font-size: 1.7em; padding-top: 3rem; }
        .grid { grid-template-columns: 1fr; gap: 1.5rem; }
      }
    `,
  ];

  /** On a kiosk the next patient reads it too: the button says so. */
  @property({ type: Boolean }) kiosk = false;

  override render() {
    return html`<section aria-labelledby="first-run-heading" data-testid="first-run">
      <h2 id="first-run-heading" tabindex="-1">${msg('Welcome to FormHold')}</h2>
      <div class="grid">
        <div class="card">
          <h3>${msg('What it does')}</h3>
          <p>${msg('FormHold helps you stretch the back of your thighs, which eases the load on your lower back. It watches you through the camera, counts your hold only while your position is right, and tells you what to change.')}</p>
        </div>
        <div class="card" data-testid="privacy">
          <h3>${msg('Your pictures stay here')}</h3>
          <p>${this.kiosk
            ? msg('The camera picture is looked at on this computer only. No picture or video is recorded or sent anywhere. The camera is switched off when you are not stretching.')
            : msg('The camera picture is looked at on this device only. No picture or video is recorded or sent anywhere. The camera is switched off when you are not stretching.')}</p>
        </div>
        <div class="card stop" data-testid="stop-rules">
          <h3>${msg('Stop if you feel')}</h3>
          <ul>${stopRules().map((r) => html`<li>${r}</li>`)}</ul>
          <p>${stopAdvice()}</p>
        </div>
      </div>
      <button class="primary" data-testid="first-run-ok" @click=${() => this.dispatchEvent(new FirstRunDoneEvent())}>${msg('I understand: let’s start')}</button>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-first-run': FirstRun;
  }
}
