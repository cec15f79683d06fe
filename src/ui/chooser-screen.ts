import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { lastResultWords } from './words/history-words';
import { eveningNudgeDue, lastByStretch } from '../core/history/progress';
import type { StretchRecord } from '../core/history/record';
import type { Settings } from '../core/settings/settings';
import { DAILY_ROUTINE } from '../core/session/plan';
import { STRETCHES } from '../core/stretches/catalog';
import type { StretchId } from '../core/stretches/types';
import { ProgressOpenEvent, SettingsChangeEvent, StretchChosenEvent } from './events';
import { stretchFigure } from './figures';
import { sharedStyles } from './shared-styles';
import { stretchBaseName, variationLabel } from './words/stretch-words';

/** What each stretch works, read at render time so it follows the language on screen. */
const targets = (): Record<StretchId, string> => ({
  'seated-toe-touch': msg('Both hamstrings and the lower back'),
  'standing-toe-touch': msg('Both hamstrings'),
  'supine-leg-extension': msg('One hamstring, gently, lying down'),
  'partner-pnf': msg('One hamstring, with a partner'),
  'elevated-leg': msg('One hamstring and the calf'),
  'lying-hamstring': msg('One hamstring, lying down'),
  'seated-chair': msg('One hamstring, sitting on a chair'),
  'doorway-wall': msg('One hamstring, progressively, lying in a doorway'),
});

/** "A, then B, then C" as whole sentences per language (the order of words is the translator's). */
export const thenList = (items: readonly string[]): string => items.slice(1).reduce((all, next) => msg(str`${all}, then ${next}`), items[0] ?? '');

/** "Hold 30 s · 2 reps per leg": one whole phrase per case, so each language words it its own way. */
function doseWords(holdMs: number, reps: number, perLeg: boolean): string {
  const s = Math.round(holdMs / 1000);
  if (reps === 1) return perLeg ? msg(str`Hold ${s} s · ${reps} rep per leg`) : msg(str`Hold ${s} s · ${reps} rep`);
  return perLeg ? msg(str`Hold ${s} s · ${reps} reps per leg`) : msg(str`Hold ${s} s · ${reps} reps`);
}

/**
 * Pick a stretch or the daily routine, and the settings that shape a session.
 * @fires fh-stretch - a stretch or the routine was chosen
 * @fires fh-settings - a setting changed
 * @fires fh-progress-open - the Progress screen was asked for
 */
@localized()
@customElement('fh-chooser')
export class ChooserScreen extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: block; padding: 1rem 1.5rem 2rem; }
      h2 { font-size: 1.6em; margin: 0.25rem 0 0.25rem; }
      .lead { margin: 0 0 1rem; }
      ul { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; }
      li button { width: 100%; height: 100%; text-align: left; display: grid; grid-template-columns: 5rem 1fr; gap: 0.75rem; align-items: center; padding: 0.9rem; background: #17232c; border-color: #2c3f4b; }
      li button:hover { border-color: #7fd3ff; }
      li.routine button { border-color: #3ddc84; background: #15302a; }
      .figure { width: 5rem; height: 5rem; }
      .name { font-weight: 700; font-size: 1.1em; display: block; }
      .what, .dose { display: block; color: #b6c6d0; font-size: 0.92em; margin-top: 0.2em; }
      fieldset { border: 1px solid #2c3f4b; border-radius: 14px; margin: 1.5rem 0 0; padding: 0.75rem 1rem 1rem; display: flex; flex-wrap: wrap; gap: 1rem 2rem; }
      legend { padding: 0 0.4rem; font-weight: 700; }
      label { display: flex; gap: 0.5rem; align-items: center; }
      input[type='checkbox'] { width: 1.3em; height: 1.3em; }
      .nudge { background: #1f3347; border-left: 4px solid #7fd3ff; padding: 0.6rem 0.9rem; border-radius: 8px; margin: 0 0 1rem; font-size: 1.15em; }
      .head { display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
      .head h2 { margin-right: auto; }
      .progress-button { min-height: 3rem; padding: 0.55em 1.4em; font-weight: 700; border-color: #7fd3ff; }
      .last { display: block; color: #cfe3ee; font-size: 0.88em; margin-top: 0.35em; border-top: 1px solid #2c3f4b; padding-top: 0.3em; }
      /* Room for a long word ("straightening", "isquiotibiales") on one line; hyphenated where the browser can. */
      .name { overflow-wrap: anywhere; hyphens: auto; }
      /* A portrait screen (kiosk on its side): two big columns that use the height, not a strip at the top. */
      @media (orientation: portrait) and (min-width: 700px) {
        :host { font-size: 1.25em; }
        ul { grid-template-columns: repeat(2, 1fr); gap: 1.25rem; }
        li button { grid-template-columns: 9rem 1fr; padding: 1.4rem 1.2rem; }
        .figure { width: 9rem; height: 9rem; }
      }
    `,
  ];

  /** Current settings. */
  @property({ attribute: false }) settings!: Settings;
  /** Saved practice, for each card's last result (empty when nothing is kept, as in kiosk mode). */
  @property({ attribute: false }) records: readonly StretchRecord[] = [];
  /** Whether the Progress control is offered (not on a shared kiosk). */
  @property({ type: Boolean }) progress = false;
  /** Whether the person asked to be reminded of the evening stretch. */
  @property({ type: Boolean }) reminders = false;
  /** The wall clock now (ms), for "today" and "yesterday". */
  @property({ type: Number }) now = 0;

  private set<K extends keyof Settings>(key: K, value: Settings[K]): void {
    this.dispatchEvent(new SettingsChangeEvent({ ...this.settings, [key]: value }));
  }

  override render() {
    const s = this.settings;
    const hold = (id: StretchId) => (s.hold === '30s' ? 30_000 : STRETCHES[id].holdMs);
    const last = lastByStretch(this.records);
    const tz = new Date(this.now).getTimezoneOffset();
    const routineMinutes = Math.round(DAILY_ROUTINE.reduce((n, id) => n + hold(id) * (STRETCHES[id].workingLeg ? 2 : 1) * (STRETCHES[id].variations?.length ?? 1) * (s.reps ?? STRETCHES[id].reps), 0) / 60_000);
    const what = targets();
    return html`
      <div class="head">
        <h2 id="choose-heading">${msg('Choose a stretch')}</h2>
        ${this.progress ? html`<button class="progress-button" data-testid="open-progress" @click=${() => this.dispatchEvent(new ProgressOpenEvent())}>${msg('Progress')}</button>` : ''}
      </div>
      <p class="lead muted">${msg('Stretch your hamstrings at least twice a day. FormHold counts your hold only while your form is right.')}</p>
      ${eveningNudgeDue(this.records, this.reminders, this.now, tz) ? html`<p class="nudge" role="status" data-testid="nudge">${msg('Your evening stretch is still to do. A few minutes now keeps your streak going.')}</p>` : ''}
      <ul aria-labelledby="choose-heading" data-testid="stretch-list">
        <li class="routine">
          <button data-testid="choose-routine" @click=${() => this.dispatchEvent(new StretchChosenEvent('routine'))}>
            ${stretchFigure('standing-toe-touch')}
            <span><span class="name">${msg('Daily hamstring routine')}</span>
              <span class="what">${thenList(DAILY_ROUTINE.map((id) => stretchBaseName(id)))}</span>
              <span class="dose">${msg(str`About ${routineMinutes} minutes of holds`)}</span></span>
          </button>
        </li>
        ${Object.values(STRETCHES).map(
          (st) => html`<li>
            <button data-testid=${`choose-${st.id}`} @click=${() => this.dispatchEvent(new StretchChosenEvent(st.id))}>
              ${stretchFigure(st.id)}
              <span><span class="name">${stretchBaseName(st.id)}</span>
                <span class="what">${what[st.id]}</span>
                <span class="dose">${st.variations
                  ? msg(str`${doseWords(hold(st.id), s.reps ?? st.reps, !!st.workingLeg)}, ${thenList(st.variations.map((v) => variationLabel(v.id)))}`)
                  : doseWords(hold(st.id), s.reps ?? st.reps, !!st.workingLeg)}</span>
                ${last.has(st.id) ? html`<span class="last" data-testid="card-last">${lastResultWords(last.get(st.id)!, this.now, tz)}</span>` : ''}</span>
            </button>
          </li>`,
        )}
      </ul>
      <fieldset>
        <legend>${msg('Settings')}</legend>
        <label>${msg('Hold time')}
          <select data-testid="setting-hold" @change=${(e: Event) => this.set('hold', (e.target as HTMLSelectElement).value as Settings['hold'])}>
            <option value="article" ?selected=${s.hold === 'article'}>${msg('As the exercise says (20-30 s)')}</option>
            <option value="30s" ?selected=${s.hold === '30s'}>${msg('30 seconds')}</option>
          </select></label>
        <label>${msg('Reps')}
          <select data-testid="setting-reps" @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            this.set('reps', v === '' ? undefined : Number(v));
          }}>
            <option value="" ?selected=${s.reps === undefined}>${msg('As the exercise says')}</option>
            ${[1, 2, 3, 4].map((n) => html`<option value=${n} ?selected=${s.reps === n}>${n}</option>`)}
          </select></label>
        <label>${msg('How strict the form check is')}
          <select data-testid="setting-strictness" @change=${(e: Event) => this.set('strictness', (e.target as HTMLSelectElement).value as Settings['strictness'])}>
            <option value="gentle" ?selected=${s.strictness === 'gentle'}>${msg('Gentle: easier to count, for stiff or sore days')}</option>
            <option value="standard" ?selected=${s.strictness === 'standard'}>${msg('Standard: as the exercise describes')}</option>
            <option value="strict" ?selected=${s.strictness === 'strict'}>${msg('Strict: closer to the ideal position')}</option>
          </select></label>
        <label><input type="checkbox" .checked=${s.voice} @change=${(e: Event) => this.set('voice', (e.target as HTMLInputElement).checked)} /> ${msg('Speak cues aloud')}</label>
        <label><input type="checkbox" .checked=${s.chime} @change=${(e: Event) => this.set('chime', (e.target as HTMLInputElement).checked)} /> ${msg('Chime when a hold is done')}</label>
        <label><input type="checkbox" data-testid="setting-large-text" .checked=${s.largeText} @change=${(e: Event) => this.set('largeText', (e.target as HTMLInputElement).checked)} /> ${msg('Large text')}</label>
      </fieldset>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-chooser': ChooserScreen;
  }
}
