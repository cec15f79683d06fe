import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { StepSummary } from '../core/session/summary';
import type { StretchId } from '../core/stretches/types';
import { SessionCommandEvent } from './events';
import { sharedStyles } from './shared-styles';

import { bestKeyAngleWords, keyTargetWords, medianKeyAngleWords, sideLabel, stretchName } from './words/stretch-words';
import { comparisonWords, reachWords, workOnWords } from './words/summary-words';

/** "+4°, +2°": what each push of the partner stretch gained. */
const gainsWords = (gains: readonly number[]): string => {
  const list = gains.map((g) => `${g > 0 ? '+' : ''}${g}°`).join(', ');
  return msg(str`Gain after each push: ${list}`);
};

const notStartedWords = (names: string): string => msg(str`Not done today: ${names}.`);

/**
 * How the session went: per stretch and side, time in form, best and median key angle, reach,
 * the left/right difference in words and what to work on.
 * @fires fh-command - restart (choose again)
 */
@localized()
@customElement('fh-summary')
export class SummaryScreen extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: block; padding: 1rem 1.5rem 2rem; max-width: 70rem; margin: 0 auto; }
      h2 { font-size: 1.6em; margin: 0.25rem 0 1rem; }
      h3 { margin: 0 0 0.5rem; font-size: 1.25em; }
      .steps { display: grid; gap: 1rem; }
      table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; margin-bottom: 0.5rem; }
      th, td { text-align: left; padding: 0.35rem 0.75rem 0.35rem 0; border-bottom: 1px solid #2c3f4b; }
      thead th { color: #b6c6d0; font-weight: 400; }
      .compare { font-weight: 700; color: #7fd3ff; margin: 0.5rem 0 0.25rem; }
      .workon { margin: 0.25rem 0 0; }
      .actions { margin-top: 1.5rem; }
      .actions button { font-size: 1.15em; padding: 0.7em 1.4em; }
      @media (orientation: portrait) and (min-width: 700px) { :host { font-size: 1.35em; } }
    `,
  ];

  /** One entry per stretch done (or started) in the session. */
  @property({ attribute: false }) steps: readonly StepSummary[] = [];
  /** The button that leaves the summary ("Finish" on a kiosk, "Back to my prescription"). */
  @property() restartLabel = '';
  /** Stretches of the plan never reached (a routine ended early). */
  @property({ attribute: false }) notStarted: readonly { readonly id: StretchId; readonly variation: string | null }[] = [];

  override render() {
    return html`
      <h2 id="summary-heading" tabindex="-1">${msg('How it went')}</h2>
      <div class="steps" data-testid="summary">
        ${this.steps.map(
          (s, i) => html`<section class="card" data-testid=${`summary-${s.stretchId}`} aria-labelledby=${`sum-${i}`}>
            <h3 id=${`sum-${i}`}>${stretchName(s.stretchId, s.variation)}</h3>
            <table>
              <thead><tr><th scope="col">${msg('Side')}</th><th scope="col">${msg('Time in good form')}</th><th scope="col">${msg('Reps')}</th><th scope="col">${bestKeyAngleWords(s.stretchId)}</th><th scope="col">${medianKeyAngleWords(s.stretchId)}</th>${s.showReach ? html`<th scope="col">${msg('Closest reach')}</th>` : nothing}</tr></thead>
              <tbody>
                ${s.sides.map(
                  (x) => html`<tr data-testid=${`summary-side-${x.side}`}>
                    <th scope="row">${sideLabel(x.side)}</th>
                    <td>${x.timeInFormS} s</td>
                    <td>${x.repsDone}</td>
                    <td>${x.bestKeyAngle === null ? '—' : `${x.bestKeyAngle}°`}</td>
                    <td>${x.medianKeyAngle === null ? '—' : `${x.medianKeyAngle}°`}</td>
                    ${s.showReach ? html`<td>${x.bestReach === null ? '—' : reachWords(x.bestReach)}</td>` : nothing}
                  </tr>`,
                )}
              </tbody>
            </table>
            ${s.keyTarget ? html`<p class="target" data-testid="key-target">${keyTargetWords(s.stretchId, s.keyTarget.deg, s.keyTarget.atLeast)}</p>` : nothing}
            ${s.comparison ? html`<p class="compare" data-testid="comparison">${comparisonWords(s.comparison)}</p>` : nothing}
            ${s.sides.some((x) => x.pnfGains.length) ? html`<p>${gainsWords(s.sides.flatMap((x) => x.pnfGains))}</p>` : nothing}
            <p class="workon">${workOnWords(s.workOn)}</p>
          </section>`,
        )}
      </div>
      ${this.notStarted.length ? html`<p class="card" data-testid="not-started">${notStartedWords(this.notStarted.map((n) => stretchName(n.id, n.variation)).join(', '))}</p>` : nothing}
      <p class="muted">${msg('Angles are measured from a 2D camera picture and are approximate (a few degrees at best, more off side-on).')}</p>
      <div class="actions"><button class="primary" data-testid="restart" @click=${() => this.dispatchEvent(new SessionCommandEvent('restart'))}>${this.restartLabel || msg('Choose another stretch')}</button></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-summary': SummaryScreen;
  }
}
