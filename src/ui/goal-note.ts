import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { goalAfter, type ReachGoal } from '../core/history/progression';
import type { HoldState } from '../core/hold/hold-reducer';
import { STRETCHES } from '../core/stretches/catalog';
import { sharedStyles } from './shared-styles';

/**
 * The goal carried over from earlier days, shown before the stretch starts and while it runs:
 * the doorway stretch's leg-raise target, the seated toe touch's reach goal (and when it is raised).
 */
@localized()
@customElement('fh-goal-note')
export class GoalNote extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: block; }
      p { margin: 0; background: #15302a; border-left: 4px solid #3ddc84; border-radius: 10px; padding: 0.6rem 0.9rem; font-size: 1.1em; }
      strong { color: #3ddc84; }
    `,
  ];

  /** The current stretch's hold (its stretch, target and records so far). */
  @property({ attribute: false }) hold: HoldState | undefined;
  /** The seated toe touch's reach goal when the session began. */
  @property({ attribute: false }) reachGoal: ReachGoal | undefined;
  /** Whether coaching has begun (else: the setup screen, before the stretch starts). */
  @property({ type: Boolean }) coaching = false;

  override render() {
    const h = this.hold;
    if (!h) return nothing;
    const prog = h.stretch.progression;
    if (prog && h.legRaiseTarget !== null) {
      const carried = prog.startDeg > STRETCHES[h.stretch.id].progression!.startDeg;
      const words = this.coaching
        ? msg(html`Target now: raise the leg to <strong>${h.legRaiseTarget}°</strong>, working toward ${prog.maxDeg}°.`)
        : carried
          ? msg(html`Today’s target: raise the leg to <strong>${prog.startDeg}°</strong>, where you reached last time. Each good hold moves it closer to ${prog.maxDeg}°.`)
          : msg(html`Today’s target: raise the leg to <strong>${prog.startDeg}°</strong>. Each good hold moves it closer to ${prog.maxDeg}°.`);
      return html`<p data-testid="goal" role="status">${words}</p>`;
    }
    if (h.stretch.id === 'seated-toe-touch' && this.reachGoal) {
      const now = goalAfter(h.records.both.bestReach, this.reachGoal);
      const raised = now !== this.reachGoal;
      return html`<p data-testid="goal" role="status">${raised
        ? msg(html`Goal reached: <strong>${this.reachGoal.words}</strong>. New goal: reach for <strong>${now.words}</strong>, gently.`)
        : msg(html`Reach goal: your hands toward <strong>${now.words}</strong>. Do not force it.`)}</p>`;
    }
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-goal-note': GoalNote;
  }
}
