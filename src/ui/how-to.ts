import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { StretchId } from '../core/stretches/types';
import { sharedStyles } from './shared-styles';
import { stepFigure } from './step-figures';
import { instructions, stepsFor, stopAdvice, stopRules } from './words/instruction-words';
import { stretchName } from './words/stretch-words';

const howToStyles = css`
  :host { display: block; }
  ol.steps { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.6rem; counter-reset: step; }
  ol.steps li { display: grid; grid-template-columns: 4.5rem 1fr; gap: 0.75rem; align-items: center; counter-increment: step; }
  ol.steps li p { margin: 0; }
  ol.steps li p::before { content: counter(step) '. '; font-weight: 700; color: #7fd3ff; }
  .figure { width: 4.5rem; height: 4.5rem; background: #0f1a21; border-radius: 10px; }
  h3 { font-size: 1em; margin: 0.9rem 0 0.3rem; }
  ul { margin: 0; padding-left: 1.2rem; }
  .stop h3 { color: #ffd166; }
  .leg { font-weight: 700; margin: 0 0 0.6rem; }
  /* In the dialog on a wide landscape screen: the steps beside what to feel and when to stop, so the
     whole of it (and the Close button) fits a 768 px high screen without scrolling. */
  .wide { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1.75rem; align-items: start; }
  .wide > div > h3:first-child { margin-top: 0; }
  /* Where the panel is wide (portrait screens, large landscape ones): the steps read left to right, with bigger pictures. */
  @media (orientation: portrait) and (min-width: 700px), (min-width: 1600px) {
    ol.steps { grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 1rem; }
    ol.steps li { grid-template-columns: 1fr; justify-items: center; align-content: start; text-align: center; }
    .figure { width: 7.5rem; height: 7.5rem; }
  }
`;

/**
 * How to do one stretch: numbered steps with a picture each, what to feel, what to avoid and when
 * to stop. Shown on the set-up screen and in the "How to do it" dialog.
 */
@localized()
@customElement('fh-how-to')
export class HowTo extends LitElement {
  static override styles = [sharedStyles, howToStyles];

  /** The stretch to explain. */
  @property() stretch: StretchId = 'standing-toe-touch';
  /** The variation being done ("feet-crossed"), if any. */
  @property() variation = '';
  /** "Your right leg first, then your left leg.", or empty for a two-leg stretch. */
  @property() firstLeg = '';
  /** Lay the steps and the advice side by side (the dialog on a wide landscape screen). */
  @property({ type: Boolean }) wide = false;
  /** Leave out the steps (they are shown elsewhere, e.g. on a narrow set-up card). */
  @property({ type: Boolean, attribute: 'safety-only' }) safetyOnly = false;

  override render() {
    const ins = instructions(this.stretch);
    const wide = this.wide && !this.safetyOnly;
    return html`<div class=${wide ? 'wide' : ''}>
      <div>
      ${this.firstLeg ? html`<p class="leg" data-testid="first-leg">${this.firstLeg}</p>` : nothing}
      ${this.safetyOnly
        ? nothing
        : html`<ol class="steps" data-testid="steps">
            ${stepsFor(this.stretch, this.variation || undefined).map((text, i) => html`<li>${stepFigure(this.stretch, i)}<p>${text}</p></li>`)}
          </ol>`}
      </div>
      <div>
      <h3>${msg('What you should feel')}</h3>
      <p data-testid="feel">${ins.feel}</p>
      <h3>${msg('Avoid')}</h3>
      <ul data-testid="avoid">${ins.avoid.map((a) => html`<li>${a}</li>`)}</ul>
      <div class="stop">
        <h3>${msg('Stop if you feel')}</h3>
        <ul data-testid="stop-rules">${stopRules().map((r) => html`<li>${r}</li>`)}</ul>
        <p class="muted">${stopAdvice()}</p>
      </div>
      </div>
    </div>`;
  }
}

/** The dialog's heading: "How to do it: Seated chair stretch". */
const howToHeading = (name: string): string => msg(str`How to do it: ${name}`);

/**
 * The "How to do it" button and the dialog it opens, for reading the instructions again during a
 * stretch. The count goes on while it is open: the person pauses first if they want to.
 */
@localized()
@customElement('fh-how-to-button')
export class HowToButton extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: contents; }
      .open { flex: 1 1 auto; padding-inline: 0.7em; }
      dialog { background: #17232c; color: #f2f5f7; border: 2px solid #5b7585; border-radius: 16px; padding: 1.25rem 1.5rem; max-width: min(40rem, 92vw); max-height: 88vh; font-size: 1.1em; }
      dialog::backdrop { background: rgba(0, 0, 0, 0.6); }
      h2 { margin: 0 0 0.75rem; font-size: 1.35em; }
      .close { margin-top: 1rem; width: 100%; }
      @media (orientation: portrait) and (min-width: 700px) { dialog { max-width: 92vw; font-size: 1.5em; } }
      @media (orientation: landscape) and (min-width: 1100px) { dialog { max-width: min(66rem, 94vw); } }
    `,
  ];

  /** The stretch to explain. */
  @property() stretch: StretchId = 'standing-toe-touch';
  /** Which leg first, if one-sided. */
  @property() firstLeg = '';
  /** The variation being done, if any. */
  @property() variation = '';

  @query('dialog') private dialog!: HTMLDialogElement;
  @state() private wide = false;

  private open(): void {
    this.wide = matchMedia('(orientation: landscape) and (min-width: 1100px)').matches;
    this.dialog.showModal();
    // Opened with the focus on Close: still show the dialog from its heading, when it has to scroll.
    this.dialog.scrollTop = 0;
  }

  override render() {
    return html`<button class="open" data-testid="how-to" @click=${() => this.open()}>${msg('How to do it')}</button>
      <dialog data-testid="how-to-dialog" aria-labelledby="how-to-heading">
        <h2 id="how-to-heading">${howToHeading(stretchName(this.stretch, this.variation || null))}</h2>
        <fh-how-to .stretch=${this.stretch} .variation=${this.variation} .firstLeg=${this.firstLeg} ?wide=${this.wide}></fh-how-to>
        <button class="primary close" data-testid="how-to-close" @click=${() => this.dialog.close()}>${msg('Close')}</button>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-how-to': HowTo;
    'fh-how-to-button': HowToButton;
  }
}
