/**
 * The practice history for the UI: owns the store (src/app/history-store.ts), folds each session
 * transition into records (src/core/history/record-builder.ts) and writes them in order, one at a
 * time, the latest version of each record winning. Nothing is stored when it is off (kiosk mode).
 * A kiosk whose clinic turned on the per-device history writes records but never reads them back:
 * they are many people's, so none of them sets the next person's targets, and after each person
 * the controller forgets what it holds in memory (`forgetPerson`).
 * Storage trouble is kept as one sentence for the person; the session never waits for storage.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { HistoryStorageError, HistoryStore, troubleWords, type StorageTrouble } from '../../app/history-store';
import { backupRefusalWords } from '../words/problem-words';
import { makeBackup, readBackup, type Backup } from '../../core/history/backup-schema';
import { recordsCsv } from '../../core/history/csv';
import { eveningNudgeDue, localDay } from '../../core/history/progress';
import { reachGoal, withProgression, type ReachGoal } from '../../core/history/progression';
import type { StretchRecord } from '../../core/history/record';
import { foldSession, newBuilder, type BuilderState } from '../../core/history/record-builder';
import type { SessionPlan } from '../../core/session/plan';
import type { SessionState } from '../../core/session/session-reducer';

const REMINDER_CHECK_MS = 5 * 60_000;

export type HistoryStatus = 'off' | 'opening' | 'ready' | 'trouble';

export interface HistoryOptions {
  /** False in kiosk mode: nothing is read or written. */
  readonly enabled: boolean;
  /**
   * The records are the device's, of patient after patient (a kiosk with a device history): written
   * only, never read back, no progression, no reminders, no name.
   */
  readonly device?: boolean;
  /** The wall clock (dates of records, "today"). */
  readonly now?: () => number;
}

export class HistoryController implements ReactiveController {
  status: HistoryStatus;
  /** Every stored record, oldest first, including those written in this visit. */
  records: StretchRecord[] = [];
  /** What went wrong with storage, if anything; its sentence is read in the language on screen. */
  private troubleKind: StorageTrouble | undefined;
  /** One sentence about storage trouble, for the person; undefined when all is well. */
  get trouble(): string | undefined {
    return this.troubleKind && troubleWords(this.troubleKind);
  }
  /** The person's name for the physio report. */
  name = '';
  reminders = false;
  /** The seated toe touch's reach goal as the current session began (earlier days only). */
  sessionReachGoal: ReachGoal = reachGoal([]);
  readonly now: () => number;

  private store: HistoryStore | undefined;
  private opening: Promise<void> | undefined;
  private builder: BuilderState | undefined;
  private plan: SessionPlan | null = null;
  private readonly pending = new Map<string, StretchRecord>();
  private writing: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: HistoryOptions,
  ) {
    this.status = options.enabled ? 'opening' : 'off';
    this.now = options.now ?? (() => Date.now());
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.options.enabled) return;
    if (!this.opening) this.opening = this.open();
    if (this.options.device) return;
    // The evening reminder, while the app is open: checked every few minutes, shown once a day.
    this.reminderTimer = window.setInterval(() => this.remind(), REMINDER_CHECK_MS);
  }

  hostDisconnected(): void {
    clearInterval(this.reminderTimer);
  }

  private reminderTimer: number | undefined;
  private remindedDay: string | undefined;

  /** A system notification for the evening stretch, where the browser allows it and the person agreed. */
  remind(): void {
    const now = this.now();
    const tz = new Date(now).getTimezoneOffset();
    this.host.requestUpdate(); // the in-app nudge follows the clock too
    if (!eveningNudgeDue(this.records, this.reminders, now, tz)) return;
    const day = localDay(now, tz);
    if (this.remindedDay === day || !('Notification' in globalThis) || Notification.permission !== 'granted') return;
    this.remindedDay = day;
    try {
      new Notification('FormHold', { body: msg('Your evening hamstring stretch is still to do.'), tag: 'formhold-evening' });
    } catch {
      // Some browsers (Android) only notify through a service worker.
      void navigator.serviceWorker?.getRegistration().then((r) => r?.showNotification('FormHold', { body: msg('Your evening hamstring stretch is still to do.'), tag: 'formhold-evening' }));
    }
  }

  private async open(): Promise<void> {
    try {
      this.store = await HistoryStore.open();
      if (this.options.device) {
        this.status = 'ready';
        if (this.pending.size) void this.flush();
        this.host.requestUpdate();
        return;
      }
      const [records, name, reminders] = await Promise.all([this.store.all(), this.store.getName(), this.store.getReminders()]);
      // Records written before the store opened (a session started at once from a link) are kept.
      const mine = new Map(this.records.map((r) => [r.id, r]));
      this.records = [...records.filter((r) => !mine.has(r.id)), ...mine.values()];
      this.name = name;
      this.reminders = reminders;
      this.status = 'ready';
      if (this.pending.size) void this.flush();
    } catch (e) {
      this.fail(e);
    }
    this.host.requestUpdate();
  }

  private fail(e: unknown): void {
    console.info('FormHold: the history could not be stored.', e);
    this.status = this.store ? 'ready' : 'trouble';
    this.troubleKind = e instanceof HistoryStorageError ? e.trouble : 'failed';
  }

  /** Takes each session transition (called by the session controller after every change). */
  observe(s: SessionState): void {
    if (s.plan !== this.plan) {
      this.plan = s.plan;
      this.sessionReachGoal = reachGoal(this.options.device ? [] : this.records);
      this.builder = s.plan ? newBuilder(`${new Date(this.now()).toISOString()}-${Math.random().toString(36).slice(2, 8)}`) : undefined;
    }
    if (!this.builder || !this.options.enabled) return;
    const folded = foldSession(this.builder, s, { wallMs: this.now(), monoMs: performance.now() });
    this.builder = folded.builder;
    if (!folded.writes.length) return;
    for (const r of folded.writes) {
      this.pending.set(r.id, r);
      const i = this.records.findIndex((x) => x.id === r.id);
      if (i >= 0) this.records[i] = r;
      else this.records.push(r);
    }
    this.records = [...this.records];
    void this.flush();
  }

  /** Writes pending records one at a time; a write that fails says so and is tried again with the next change. */
  private flush(): Promise<void> {
    if (this.writing || !this.store) return this.writing ?? Promise.resolve();
    this.writing = (async () => {
      while (this.pending.size && this.store) {
        const [id, record] = this.pending.entries().next().value as [string, StretchRecord];
        this.pending.delete(id);
        try {
          await this.store.put(record);
          if (this.troubleKind && this.status === 'ready') this.troubleKind = undefined;
        } catch (e) {
          this.fail(e);
          this.host.requestUpdate();
          break;
        }
      }
      this.writing = undefined;
    })();
    return this.writing;
  }

  /** Waits until everything observed so far is written (or failed). */
  async settled(): Promise<void> {
    await this.opening;
    await this.flush();
  }

  /** The plan with each stretch's progression from the history applied (the doorway's start target). */
  progressed(plan: SessionPlan): SessionPlan {
    if (!this.options.enabled || this.options.device) return plan;
    return { ...plan, steps: plan.steps.map((step) => ({ ...step, stretch: withProgression(step.stretch, this.records) })) };
  }

  /**
   * Between people on a kiosk: drops what memory holds of the last person (their records, the
   * record being built). Records not yet written are still written: the device history keeps them.
   */
  forgetPerson(): void {
    this.records = [];
    this.builder = undefined;
    this.plan = null;
    this.sessionReachGoal = reachGoal([]);
  }

  backup(): Backup {
    return makeBackup(this.records, this.now(), this.name || undefined);
  }

  csv(): string {
    return recordsCsv(this.records);
  }

  /** Restores a backup file: checked whole first; a refused file changes nothing. Returns a sentence for the person. */
  async importText(text: string): Promise<{ ok: boolean; message: string }> {
    const read = readBackup(text);
    if (!read.ok) return { ok: false, message: backupRefusalWords(read.problem) };
    if (!this.store) return { ok: false, message: this.trouble ?? msg('Progress cannot be saved in this browser, so nothing was imported.') };
    try {
      await this.store.putAll(read.backup.records);
      if (read.backup.name && !this.name) await this.setName(read.backup.name);
      this.records = await this.store.all();
    } catch (e) {
      return { ok: false, message: e instanceof HistoryStorageError ? msg(str`Nothing was imported: ${troubleWords(e.trouble)}`) : msg('Nothing was imported: the browser refused to save it.') };
    } finally {
      this.host.requestUpdate();
    }
    const n = read.backup.records.length;
    return { ok: true, message: n === 1 ? msg('Imported 1 session.') : msg(str`Imported ${n} sessions.`) };
  }

  async deleteAll(): Promise<void> {
    this.pending.clear();
    await this.writing;
    await this.store?.clear();
    this.records = [];
    this.name = '';
    this.reminders = false;
    this.host.requestUpdate();
  }

  async setName(name: string): Promise<void> {
    this.name = name;
    this.host.requestUpdate();
    await this.store?.setName(name).catch((e: unknown) => this.fail(e));
  }

  async setReminders(on: boolean): Promise<void> {
    this.reminders = on;
    this.host.requestUpdate();
    await this.store?.setReminders(on).catch((e: unknown) => this.fail(e));
  }
}
