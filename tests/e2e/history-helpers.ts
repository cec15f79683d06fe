/** Helpers for the history end-to-end tests: a made-up backup, and reading what the app stored. */
import type { Page } from '@playwright/test';

/** A plausible backup: the lying hamstring stretch (both legs) morning and evening, and the seated toe touch, over `days` days to `endDay`. */
export function seedBackup(endDay: string, days: number, extra: object[] = []) {
  const records: object[] = [];
  const end = Date.parse(`${endDay}T00:00:00Z`);
  for (let d = days - 1; d >= 0; d--) {
    for (const [hour, i] of [[8, 0], [19, 1]] as const) {
      const t = new Date(end - d * 86_400_000 + hour * 3_600_000 + 15 * 60_000).toISOString();
      const p = days - d;
      records.push({
        id: `${t}/0`, sessionId: t, stepIndex: 0, stretchId: 'lying-hamstring', startedAt: t, updatedAt: t, holdS: 30, outcome: 'completed',
        sides: [
          { side: 'right', timeInFormS: 30, repsDone: 1, repsPlanned: 1, bestKeyAngleDeg: 62 + p + i, medianKeyAngleDeg: 60 + p, bestReach: null, faultS: { 'knee-straight': 3.2 }, targetReachedDeg: null },
          { side: 'left', timeInFormS: 28.5, repsDone: 1, repsPlanned: 1, bestKeyAngleDeg: 70 + Math.round(p * 0.7), medianKeyAngleDeg: 68 + Math.round(p * 0.7), bestReach: null, faultS: {}, targetReachedDeg: null },
        ],
      });
      if (i === 0) {
        records.push({
          id: `${t}/1`, sessionId: t, stepIndex: 1, stretchId: 'seated-toe-touch', startedAt: t, updatedAt: t, holdS: 20, outcome: 'completed',
          sides: [{ side: 'both', timeInFormS: 20, repsDone: 1, repsPlanned: 1, bestKeyAngleDeg: 95 - p, medianKeyAngleDeg: 98 - p, bestReach: Math.max(0.05, 0.35 - p * 0.02), faultS: {}, targetReachedDeg: null }],
        });
      }
    }
  }
  return { format: 'formhold-history', version: 1, exportedAt: new Date(end).toISOString(), name: 'Ann Example', records: [...records, ...extra] };
}

/** Waits until the app's history store is open (or has failed). */
export async function historyReady(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const status = document.querySelector('fh-app')?.debug?.history.status;
    return status === 'ready' || status === 'trouble' || status === 'off';
  });
  return page.evaluate(() => document.querySelector('fh-app')!.debug.history.status);
}

/** Imports a backup through the app (as the Import control does, without the file dialog). */
export async function importBackup(page: Page, backup: object): Promise<{ ok: boolean; message: string }> {
  await historyReady(page);
  return page.evaluate((text) => document.querySelector('fh-app')!.debug.history.importText(text), JSON.stringify(backup));
}

/** What is in IndexedDB now, read directly (not through the app), sorted by id. */
export function storedRecords(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('formhold');
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('records')) {
            db.close();
            resolve([]);
            return;
          }
          const req = db.transaction('records').objectStore('records').getAll();
          req.onsuccess = () => {
            db.close();
            resolve((req.result as Record<string, unknown>[]).sort((a, b) => String(a.id).localeCompare(String(b.id))));
          };
          req.onerror = () => reject(req.error ?? new Error('getAll failed'));
        };
      }),
  );
}
