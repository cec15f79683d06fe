import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { StepSummary } from '../core/session/summary';
import { SessionCommandEvent } from './events';
import { sharedStyles } from './shared-styles';

/** Hands-to-feet distance as a share of leg length, in words a person can use. */
const reachWords = (r: number) => (r <= 0.08 ? 'hands at the feet' : `${Math.round(r * 100)}% of leg length short`);

const sideName = (s: string) => (s === 'both' ? 'Both legs' : s === 'left' ? 'Left leg' : 'Right leg');

/**
 * How the session went: per stretch and side, time in form, best and median key angle, reach,
 * the left/right difference in words and what to work on.
 * @fires fh-command - restart (choose again)
 */
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
  @property() restartLabel = 'Choose another stretch';
  /** Stretches of the plan never reached (a routine ended early). */
  @property({ attribute: false }) notStarted: readonly string[] = [];

  override render() {
    return html`
      <h2 id="summary-heading" tabindex="-1">How it went</h2>
      <div class="steps" data-testid="summary">
        ${this.steps.map(
          (s, i) => html`<section class="card" data-testid=${`summary-${s.stretchId}`} aria-labelledby=${`sum-${i}`}>
            <h3 id=${`sum-${i}`}>${s.name}</h3>
            <table>
              <thead><tr><th scope="col">Side</th><th scope="col">Time in good form</th><th scope="col">Reps</th><th scope="col">Best ${s.keyLabel}</th><th scope="col">Median ${s.keyLabel}</th>${s.showReach ? html`<th scope="col">Closest reach</th>` : nothing}</tr></thead>
              <tbody>
                ${s.sides.map(
                  (x) => html`<tr data-testid=${`summary-side-${x.side}`}>
                    <th scope="row">${sideName(x.side)}</th>
                    <td>${x.timeInFormS} s</td>
                    <td>${x.repsDone}</td>
                    <td>${x.bestKeyAngle === null ? '—' : `${x.bestKeyAngle}°`}</td>
                    <td>${x.medianKeyAngle === null ? '—' : `${x.medianKeyAngle}°`}</td>
                    ${s.showReach ? html`<td>${x.bestReach === null ? '—' : reachWords(x.bestReach)}</td>` : nothing}
                  </tr>`,
                )}
              </tbody>
            </table>
            ${s.keyTarget ? html`<p class="target" data-testid="key-target">Target ${s.keyLabel}: ${s.keyTarget}.</p>` : nothing}
            ${s.comparison ? html`<p class="compare" data-testid="comparison">${s.comparison.charAt(0).toUpperCase()}${s.comparison.slice(1)}.</p>` : nothing}
            ${s.sides.some((x) => x.pnfGains.length) ? html`<p>Gain after each push: ${s.sides.flatMap((x) => x.pnfGains).map((g) => `${g > 0 ? '+' : ''}${g}°`).join(', ')}</p>` : nothing}
            <p class="workon">${s.workOn}</p>
          </section>`,
        )}
      </div>
      ${this.notStarted.length ? html`<p class="card" data-testid="not-started">Not done today: ${this.notStarted.join(', ')}.</p>` : nothing}
      <p class="muted">Angles are measured from a 2D camera picture and are approximate (a few degrees at best, more off side-on).</p>
      <div class="actions"><button class="primary" data-testid="restart" @click=${() => this.dispatchEvent(new SessionCommandEvent('restart'))}>${this.restartLabel}</button></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-summary': SummaryScreen;
  }
}
