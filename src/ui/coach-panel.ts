import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { asksToTurn, type Cue } from '../core/analysis/cues';
import type { FrameReport } from '../core/analysis/form-analyzer';
import { currentSide, phaseTargetMs, type HoldState } from '../core/hold/hold-reducer';
import { holdTone, readoutLines } from '../core/session/hold-words';
import { SessionCommandEvent } from './events';
import './hold-meter';
import './how-to';
import { sharedStyles } from './shared-styles';
import { cueWords } from './words/cue-words';
import { holdStatusWord, pausedWords, readoutText, restWords } from './words/hold-words';
import { countStoppedWords } from './words/session-words';
import { stretchName } from './words/stretch-words';

/** "Right leg, rep 1 of 2" (one-leg stretches) or "Both legs, rep 1 of 2". */
function repWords(side: 'left' | 'right' | null, rep: number, of: number): string {
  if (side === 'left') return msg(str`Left leg, rep ${rep} of ${of}`);
  if (side === 'right') return msg(str`Right leg, rep ${rep} of ${of}`);
  return msg(str`Both legs, rep ${rep} of ${of}`);
}

const nextRepWords = (rep: number, of: number): string => msg(str`Next: rep ${rep} of ${of}`);
const targetWords = (deg: number): string => msg(str`Target leg raise: ${deg}°`);
const meterLabel = (name: string): string => msg(str`${name}, hold time in good form`);

/**
 * The coaching panel beside the picture: what to do now, the hold ring, reps and sides, the key
 * angles, and the session controls.
 * @fires fh-command - pause, resume, skip or end
 */
@localized()
@customElement('fh-coach-panel')
export class CoachPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: flex; flex-direction: column; gap: 0.9rem; }
      h2 { margin: 0; font-size: 1.35em; }
      .progress { margin: 0.2rem 0 0; font-size: 1.1em; }
      /* The cue grows with the ring: read from 2-3 m, it is the one thing to do now. */
      .cue { font-size: max(1.45em, calc(var(--fh-ring, 11rem) * 0.12)); font-weight: 700; margin: 0; min-height: 2.6em; line-height: 1.25; }
      .cue.ok { color: #3ddc84; } .cue.fix { color: #ff9b9b; } .cue.setup { color: #ffd166; }
      /* Resting or paused: nothing to fix, so a calm colour, never the red of a form cue. */
      .cue.rest { color: #7fd3ff; } .cue.paused { color: #fff; }
      .ring { display: flex; justify-content: center; --fh-ring-size: var(--fh-ring, 11rem); }
      .rest { text-align: center; font-size: 1.25em; }
      .verdict { font-size: 1.2em; font-weight: 600; margin: 0.5rem 0; }
      .rest strong { font-size: 2.4em; display: block; font-variant-numeric: tabular-nums; }
      .rest .rest-word { display: block; font-size: 1.4em; font-weight: 700; color: #7fd3ff; }
      .rest span { display: block; }
      .rest button { margin-top: 0.8rem; }
      .angles { list-style: none; margin: 0; padding: 0; font-size: 1.1em; font-variant-numeric: tabular-nums; }
      .angles li { padding: 0.15rem 0; }
      .angles .pass { color: #3ddc84; } .angles .fail { color: #ff9b9b; } .angles .unknown { color: #ffd166; }
      .controls { display: flex; gap: 0.5rem; flex-wrap: wrap; }
      /* Narrow side padding: the four controls keep to one row in the longer Spanish words too. */
      .controls button { flex: 1 1 auto; padding-inline: 0.7em; }
      /* Portrait screens give the panel the full width: the cue sits beside the ring, as large as it can be read. */
      @media (orientation: portrait) and (min-width: 700px) {
        .now { display: grid; grid-template-columns: 1fr auto; gap: 1.5rem; align-items: center; }
        .now .cue { grid-column: 1; grid-row: 1; font-size: calc(var(--fh-ring, 11rem) * 0.15); }
        /* div.rest is the rest card; the cue also carries the class "rest" while resting. */
        .now > .ring, .now > div.rest { grid-column: 2; grid-row: 1; }
        .angles { font-size: 1.35em; }
        .controls button, .controls fh-how-to-button { font-size: 1.2em; }
        .controls button { padding: 0.7em 1em; }
      }
    `,
  ];

  /** The hold state of the current stretch. */
  @property({ attribute: false }) hold!: HoldState;
  /** The latest frame report, if any. */
  @property({ attribute: false }) report: FrameReport | undefined;
  /** The cue to show (already debounced). */
  @property({ attribute: false }) cue: Cue | undefined;
  /** "Stretch 2 of 3" in a routine; empty for a single stretch. */
  @property() stepLabel = '';
  /** The source is a photo: show the form verdict instead of a hold that cannot run. */
  @property({ type: Boolean }) still = false;
  /** Another model is reading the photo: the verdict may yet change, so none is given meanwhile. */
  @property({ type: Boolean }) checking = false;

  private command(c: 'pause' | 'resume' | 'skip' | 'end') {
    this.dispatchEvent(new SessionCommandEvent(c));
  }

  private renderRest() {
    const h = this.hold;
    const left = Math.max(0, Math.ceil(((h.restUntilMs ?? 0) - (h.lastFrameMs ?? 0)) / 1000));
    const side = currentSide(h);
    const switching = h.rep === 1 && h.sideIndex > 0;
    return html`<div class="rest card" data-testid="rest">
      <span class="rest-word" data-testid="hold-state">${holdStatusWord('resting')}</span>
      <strong>${left} s</strong>
      ${switching ? html`<span data-testid="switch-prompt">${side === 'left' ? msg('Switch sides: next, your left leg') : msg('Switch sides: next, your right leg')}</span>` : html`<span>${nextRepWords(h.rep, h.stretch.reps)}</span>`}
      <button @click=${() => this.command('skip')}>${msg('Skip rest')}</button>
    </div>`;
  }

  override render() {
    const h = this.hold;
    const st = h.stretch;
    const side = currentSide(h);
    const name = stretchName(st.id, st.variation?.id);
    // A photo gives one frame and no stream to debounce: its own cue is the one to show.
    const cue = this.still ? this.report?.cue : this.cue;
    // Resting or paused by the person: no form to judge, so no form cue and no angle to fix.
    const resting = h.status === 'resting' && !this.still;
    const quiet = resting || h.status === 'user-paused';
    // A photo another model is still reading: neither its first cue, its verdict nor its angles may stand.
    const checking = this.still && this.checking;
    // Asked to turn, the rules are unjudged for the view, not unseen: no row says "can't see it".
    const rows = quiet || checking || asksToTurn(cue?.code) ? [] : readoutLines(this.report?.rules ?? [], st, h.legRaiseTarget);
    // Frames stopped or come too rarely: say so, rather than keep the last frame's "Good form".
    const stopped = h.status === 'stalled' ? countStoppedWords(h.stall ?? 'no-frames') : h.status === 'too-slow' ? countStoppedWords('too-slow') : undefined;
    const switchingTo = h.rep === 1 && h.sideIndex > 0 ? side : null;
    const cueText = checking ? msg('One moment…') : h.status === 'user-paused' ? pausedWords() : resting ? restWords(switchingTo, st.workingLegNear === true) : (stopped ?? (cue ? cueWords(cue.code) : msg('Get into position')));
    const cueKind = checking ? 'setup' : h.status === 'user-paused' ? 'paused' : resting ? 'rest' : stopped ? 'setup' : (cue?.kind ?? 'setup');
    return html`
      <section class="card" aria-labelledby="stretch-name">
        <h2 id="stretch-name">${name}</h2>
        <p class="progress" data-testid="progress">
          ${this.stepLabel ? html`${this.stepLabel} · ` : nothing}${repWords(side, h.rep, st.reps)}
        </p>
        ${h.phase ? html`<p class="progress" data-testid="phase">${h.phase === 'push' ? msg('Push: press the leg gently against your partner, without lowering it') : msg('Relaxed hold: let your partner hold the leg')}</p>` : nothing}
        ${h.legRaiseTarget !== null ? html`<p class="progress muted" data-testid="target">${targetWords(h.legRaiseTarget)}</p>` : nothing}
      </section>
      <section class="card now">
        <p class="cue ${cueKind}" data-testid="cue" data-status=${h.status} aria-live="polite">${cueText}</p>
        ${this.still
          ? html`<p class="verdict" data-testid="verdict">${checking ? msg('Checking the verdict with a second look…') : this.report?.inForm === true ? msg('This photo shows good form for this stretch.') : this.report?.inForm === false ? msg('This photo does not show good form yet.') : msg('This photo cannot be judged.')}</p>
              <p class="muted">${msg('A photo holds no time: use the camera or a video to count a hold.')}</p>`
          : h.status === 'resting'
          ? this.renderRest()
          : html`<div class="ring"><fh-hold-meter .countedMs=${h.countedMs} .targetMs=${phaseTargetMs(h)} .word=${holdStatusWord(h.status)} .tone=${holdTone(h.status)} .label=${meterLabel(name)}></fh-hold-meter></div>`}
      </section>
      ${rows.length
        ? html`<section class="card" aria-label=${msg('Angles')}>
            <ul class="angles" data-testid="angles">
              ${rows.map((r) => html`<li class=${r.state} data-testid="angle-row" data-rule=${r.id}>${readoutText(r.fact)}</li>`)}
            </ul>
          </section>`
        : nothing}
      <div class="controls">
        ${h.status === 'user-paused'
          ? html`<button class="primary" data-testid="resume" @click=${() => this.command('resume')}>${msg('Resume')}</button>`
          : this.still
          ? nothing /* a photo holds no time: nothing to pause */
          : html`<button data-testid="pause" @click=${() => this.command('pause')}>${msg('Pause')}</button>`}
        <button data-testid="skip" @click=${() => this.command('skip')}>${msg('Skip')}</button>
        <fh-how-to-button .stretch=${st.id} .variation=${st.variation?.id ?? ''}></fh-how-to-button>
        <button data-testid="end" @click=${() => this.command('end')}>${msg('End')}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-coach-panel': CoachPanel;
  }
}
