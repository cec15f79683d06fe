/**
 * What a kiosk clears between people, on the device: everything the app keeps in localStorage,
 * sessionStorage and IndexedDB (settings, and whatever history or cache a later version adds), so
 * nothing of the last person is left for the next. The service worker's caches (the app and the
 * model weights, identical for everyone) are kept, and so is Workbox's own bookkeeping database;
 * without them the kiosk could not start offline.
 *
 * A clinic that turned on the per-device history (`history=1`, shown on the start screen) asks for
 * that one database to stay: `keep` names it, and everything else is still cleared.
 */

export interface ForgetOptions {
  /** Databases to keep (the kiosk's device history, when the clinic turned it on). */
  readonly keep?: readonly string[];
}

/** Deletes this origin's stored data but what `keep` names; never throws (blocked storage has nothing to clear). */
export async function forgetStoredData({ keep = [] }: ForgetOptions = {}): Promise<void> {
  for (const storage of ['localStorage', 'sessionStorage'] as const) {
    try {
      globalThis[storage]?.clear();
    } catch {
      /* blocked: nothing was stored */
    }
  }
  try {
    const dbs = (await globalThis.indexedDB?.databases?.()) ?? [];
    await Promise.all(
      dbs
        .map((db) => db.name)
        .filter((name): name is string => !!name && !name.startsWith('workbox') && !keep.includes(name))
        .map(
          (name) =>
            new Promise<void>((resolve) => {
              const request = indexedDB.deleteDatabase(name);
              request.onsuccess = request.onerror = request.onblocked = () => resolve();
            }),
        ),
    );
  } catch {
    /* no IndexedDB here */
  }
}

/** A kiosk back on its start screen is the safe moment for a new version to take over (src/app/service-worker.ts). */
export function applyWaitingUpdate(): void {
  void globalThis.window?.formholdServiceWorker
    ?.then((sw) => {
      if (sw.updateWaiting) sw.applyUpdate();
    })
    .catch(() => undefined);
}
