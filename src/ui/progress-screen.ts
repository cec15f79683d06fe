import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyAngleHint, lastResultWords, outcomeWords, sideWords, whenWords } from './words/history-words';
import { dailySeries, eveningNudgeDue, lastByStretch, newestFirst, streakDays, today, EVENING_FROM_HOUR } from '../core/history/progress';
import type { StretchRecord } from '../core/history/record';
import { STRETCHES } from '../core/stretches/catalog';
import { STRETCH_IDS } from '../core/stretches/types';
import type { HistoryController } from './controllers/history-controller';
import './history-chart';
import './physio-report';
import { formatLocale } from '../app/locale';
import { sharedStyles } from './shared-styles';
import { keyAngleLabel, stretchBaseName } from './words/stretch-words';

/** Saves text as a file through a download link (nothing leaves the device). */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** One line of a stretch's recent sessions: "Today, 08:15: completed; right leg 30 s in good form, left leg 28 s in good form". */
function recentWords(r: StretchRecord, now: number, tz: number): string {
  const sides = new Intl.ListFormat(formatLocale(), { type: 'unit', style: 'short' }).format(
    r.sides.map((s) => {
      const side = sideWords(s.side);
      const seconds = Math.round(s.timeInFormS);
      return msg(str`${side} ${seconds} s in good form`);
    }),
  );
  const when = whenWords(r.startedAt, now, tz);
  const outcome = outcomeWords(r.outcome);
  return msg(str`${when}: ${outcome}; ${sides}`);
}

export class ProgressClosedEvent extends Event {
  static readonly type = 'fh-progress-closed';
  constructor() {
    super(ProgressClosedEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Practice over days: today's morning and evening against the twice-a-day goal, the streak, a chart
 * per stretch of the key angle per side over days, the data controls (Export, Import, Delete all my
 * data) and the report for the physiotherapist.
 * @fires fh-progress-closed - back to the stretches
 */
@localized()
@customElement('fh-progress')
export class ProgressScreen extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host { display: block; padding: 1rem 1.5rem 2rem; max-width: 76rem; margin: 0 auto; }
      .top { display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
      .top h2 { font-size: 1.6em; margin: 0.25rem auto 0.25rem 0; }
      .grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 32rem), 1fr)); margin-top: 1rem; }
      .today { display: flex; gap: 1rem; flex-wrap: wrap; align-items: stretch; margin-top: 1rem; }
      .today .card { flex: 1 1 14rem; }
      .big { font-size: 1.5em; font-weight: 700; margin: 0.2rem 0; }
      .done { color: #3ddc84; } .todo { color: #ffd166; }
      h3 { margin: 0 0 0.4rem; font-size: 1.25em; }
      .last { margin: 0 0 0.5rem; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin-top: 0.5rem; }
      .actions button, .file { min-height: 3rem; }
      .file { box-sizing: border-box; display: inline-flex; align-items: center; border-radius: 10px; padding: 0.55em 1em; border: 2px solid #5b7585; background: #22323d; cursor: pointer; }
      .file:focus-within { outline: 3px solid #ffd166; outline-offset: 3px; }
      .file input { position: absolute; opacity: 0; width: 1px; height: 1px; }
      .message { margin: 0.75rem 0 0; padding: 0.5rem 0.75rem; border-radius: 8px; }
      .message.ok { background: #15302a; border-left: 4px solid #3ddc84; }
      .message.bad { background: #3a2a12; border-left: 4px solid #ffd166; }
      .danger { border-color: #ff8a80; }
      .confirm { background: #3a1f1f; border-radius: 10px; padding: 0.75rem 1rem; margin-top: 0.75rem; }
      .nudge { background: #1f3347; border-left: 4px solid #7fd3ff; padding: 0.6rem 0.9rem; border-radius: 8px; margin: 1rem 0 0; font-size: 1.1em; }
      section.data { margin-top: 1rem; }
      label { display: flex; gap: 0.5rem; align-items: center; }
      input[type='checkbox'] { width: 1.3em; height: 1.3em; }
      ul.recent { margin: 0.5rem 0 0; padding-left: 1.2rem; }
    `,
  ];

  /** The history's owner, for its actions (export, import, delete, name, reminders). */
  @property({ attribute: false }) history!: HistoryController;
  /** The records to show (a new array on every change, so the screen updates). */
  @property({ attribute: false }) records: readonly StretchRecord[] = [];

  @state() private message: { ok: boolean; text: string } | undefined;
  @state() private confirming = false;
  @state() private showReport = false;

  private tz(): number {
    return new Date(this.history.now()).getTimezoneOffset();
  }

  private exportAll(): void {
    const day = new Date(this.history.now()).toISOString().slice(0, 10);
    download(`formhold-backup-${day}.json`, 'application/json', `${JSON.stringify(this.history.backup(), null, 1)}\n`);
    download(`formhold-sessions-${day}.csv`, 'text/csv', this.history.csv());
    const backup = `formhold-backup-${day}.json`;
    const table = `formhold-sessions-${day}.csv`;
    this.message = { ok: true, text: msg(str`Saved your backup (${backup}) and a table of your sessions (${table}) to your downloads.`) };
  }

  private async importFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 50 * 2 ** 20) {
      this.message = { ok: false, text: msg('This file is far too large to be a FormHold backup. Nothing was changed.') };
      return;
    }
    const result = await this.history.importText(await file.text());
    this.message = { ok: result.ok, text: result.message };
  }

  private async deleteAll(): Promise<void> {
    this.confirming = false;
    try {
      await this.history.deleteAll();
      this.message = { ok: true, text: msg('All your FormHold data on this device has been deleted.') };
    } catch {
      this.message = { ok: false, text: msg('The browser did not let FormHold delete your data. Try again, or clear this site’s data in the browser’s settings.') };
    }
  }

  private async setReminders(on: boolean): Promise<void> {
    await this.history.setReminders(on);
    this.requestUpdate(); // the controller's state is not a property of this screen
    // A system notification only where the browser allows it and the person agrees.
    if (on && 'Notification' in globalThis && Notification.permission === 'default') await Notification.requestPermission().catch(() => 'denied');
  }

  private renderToday(now: number) {
    const t = today(this.records, now, this.tz());
    const streak = streakDays(this.records, now, this.tz());
    const nudge = eveningNudgeDue(this.records, this.history.reminders, now, this.tz());
    const eveningFrom = new Date(2000, 0, 1, EVENING_FROM_HOUR).toLocaleTimeString(formatLocale(), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    return html`<div class="today">
        <section class="card" data-testid="today" aria-labelledby="today-h">
          <h3 id="today-h">${msg('Today')}</h3>
          <p class="big ${t.done === 2 ? 'done' : 'todo'}">${msg(str`${t.done} of 2 sessions`)}</p>
          <p>${msg('Morning:')} <strong class=${t.morning ? 'done' : 'todo'} data-testid="today-morning">${t.morning ? msg('done') : msg('not yet')}</strong> ·
            ${msg(str`Evening (from ${eveningFrom}):`)} <strong class=${t.evening ? 'done' : 'todo'} data-testid="today-evening">${t.evening ? msg('done') : msg('not yet')}</strong></p>
        </section>
        <section class="card" aria-labelledby="streak-h">
          <h3 id="streak-h">${msg('Days in a row')}</h3>
          <p class="big" data-testid="streak">${streak === 1 ? msg(str`${streak} day`) : msg(str`${streak} days`)}</p>
          <p class="muted">${msg('Stretch at least twice a day, for weeks: that is what loosens the hamstrings.')}</p>
        </section>
      </div>
      ${nudge ? html`<p class="nudge" role="status" data-testid="nudge">${msg('Your evening stretch is still to do. A few minutes now keeps your streak going.')}</p>` : nothing}`;
  }

  private renderStretch(id: (typeof STRETCH_IDS)[number], last: StretchRecord, now: number) {
    const st = STRETCHES[id];
    const points = dailySeries(this.records, id, this.tz());
    const recent = newestFirst(this.records.filter((r) => r.stretchId === id)).slice(0, 3);
    return html`<section class="card" data-testid=${`progress-${id}`} aria-labelledby=${`p-${id}`}>
      <h3 id=${`p-${id}`}>${stretchBaseName(id)}</h3>
      <p class="last" data-testid="last-result">${lastResultWords(last, now, this.tz())}</p>
      <p class="last muted">${keyAngleHint(id)}</p>
      <fh-history-chart .points=${points} .sided=${st.workingLeg !== undefined} .label=${keyAngleLabel(id)}></fh-history-chart>
      <ul class="recent muted">
        ${recent.map((r) => html`<li>${recentWords(r, now, this.tz())}</li>`)}
      </ul>
    </section>`;
  }

  override render() {
    if (this.showReport) {
      return html`<fh-physio-report .history=${this.history} .records=${this.records} @fh-report-closed=${() => (this.showReport = false)}></fh-physio-report>`;
    }
    const now = this.history.now();
    const last = lastByStretch(this.records);
    const h = this.history;
    return html`
      <div class="top">
        <h2 id="progress-heading" tabindex="-1">${msg('Your progress')}</h2>
        <button data-testid="open-report" @click=${() => (this.showReport = true)} ?disabled=${!this.records.length}>${msg('Report for my physio')}</button>
        <button class="primary" data-testid="progress-back" @click=${() => this.dispatchEvent(new ProgressClosedEvent())}>${msg('Back to the stretches')}</button>
      </div>
      ${h.status === 'off' ? html`<p class="message bad" data-testid="history-off">${msg('Nothing is kept on this shared screen: progress is saved only on your own device.')}</p>` : nothing}
      ${h.trouble ? html`<p class="message bad" role="status" data-testid="storage-trouble">${h.trouble}</p>` : nothing}
      ${this.renderToday(now)}
      <div class="grid" data-testid="progress-stretches">
        ${STRETCH_IDS.filter((id) => last.has(id)).map((id) => this.renderStretch(id, last.get(id)!, now))}
      </div>
      ${this.records.length ? nothing : html`<p class="card" data-testid="no-history">${msg('No stretches saved yet. Each one you do shows here, with a chart of how far the leg goes, day by day.')}</p>`}
      <section class="card data" aria-labelledby="data-h">
        <h3 id="data-h">${msg('Your data')}</h3>
        <p class="muted">${msg('Everything stays on this device. A backup lets you move it to another browser or keep it safe.')}</p>
        <div class="actions">
          <button data-testid="export" @click=${this.exportAll} ?disabled=${!this.records.length}>${msg('Export')}</button>
          <label class="file" data-testid="import-label">${msg('Import')}<input type="file" accept=".json,application/json" data-testid="import" @change=${(e: Event) => void this.importFile(e)} ?disabled=${h.status !== 'ready'} /></label>
          <button class="danger" data-testid="delete-all" @click=${() => (this.confirming = true)}>${msg('Delete all my data')}</button>
          <label><input type="checkbox" data-testid="reminders" .checked=${h.reminders} ?disabled=${h.status !== 'ready'} @change=${(e: Event) => void this.setReminders((e.target as HTMLInputElement).checked)} /> ${msg('Remind me when the evening stretch is not done')}</label>
        </div>
        ${this.confirming
          ? html`<div class="confirm" role="alertdialog" aria-labelledby="confirm-q" data-testid="confirm-delete">
              <p id="confirm-q"><strong>${msg('Delete every saved session, your name and your reminders from this device?')}</strong> ${msg('This cannot be undone. Export first if you want a copy.')}</p>
              <div class="actions">
                <button class="danger" data-testid="confirm-delete-yes" @click=${() => void this.deleteAll()}>${msg('Yes, delete everything')}</button>
                <button data-testid="confirm-delete-no" @click=${() => (this.confirming = false)}>${msg('No, keep it')}</button>
              </div>
            </div>`
          : nothing}
        ${this.message ? html`<p class="message ${this.message.ok ? 'ok' : 'bad'}" role="status" data-testid="data-message">${this.message.text}</p>` : nothing}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fh-progress': ProgressScreen;
  }
  interface HTMLElementEventMap {
    'fh-progress-closed': ProgressClosedEvent;
  }
}
