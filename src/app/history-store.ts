/**
 * The one owner of the practice history on the device: an IndexedDB database opened through `idb`
 * (a tiny, well-kept promise wrapper over IndexedDB with a typed schema and an upgrade callback).
 * Settings stay in localStorage (storage.ts); nothing here leaves the device.
 *
 * Storage can fail in several ways: IndexedDB missing, refused (private modes, privacy settings),
 * blocked (another tab holds an older version open), or full. Each becomes a typed error with one
 * plain sentence for the person; the session runs regardless, and a failed write never removes
 * what is already stored (each write is its own transaction; an import is one all-or-nothing one).
 */
import { msg } from '@lit/localize';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StretchRecord } from '../core/history/record';

/** The history's database; a kiosk with a device history keeps it between people (kiosk-reset.ts). */
export const HISTORY_DB_NAME = 'formhold';
const DB_NAME = HISTORY_DB_NAME;
/**
 * Bump when the stores change, and add a step to `upgrade` for the old versions: each step takes
 * the database from version n-1 to n, so a person several versions behind goes through all of them.
 */
const DB_VERSION = 1;

interface FormHoldDB extends DBSchema {
  records: { key: string; value: StretchRecord; indexes: { 'by-started': string; 'by-stretch': string } };
  /** Small things the person chose: their name for the report, reminders on or off. */
  profile: { key: string; value: string | boolean };
}

export type StorageTrouble = 'missing' | 'refused' | 'blocked' | 'full' | 'failed';

/** The sentence for each trouble, read when shown (not at import), so it follows the language on screen. */
export function troubleWords(trouble: StorageTrouble): string {
  switch (trouble) {
    case 'missing':
      return msg('This browser cannot keep your progress, so today’s stretches will not be saved; they still count.');
    case 'refused':
      return msg('This browser is not letting FormHold save your progress (private mode or a privacy setting); your stretches still count.');
    case 'blocked':
      return msg('FormHold is open in another tab with an older version: close that tab to save your progress; your stretches still count.');
    case 'full':
      return msg('Your device is full, so this session could not be saved; everything saved before is safe.');
    case 'failed':
      return msg('Your progress could not be saved just now; everything saved before is safe.');
  }
}

export class HistoryStorageError extends Error {
  constructor(
    readonly trouble: StorageTrouble,
    cause?: unknown,
  ) {
    super(troubleWords(trouble), { cause });
    this.name = 'HistoryStorageError';
  }
}

function troubleOf(e: unknown): StorageTrouble {
  if (e instanceof HistoryStorageError) return e.trouble;
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError') return 'full';
  // SecurityError: storage denied; InvalidStateError: Firefox's private mode; UnknownError: a broken profile.
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError') return 'refused';
  return 'failed';
}

/** Runs `work`, turning any failure into a HistoryStorageError. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw e instanceof HistoryStorageError ? e : new HistoryStorageError(troubleOf(e), e);
  }
}

export class HistoryStore {
  private constructor(private readonly db: IDBPDatabase<FormHoldDB>) {}

  /** Opens (creating or upgrading) the database. Throws HistoryStorageError. */
  static open(): Promise<HistoryStore> {
    return guarded(async () => {
      let idb: IDBFactory | undefined;
      try {
        idb = globalThis.indexedDB;
      } catch (e) {
        throw new HistoryStorageError('refused', e); // the getter itself throws where storage is denied
      }
      if (!idb) throw new HistoryStorageError('missing');
      let blocked: (() => void) | undefined;
      const isBlocked = new Promise<never>((_, reject) => (blocked = () => reject(new HistoryStorageError('blocked'))));
      const opening = openDB<FormHoldDB>(DB_NAME, DB_VERSION, {
        upgrade(db, oldVersion) {
          if (oldVersion < 1) {
            const records = db.createObjectStore('records', { keyPath: 'id' });
            records.createIndex('by-started', 'startedAt');
            records.createIndex('by-stretch', 'stretchId');
            db.createObjectStore('profile');
          }
        },
        blocked: () => blocked?.(),
        // A newer version opened in another tab: let it upgrade rather than block it.
        blocking() {
          void opening.then((db) => db.close());
        },
      });
      return new HistoryStore(await Promise.race([opening, isBlocked]));
    });
  }

  all(): Promise<StretchRecord[]> {
    return guarded(() => this.db.getAllFromIndex('records', 'by-started'));
  }

  put(record: StretchRecord): Promise<void> {
    return guarded(async () => {
      await this.db.put('records', record);
    });
  }

  /** Adds or replaces all of `records` in one transaction: all are stored, or none. */
  putAll(records: readonly StretchRecord[]): Promise<void> {
    return guarded(async () => {
      const tx = this.db.transaction('records', 'readwrite');
      await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
    });
  }

  /** Empties the store: every record and the profile. */
  clear(): Promise<void> {
    return guarded(async () => {
      const tx = this.db.transaction(['records', 'profile'], 'readwrite');
      await Promise.all([tx.objectStore('records').clear(), tx.objectStore('profile').clear(), tx.done]);
    });
  }

  async getName(): Promise<string> {
    const v = await guarded(() => this.db.get('profile', 'name'));
    return typeof v === 'string' ? v : '';
  }

  setName(name: string): Promise<void> {
    return guarded(async () => {
      await this.db.put('profile', name, 'name');
    });
  }

  async getReminders(): Promise<boolean> {
    return (await guarded(() => this.db.get('profile', 'reminders'))) === true;
  }

  setReminders(on: boolean): Promise<void> {
    return guarded(async () => {
      await this.db.put('profile', on, 'reminders');
    });
  }
}
