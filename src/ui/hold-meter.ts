import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { HoldTone } from '../core/session/hold-words';

/** "12 of 30 seconds held in good form. Hold it": what a screen reader says of the ring. */
const valueWords = (secs: number, target: number, word: string): string => msg(str`${secs} of ${target} seconds held in good form. ${word}`);

/**
 * The hold ring: advances only while the form is right. An ARIA progressbar whose value is the
 * seconds counted in form, so screen readers and tests read the same truth the ring shows.
 */
@localized()
@customElement('fh-hold-meter')
export class HoldMeter extends LitElement {
  static override styles = css`
    :host { display: inline-flex; flex-direction: column; align-items: center; }
    .wrap { position: relative; width: var(--fh-ring-size, 180px); aspect-ratio: 1; }
    svg { width: 100%; height: 100%; transform: rotate(-90deg); }
    circle { fill: none; stroke-width: 12; }
    .track { stroke: #33414a; }
    /*
     * No transition on the arc: an SVG stroke animates on the main thread, and a 120 ms one after
     * every analysed frame kept the page rendering 60 times a second while a hold counted. It cost
     * 12 ms of main thread per analysed frame on two CPU cores (npm run bench, 33 -> 20 ms) and the
     * app 0.07 of the detector's rate. A step per frame is a few degrees of a 20 s ring.
     */
    .value { stroke-linecap: round; }
    .counting .value { stroke: #3ddc84; }
    .waiting .value, .paused .value, .problem .value { stroke: #ffd166; }
    .done .value, .rest .value { stroke: #7fd3ff; }
    .centre { position: absolute; inset: 0; display: grid; place-content: center; text-align: center; color: #fff; }
    .secs { font-size: calc(var(--fh-ring-size, 180px) * 0.28); font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1; }
    /* Under the ring, not inside it: "Waiting for good form" must be readable from 2-3 m. */
    .state { font-size: calc(var(--fh-ring-size, 180px) * 0.12); font-weight: 700; text-align: center; margin-top: 0.3em; max-width: calc(var(--fh-ring-size, 180px) * 1.6); line-height: 1.2; }
    .state.counting { color: #3ddc84; } .state.waiting, .state.problem { color: #ffd166; } .state.paused { color: #fff; } .state.done, .state.rest { color: #7fd3ff; }
  `;

  /** Milliseconds counted in form. */
  @property({ type: Number }) countedMs = 0;
  /** The hold target in milliseconds. */
  @property({ type: Number }) targetMs = 20_000;
  /** What is happening, in a few plain words, shown under the ring ("Hold it", "Waiting for good form"). */
  @property() word = '';
  /** The colour family of the ring and the word. */
  @property() tone: HoldTone = 'waiting';
  /** Accessible name. */
  @property() label = '';

  override render() {
    const secs = Math.floor(this.countedMs / 1000);
    const target = Math.round(this.targetMs / 1000);
    const frac = Math.min(1, this.countedMs / this.targetMs);
    const r = 52;
    const c = 2 * Math.PI * r;
    return html`<div
      class="wrap ${this.tone}"
      role="progressbar"
      data-testid="hold-meter"
      aria-label=${this.label || msg('Hold time in good form')}
      aria-valuemin="0"
      aria-valuemax=${target}
      aria-valuenow=${secs}
      aria-valuetext=${valueWords(secs, target, this.word)}
    >
      ${svg`<svg viewBox="0 0 120 120" aria-hidden="true">
        <circle class="track" cx="60" cy="60" r=${r}></circle>
        <circle class="value" cx="60" cy="60" r=${r} stroke-dasharray=${c} stroke-dashoffset=${c * (1 - frac)}></circle>
      </svg>`}
      <div class="centre" aria-hidden="true">
        <div class="secs">${secs}<small>/${target}</small></div>
      </div>
    </div>
    <div class="state ${this.tone}" data-testid="hold-state" aria-hidden="true">${this.word}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-hold-meter': HoldMeter;
  }
}
