import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { keyAngleHint, outcomeWords, reportPeriodWords } from './words/history-words';
import { dailySeries, localDay } from '../core/history/progress';
import type { SideMeasurement, StretchRecord } from '../core/history/record';
import { STRETCHES } from '../core/stretches/catalog';
import { STRETCH_IDS, type StretchId } from '../core/stretches/types';
import type { HistoryController } from './controllers/history-controller';
import { formatLocale } from '../app/locale';
import './history-chart';
import { keyAngleLabel, stretchBaseName } from './words/stretch-words';

export class ReportClosedEvent extends Event {
  static readonly type = 'fh-report-closed';
  constructor() {
    super(ReportClosedEvent.type, { bubbles: true, composed: true });
  }
}

/** A day in the language on screen: "22 Nov 2026", "22 nov 2026". */
const fmtDate = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(formatLocale(), { day: 'numeric', month: 'short', year: 'numeric' });
/** "22 Nov 2026, 08:15" in local time, 24-hour. */
const when = (iso: string, tz: number) => {
  const local = new Date(Date.parse(iso) - tz * 60_000);
  const date = fmtDate(localDay(iso, tz));
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  return msg(str`${date}, ${time}`);
};

/**
 * A report for the physiotherapist, made to be printed (the browser's "Save as PDF" makes the
 * file): per stretch and side, the dates, time in good form, best and median angles, the left/right
 * difference and the chart, with the person's name if they entered one. Drawn dark on white on
 * screen too, so what is seen is what prints.
 * @fires fh-report-closed - back to the progress screen
 */
@localized()
@customElement('fh-physio-report')
export class PhysioReport extends LitElement {
  static override styles = css`
    :host { display: block; background: #fff; color: #111; padding: 1.5rem 2rem 2rem; max-width: 60rem; margin: 1rem auto; border-radius: 6px; font-size: 15px; }
    h2 { margin: 0 0 0.2rem; font-size: 1.6em; }
    h3 { margin: 1.5rem 0 0.4rem; font-size: 1.2em; border-bottom: 2px solid #333; padding-bottom: 0.2rem; }
    .meta { margin: 0 0 0.75rem; color: #333; }
    table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; margin-top: 0.5rem; }
    th, td { text-align: left; padding: 0.25rem 0.6rem 0.25rem 0; border-bottom: 1px solid #bbb; white-space: nowrap; }
    table { font-size: 0.95em; }
    /* Headings may wrap (longer in Spanish); the figures below them stay on one line. */
    thead th { font-weight: 600; white-space: normal; vertical-align: bottom; }
    .controls { display: flex; gap: 0.75rem; align-items: end; flex-wrap: wrap; margin-bottom: 1rem; padding-bottom: 1rem; border-bottom: 1px dashed #999; }
    label { display: flex; flex-direction: column; gap: 0.25rem; font-weight: 600; }
    input { font: inherit; padding: 0.5em 0.7em; border: 2px solid #555; border-radius: 8px; min-width: 16rem; }
    button { font: inherit; border-radius: 10px; padding: 0.6em 1.1em; border: 2px solid #333; background: #f2f2f2; color: #111; cursor: pointer; min-height: 3rem; }
    button.primary { background: #1b5e20; color: #fff; border-color: #1b5e20; font-weight: 700; }
    button:focus-visible, input:focus-visible { outline: 3px solid #b26a00; outline-offset: 3px; }
    section { break-inside: avoid; }
    .note { color: #444; font-size: 0.9em; margin-top: 1.5rem; }
    @media print {
      :host { margin: 0; padding: 0; max-width: none; border-radius: 0; font-size: 11pt; }
      .controls { display: none; }
      table { font-size: 9.5pt; }
      th, td { padding-right: 0.4rem; }
    }
  `;

  @property({ attribute: false }) history!: HistoryController;
  @property({ attribute: false }) records: readonly StretchRecord[] = [];

  private renderStretch(id: StretchId, tz: number) {
    const st = STRETCHES[id];
    const mine = this.records.filter((r) => r.stretchId === id).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    const points = dailySeries(this.records, id, tz);
    const sided = st.workingLeg !== undefined;
    const label = keyAngleLabel(id);
    const holds = [...new Set(mine.map((r) => r.holdS))].map((h) => `${h} s`).join(', ');
    return html`<section data-testid=${`report-${id}`}>
      <h3>${stretchBaseName(id)}</h3>
      <p class="meta">${keyAngleHint(id)}</p>
      <fh-history-chart print .points=${points} .sided=${sided} .label=${label}></fh-history-chart>
      <table>
        <thead>
          ${sided
            ? html`<tr><th scope="col">${msg('Date')}</th><th scope="col">${msg('Outcome')}</th><th scope="col">${msg('Good form R / L')}</th><th scope="col">${msg('Reps R / L')}</th><th scope="col">${msg(str`Best ${label} R / L`)}</th><th scope="col">${msg('Median R / L')}</th><th scope="col">${msg('Left − right')}</th></tr>`
            : html`<tr><th scope="col">${msg('Date')}</th><th scope="col">${msg('Outcome')}</th><th scope="col">${msg('Good form')}</th><th scope="col">${msg('Reps')}</th><th scope="col">${msg(str`Best ${label}`)}</th><th scope="col">${msg('Median')}</th></tr>`}
        </thead>
        <tbody>
          ${mine.map((r) => {
            const pick = (side: 'right' | 'left' | 'both') => r.sides.find((s) => s.side === side);
            const cells = (f: (s: SideMeasurement) => string) => (sided ? [pick('right'), pick('left')].map((s) => (s ? f(s) : '—')).join(' / ') : r.sides.map(f).join(' / '));
            const l = pick('left')?.medianKeyAngleDeg;
            const rt = pick('right')?.medianKeyAngleDeg;
            const diff = typeof l === 'number' && typeof rt === 'number' ? `${l - rt > 0 ? '+' : ''}${l - rt}°` : '—';
            return html`<tr>
              <td>${when(r.startedAt, tz)}</td>
              <td>${outcomeWords(r.outcome)}</td>
              <td>${cells((s) => `${Math.round(s.timeInFormS)} s`)}</td>
              <td>${cells((s) => `${s.repsDone}/${s.repsPlanned}`)}</td>
              <td>${cells((s) => (s.bestKeyAngleDeg === null ? '—' : `${s.bestKeyAngleDeg}°`))}</td>
              <td>${cells((s) => (s.medianKeyAngleDeg === null ? '—' : `${s.medianKeyAngleDeg}°`))}</td>
              ${sided ? html`<td>${diff}</td>` : nothing}
            </tr>`;
          })}
        </tbody>
      </table>
      <p class="meta">${msg(str`Planned hold: ${holds} per rep.`)}</p>
    </section>`;
  }

  /** "1 Nov 2026 to 22 Nov 2026 · 40 stretch sessions on 22 days" ("22 Nov 2026 · 1 stretch session on 1 day"). */
  private period(days: readonly string[]): string {
    if (!days.length) return msg('No sessions yet.');
    const from = fmtDate(days[0]!);
    const to = fmtDate(days.at(-1)!);
    return reportPeriodWords(from, to, this.records.length, new Set(days).size);
  }

  override render() {
    const now = this.history.now();
    const tz = new Date(now).getTimezoneOffset();
    const days = this.records.map((r) => localDay(r.startedAt, tz)).sort();
    const name = this.history.name;
    const made = new Date(now).toLocaleDateString(formatLocale());
    return html`
      <div class="controls">
        <label>${msg('Your name on the report (optional)')}
          <input data-testid="report-name" .value=${name} maxlength="200" autocomplete="name" @change=${(e: Event) => void this.history.setName((e.target as HTMLInputElement).value.trim()).then(() => this.requestUpdate())} /></label>
        <button class="primary" data-testid="print-report" @click=${() => window.print()}>${msg('Print or save as PDF')}</button>
        <button data-testid="report-back" @click=${() => this.dispatchEvent(new ReportClosedEvent())}>${msg('Back')}</button>
      </div>
      <h2 id="report-heading" tabindex="-1">${name ? msg(html`Hamstring stretching report: <span data-testid="report-person">${name}</span>`) : msg('Hamstring stretching report')}</h2>
      <p class="meta">${this.period(days)} · ${msg(str`made ${made}`)}</p>
      ${STRETCH_IDS.filter((id) => this.records.some((r) => r.stretchId === id)).map((id) => this.renderStretch(id, tz))}
      <p class="note">${msg('Measured by FormHold from a 2D camera picture: angles are approximate (about 4-7 degrees in a good side view, more otherwise). Time in good form counts only while every form rule held. Left − right is the difference of the median angles.')}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-physio-report': PhysioReport;
  }
  interface HTMLElementEventMap {
    'fh-report-closed': ReportClosedEvent;
  }
}
