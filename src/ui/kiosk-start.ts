import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ClinicActionEvent } from './clinic-events';
import { sharedStyles } from './shared-styles';

/**
 * The kiosk's start screen, read from a few metres: step in and the session starts by itself, or
 * press Start. Nothing of the previous person is shown here.
 * @fires fh-clinic - kiosk-start
 */
@localized()
@customElement('fh-kiosk-start')
export class KioskStart extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: flex; flex-direction: column; align-items: center; justify-content: center; text-align: center; min-height: calc(100vh - 4rem); padding: 2rem; box-sizing: border-box; gap: 1.5rem; }
      h2 { font-size: clamp(2.2rem, 5.5vw, 4.5rem); line-height: 1.15; margin: 0; max-width: 20ch; }
      .status { font-size: clamp(1.2rem, 2.4vw, 2rem); margin: 0; }
      button.primary { font-size: clamp(1.6rem, 3vw, 2.4rem); padding: 0.7em 2.4em; min-height: 5rem; border-radius: 18px; }
      ol { text-align: left; font-size: clamp(1.1rem, 2vw, 1.6rem); line-height: 1.5; margin: 0; padding-left: 1.5em; }
      .rx { max-width: 48rem; }
      .rx h3 { margin: 0 0 0.4rem; font-size: clamp(1.2rem, 2.2vw, 1.8rem); }
      .history { max-width: 52rem; text-align: left; border-left: 6px solid #7fd3ff; background: #1f3347; font-size: clamp(1.15rem, 2.3vmin, 1.8rem); line-height: 1.45; }
      .history strong { display: block; font-size: 1.1em; margin-bottom: 0.2rem; }
      .history p { margin: 0; }
      .stop { margin: 0; max-width: 52rem; font-size: clamp(1.15rem, 2.3vmin, 1.8rem); color: #ffd166; font-weight: 600; }
      /* A short landscape screen (a 1366x768 laptop as the kiosk): sized by the width alone, the
         heading took a third of the height and Start fell below the fold. */
      @media (orientation: landscape) and (max-height: 820px) {
        :host { gap: 0.8rem; padding: 1rem 2rem; }
        .rx, .history, .stop { max-width: min(64rem, 92vw); }
        h2 { font-size: clamp(1.9rem, 6vh, 4.5rem); }
        .status { font-size: clamp(1.1rem, 3.2vh, 2rem); }
        ol { font-size: clamp(1.05rem, 3vh, 1.6rem); line-height: 1.4; }
        .rx h3 { font-size: clamp(1.1rem, 3.2vh, 1.8rem); }
        .history, .stop { font-size: clamp(1.1rem, 2.8vh, 1.8rem); }
        button.primary { min-height: 4rem; padding: 0.45em 2.4em; }
      }
      /* A portrait kiosk screen (1080x1920) is read from further away and has the height to spare:
         sized by the width alone, the screen was a band of small text in the middle of it. */
      @media (orientation: portrait) and (min-height: 1400px) {
        :host { gap: 2.5rem; }
        h2 { font-size: clamp(2.2rem, 8vw, 6rem); }
        .status { font-size: clamp(1.2rem, 3.6vw, 2.6rem); }
        .rx { max-width: 92vw; }
        .rx h3 { font-size: clamp(1.2rem, 3.4vw, 2.4rem); }
        ol { font-size: clamp(1.1rem, 3vw, 2.1rem); }
        .history, .stop { max-width: 92vw; font-size: clamp(1.15rem, 3vw, 2.1rem); }
        button.primary { font-size: clamp(1.6rem, 4.4vw, 3.2rem); min-height: 7rem; }
      }
    `,
  ];

  /** The prescription's lines, when the kiosk follows one. */
  @property({ attribute: false }) lines: readonly string[] = [];
  /** The camera is on and watching for someone. */
  @property({ type: Boolean }) watching = false;
  /** The last person may still be there: stepping in starts nothing until the frame is clear or someone touches. */
  @property({ type: Boolean }) lingering = false;
  /** The clinic turned on a record of sessions on this device: every patient is told before starting. */
  @property({ attribute: false }) keepsHistory = false;

  override render() {
    const status = !this.watching ? msg('Starting the camera…') : this.lingering ? msg('Ready for the next person.') : msg('The camera is watching for you.');
    return html`
      <h2 id="kiosk-heading" data-testid="kiosk-start">${msg('Step in front of the camera to start')}</h2>
      <p class="status muted" data-testid="kiosk-status">${status}</p>
      ${this.lines.length
        ? html`<div class="card rx" data-testid="prescription-preview">
            <h3>${msg('Prescribed for this session')}</h3>
            <ol data-testid="prescription-lines">${this.lines.map((l) => html`<li>${l}</li>`)}</ol>
          </div>`
        : nothing}
      ${this.keepsHistory
        ? html`<div class="card history" role="note" data-testid="kiosk-history-notice">
            <strong>${msg('This device keeps a record of each session')}</strong>
            <p>${msg('It keeps which stretch you did, how long you held it and when, here on this device for the clinic. It keeps no pictures and no names.')}</p>
          </div>`
        : nothing}
      <p class="stop" data-testid="kiosk-stop">${msg('Stop at once if you feel sharp pain, pain that spreads down your leg, or numbness or tingling.')}</p>
      <button class="primary" data-testid="kiosk-start-button" @click=${() => this.dispatchEvent(new ClinicActionEvent('kiosk-start'))}>${msg('Start')}</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-kiosk-start': KioskStart;
  }
}
