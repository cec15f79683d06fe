import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import QRCode from 'qrcode';
import { checkPrescription, prescriptionFileText, prescriptionLink, type PrescriptionResult } from '../core/prescription/prescription-codec';
import { PRESCRIPTION_BOUNDS, PRESCRIPTION_VERSION, type PrescriptionInput, type SideChoice } from '../core/prescription/prescription-schema';
import { DOSE_BOUNDS } from '../core/schema/dose-bounds';
import { STRETCHES } from '../core/stretches/catalog';
import { STRETCH_IDS, type StretchId } from '../core/stretches/types';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../app/locale';
import { ClinicActionEvent } from './clinic-events';
import { sharedStyles } from './shared-styles';
import { stretchBaseName } from './words/stretch-words';
import { prescriptionIssueWords } from './words/prescription-words';

/** One row of the form, as typed (text), so a bad value is shown back with its problem rather than lost. */
interface Row {
  readonly stretch: StretchId;
  readonly side: SideChoice;
  readonly holdS: string;
  readonly reps: string;
  readonly restS: string;
  readonly strictnessDeg: string;
}

const rowFor = (stretch: StretchId): Row => {
  const s = STRETCHES[stretch];
  return { stretch, side: 'both', holdS: String(s.holdMs / 1000), reps: String(s.reps), restS: String(s.restMs / 1000), strictnessDeg: '0' };
};

/** Text from a number field: a number when it reads as one, the text itself otherwise (so the schema names it). */
const numberOrText = (text: string): number | string | undefined => (text.trim() === '' ? undefined : Number.isFinite(Number(text)) ? Number(text) : text);

/** Read when rendering (not at import), so the words follow the language on screen. */
const sideWords = (side: SideChoice): string => ({ both: msg('Each leg'), left: msg('Left leg only'), right: msg('Right leg only') })[side];

/**
 * The clinician's screen: build a prescription (stretches in order, side, hold, reps, rest,
 * strictness, kiosk), then hand it over as a link, a QR code to scan, or a small JSON file.
 * @fires fh-clinic - close-clinician
 */
@localized()
@customElement('fh-clinician')
export class ClinicianScreen extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: block; padding: 1rem 1.5rem 2rem; max-width: 84rem; margin: 0 auto; }
      .top { display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
      h2 { font-size: 1.6em; margin: 0.25rem 0; }
      .top button { margin-left: auto; }
      .layout { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; gap: 1.25rem; align-items: start; margin-top: 0.75rem; }
      @media (max-width: 1100px) { .layout { grid-template-columns: 1fr; } }
      ol { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
      li.card { display: flex; flex-wrap: wrap; gap: 0.6rem 0.9rem; align-items: end; }
      .num { font-size: 1.4em; font-weight: 700; align-self: center; min-width: 1.6rem; }
      label { display: flex; flex-direction: column; gap: 0.25rem; font-size: 0.9em; color: #b6c6d0; }
      input[type='number'] { font: inherit; width: 5.5em; padding: 0.5em; border-radius: 10px; border: 2px solid #5b7585; background: #0f1a22; color: #f2f5f7; }
      .moves { display: flex; gap: 0.4rem; align-self: end; margin-left: auto; }
      .moves button { padding: 0.45em 0.7em; }
      .options { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: end; margin-top: 1rem; }
      label.inline { flex-direction: row; align-items: center; color: #f2f5f7; font-size: 1em; }
      input[type='checkbox'] { width: 1.3em; height: 1.3em; }
      aside { display: flex; flex-direction: column; gap: 0.8rem; }
      canvas { background: #fff; border-radius: 8px; width: 100%; max-width: 20rem; height: auto; aspect-ratio: 1; display: block; }
      textarea { font: 0.85em/1.3 ui-monospace, monospace; width: 100%; box-sizing: border-box; min-height: 5.5em; resize: vertical; background: #0f1a22; color: #cfe3ee; border: 1px solid #2c3f4b; border-radius: 8px; padding: 0.4rem; }
      .actions { display: flex; gap: 0.6rem; flex-wrap: wrap; }
      .problems { background: #3a2a12; border-left: 4px solid #ffd166; padding: 0.6rem 0.9rem; border-radius: 6px; }
      .problems ul { margin: 0.3rem 0 0; padding-left: 1.2em; }
      a { color: #7fd3ff; }
      .hint { font-size: 0.85em; margin: 0; }
      .device-history { margin-top: 0.8rem; display: flex; flex-direction: column; gap: 0.3rem; max-width: 44rem; }
    `,
  ];

  @state() private rows: Row[] = [{ ...rowFor('lying-hamstring'), side: 'left', holdS: '45', reps: '3', restS: '15' }];
  @state() private kiosk = false;
  @state() private idleS = '';
  @state() private deviceHistory = false;
  /** The language the prescription opens in ('' = the device's own). */
  @state() private language: Language | '' = '';
  @state() private copied = '';
  @query('canvas') private canvas!: HTMLCanvasElement | null;

  private input(): PrescriptionInput {
    const idle = numberOrText(this.idleS);
    return {
      formhold: 'prescription',
      version: PRESCRIPTION_VERSION,
      steps: this.rows.map((r) => {
        const step: Record<string, unknown> = { stretch: r.stretch, side: r.side };
        for (const key of ['holdS', 'reps', 'restS', 'strictnessDeg'] as const) {
          const value = numberOrText(r[key]);
          if (value !== undefined && !(key === 'strictnessDeg' && value === 0)) step[key] = value;
        }
        return step;
      }),
      ...(this.kiosk ? { kiosk: true } : {}),
      ...(this.kiosk && idle !== undefined ? { idleS: idle } : {}),
      ...(this.kiosk && this.deviceHistory ? { deviceHistory: true } : {}),
      ...(this.language ? { language: this.language } : {}),
    } as PrescriptionInput;
  }

  private get result(): PrescriptionResult {
    return checkPrescription(this.input());
  }

  private get link(): string | undefined {
    return this.result.ok ? prescriptionLink(`${location.origin}${location.pathname}`, this.input()) : undefined;
  }

  private setRow(i: number, patch: Partial<Row>): void {
    this.rows = this.rows.map((r, j) => (j === i ? { ...r, ...patch } : r));
    this.copied = '';
  }

  private move(i: number, by: -1 | 1): void {
    const rows = [...this.rows];
    const [row] = rows.splice(i, 1);
    rows.splice(i + by, 0, row!);
    this.rows = rows;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const link = this.link;
    if (link && this.canvas) {
      // Drawn here from the library's own encoder: no network, no image from elsewhere (the CSP allows none).
      void QRCode.toCanvas(this.canvas, link, { errorCorrectionLevel: 'M', margin: 4, width: 320, color: { dark: '#000000', light: '#ffffff' } }).catch((e: unknown) => console.error('FormHold: the QR code could not be drawn.', e));
    }
  }

  private async copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copied = msg('Link copied.');
    } catch {
      this.renderRoot.querySelector('textarea')?.select();
      this.copied = msg('Press Ctrl+C (or Cmd+C) to copy the selected link.');
    }
  }

  private download(): void {
    const url = URL.createObjectURL(new Blob([prescriptionFileText(this.input())], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'formhold-prescription.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private renderRow(r: Row, i: number) {
    const s = STRETCHES[r.stretch];
    const n = this.rows.length;
    const { holdS, reps, restS } = DOSE_BOUNDS;
    const sd = PRESCRIPTION_BOUNDS.strictnessDeg;
    return html`<li class="card" data-testid=${`rx-row-${i}`}>
      <span class="num" aria-hidden="true">${i + 1}.</span>
      <label>${msg(str`Stretch ${i + 1}`)}
        <select data-testid="rx-stretch" @change=${(e: Event) => {
          const id = (e.target as HTMLSelectElement).value as StretchId;
          this.setRow(i, { ...rowFor(id), side: STRETCHES[id].workingLeg ? r.side : 'both' });
        }}>
          ${STRETCH_IDS.map((id) => html`<option value=${id} ?selected=${id === r.stretch}>${stretchBaseName(id)}</option>`)}
        </select></label>
      <label>${msg('Side')}
        <select data-testid="rx-side" ?disabled=${!s.workingLeg} @change=${(e: Event) => this.setRow(i, { side: (e.target as HTMLSelectElement).value as SideChoice })}>
          ${s.workingLeg
            ? (['both', 'left', 'right'] as const).map((side) => html`<option value=${side} ?selected=${side === r.side}>${sideWords(side)}</option>`)
            : html`<option value="both" selected>${msg('Both legs at once')}</option>`}
        </select></label>
      <label>${msg('Hold (s)')}
        <input type="number" data-testid="rx-hold" min=${holdS.min} max=${holdS.max} step="1" .value=${r.holdS} @input=${(e: Event) => this.setRow(i, { holdS: (e.target as HTMLInputElement).value })} /></label>
      <label>${msg('Reps')}
        <input type="number" data-testid="rx-reps" min=${reps.min} max=${reps.max} step="1" .value=${r.reps} @input=${(e: Event) => this.setRow(i, { reps: (e.target as HTMLInputElement).value })} /></label>
      <label>${msg('Rest (s)')}
        <input type="number" data-testid="rx-rest" min=${restS.min} max=${restS.max} step="1" .value=${r.restS} @input=${(e: Event) => this.setRow(i, { restS: (e.target as HTMLInputElement).value })} /></label>
      <label>${msg('Strictness (°)')}
        <input type="number" data-testid="rx-strictness" min=${sd.min} max=${sd.max} step="1" title=${msg('Positive: stricter angles; negative: more leeway')} .value=${r.strictnessDeg} @input=${(e: Event) => this.setRow(i, { strictnessDeg: (e.target as HTMLInputElement).value })} /></label>
      <span class="moves">
        <button aria-label=${msg(str`Move stretch ${i + 1} up`)} ?disabled=${i === 0} @click=${() => this.move(i, -1)}>↑</button>
        <button aria-label=${msg(str`Move stretch ${i + 1} down`)} ?disabled=${i === n - 1} @click=${() => this.move(i, 1)}>↓</button>
        <button aria-label=${msg(str`Remove stretch ${i + 1}`)} ?disabled=${n === 1} @click=${() => (this.rows = this.rows.filter((_, j) => j !== i))}>${msg('Remove')}</button>
      </span>
    </li>`;
  }

  override render() {
    const result = this.result;
    const link = this.link;
    const { steps, idleS } = PRESCRIPTION_BOUNDS;
    const maxShift = PRESCRIPTION_BOUNDS.strictnessDeg.max;
    return html`
      <div class="top">
        <h2 id="clinician-heading">${msg('Make a prescription')}</h2>
        <button data-testid="close-clinician" @click=${() => this.dispatchEvent(new ClinicActionEvent('close-clinician'))}>${msg('Back to the stretches')}</button>
      </div>
      <p class="muted hint">${msg(str`Choose the stretches in order, with side, hold, reps and rest. Strictness shifts every angle target by up to ${maxShift}° (positive: stricter). Nothing is sent anywhere: the prescription is in the link, the QR code and the file.`)}</p>
      <div class="layout">
        <section aria-labelledby="clinician-heading">
          <ol data-testid="rx-rows">${this.rows.map((r, i) => this.renderRow(r, i))}</ol>
          <div class="options">
            <button data-testid="rx-add" ?disabled=${this.rows.length >= steps.max} @click=${() => (this.rows = [...this.rows, rowFor('standing-toe-touch')])}>${msg('Add a stretch')}</button>
            <label>${msg('Language on screen')}
              <select data-testid="rx-language" @change=${(e: Event) => (this.language = (e.target as HTMLSelectElement).value as Language | '')}>
                <option value="" ?selected=${this.language === ''}>${msg("The device's own")}</option>
                ${LANGUAGES.map((lang) => html`<option value=${lang} lang=${lang} ?selected=${this.language === lang}>${LANGUAGE_NAMES[lang]}</option>`)}
              </select></label>
            <label class="inline"><input type="checkbox" data-testid="rx-kiosk" .checked=${this.kiosk} @change=${(e: Event) => (this.kiosk = (e.target as HTMLInputElement).checked)} /> ${msg('For a clinic kiosk (starts over for each patient)')}</label>
            ${this.kiosk
              ? html`<label>${msg('Reset after nobody is seen for (s)')}
                  <input type="number" data-testid="rx-idle" min=${idleS.min} max=${idleS.max} placeholder="60" .value=${this.idleS} @input=${(e: Event) => (this.idleS = (e.target as HTMLInputElement).value)} /></label>`
              : nothing}
          </div>
          ${this.kiosk
            ? html`<div class="device-history">
                <label class="inline"><input type="checkbox" data-testid="rx-device-history" aria-describedby="device-history-hint" .checked=${this.deviceHistory} @change=${(e: Event) => (this.deviceHistory = (e.target as HTMLInputElement).checked)} /> ${msg('Keep a record of sessions on this kiosk')}</label>
                <p class="hint muted" id="device-history-hint">${this.deviceHistory
                  ? msg('On: for each session the kiosk keeps the stretch, the time held in good form and the date, on this device only (no pictures, no names). Its start screen tells every patient. To see or export the record, open FormHold on the kiosk without the kiosk link and choose Progress.')
                  : msg('Off: the kiosk keeps nothing after each patient.')}</p>
              </div>`
            : nothing}
        </section>
        <aside class="card" aria-label=${msg('The prescription to hand over')}>
          ${result.ok && link
            ? html`<canvas data-testid="rx-qr" role="img" aria-label=${msg('QR code of the prescription link')} width="320" height="320"></canvas>
                <p class="hint muted">${msg("Scan with the patient's phone or tablet camera to open it.")}</p>
                <label>${msg('Link')}
                  <textarea readonly data-testid="rx-link" .value=${link}></textarea></label>
                <div class="actions">
                  <button class="primary" data-testid="rx-copy" @click=${() => void this.copy(link)}>${msg('Copy link')}</button>
                  <button data-testid="rx-download" @click=${() => this.download()}>${msg('Save as a file')}</button>
                  <a href=${link} data-testid="rx-open">${msg('Try it here')}</a>
                </div>
                <p class="hint" role="status">${this.copied}</p>`
            : html`<div class="problems" role="alert" data-testid="rx-problems">
                <strong>${msg('Not ready yet:')}</strong>
                <ul>${result.ok ? nothing : result.issues.map((issue) => html`<li>${prescriptionIssueWords(issue)}</li>`)}</ul>
              </div>`}
        </aside>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-clinician': ClinicianScreen;
  }
}
