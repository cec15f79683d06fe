/**
 * A kiosk between people (issue 12): a clinic may turn on a per-device history explicitly
 * (`history=1` or a prescription's `deviceHistory`), and the start screen then says so; the reset
 * between people keeps that one database and wipes everything else of the last person. Off (the
 * default) nothing is stored. The reset also lands on the start screen (never the first-run
 * screen), and puts the language back to the device's own.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';

/** A short kiosk session (5 s x 1, both toe-touch variations) that resets 8 s after its summary. */
const SHORT = 'stretch=standing-toe-touch&hold=5&reps=1&backend=wasm&idle=8';

function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  return errors;
}

/** Plants what a person's visit might leave behind: settings, a stray key, another database. */
function plantLeftovers(page: Page): Promise<void> {
  return page.evaluate(async () => {
    localStorage.setItem('formhold.settings.v1', JSON.stringify({ largeText: true }));
    sessionStorage.setItem('formhold.scratch', 'last person');
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('formhold-scratch', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('things', { autoIncrement: true });
      open.onsuccess = () => {
        const tx = open.result.transaction('things', 'readwrite');
        tx.objectStore('things').add({ heldS: 20 });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
      open.onerror = () => reject(new Error(`IndexedDB: ${String(open.error)}`));
    });
  });
}

/** What the device holds after a reset, and what memory and the screen still show. */
function leftAfterReset(page: Page) {
  return page.evaluate(async () => {
    const { session, history } = document.querySelector('fh-app')!.debug;
    const names = (await indexedDB.databases()).map((d) => d.name ?? '').sort();
    let records: { stretchId: string; variation: string | null; outcome: string }[] = [];
    if (names.includes('formhold')) {
      records = await new Promise((resolve, reject) => {
        const open = indexedDB.open('formhold');
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('records').objectStore('records').getAll();
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { stretchId: string; variation?: string; outcome: string }[]).map((r) => ({ stretchId: r.stretchId, variation: r.variation ?? null, outcome: r.outcome })));
          };
          get.onerror = () => reject(new Error(String(get.error)));
        };
        open.onerror = () => reject(new Error(String(open.error)));
      });
    }
    return {
      screen: session.screen,
      results: session.results.length,
      plan: session.plan ?? null,
      inMemory: history.records.length,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      databases: names,
      records,
      text: document.querySelector('fh-app')!.shadowRoot!.textContent ?? '',
    };
  });
}

const NOTICE = /This device keeps a record of each session.*no pictures and no names/s;

// A person holding a standing toe touch, in view all the time: the kiosk starts by itself.
test.use({ launchOptions: chromiumLaunch({ clip: 'photo-standing-toe-touch' }) });

test.describe('a kiosk with a person in view', () => {
  test('with the device history on, the start screen says so, sessions are kept in IndexedDB, and the reset wipes everything else', async ({ page }) => {
    test.setTimeout(240_000);
    const errors = collectPageErrors(page);
    const app = new AppPage(page);
    await app.open(`?kiosk=1&history=1&${SHORT}`);
    await app.passFirstRun();
    await expect(page.getByTestId('kiosk-history-notice')).toHaveText(NOTICE);
    // The person in the picture starts the session by stepping in; it runs to its summary.
    await expect(page.getByTestId('summary')).toBeVisible({ timeout: 120_000 });
    expect(await page.evaluate(() => document.querySelector('fh-app')!.debug.history.status)).toBe('ready');
    await plantLeftovers(page);

    // The summary goes by itself (idle=8): straight back to the start screen, not the first-run screen.
    await expect(page.getByTestId('kiosk-start')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('first-run')).toHaveCount(0);
    await expect(page.getByTestId('kiosk-history-notice')).toHaveText(NOTICE);
    await expect.poll(async () => (await leftAfterReset(page)).databases, { timeout: 10_000 }).toEqual(['formhold']);
    const after = await leftAfterReset(page);
    expect(after).toMatchObject({ screen: 'choose', results: 0, plan: null, inMemory: 0, localStorage: 0, sessionStorage: 0 });
    // Both steps of the session are on the device: feet together, then feet crossed.
    expect(after.records.map((r) => r.variation).sort()).toEqual(['feet-crossed', 'feet-together']);
    expect(after.records.every((r) => r.stretchId === 'standing-toe-touch')).toBe(true);
    expect(after.text).not.toMatch(/How it went|Time in good form/);
    expect(errors).toEqual([]);
  });

  test('with the device history off (the default), no notice, nothing stored, and Finish leads to the start screen with everything wiped', async ({ page }) => {
    test.setTimeout(240_000);
    const errors = collectPageErrors(page);
    const app = new AppPage(page);
    await app.open(`?kiosk=1&${SHORT}`);
    await app.passFirstRun();
    await expect(page.getByTestId('kiosk-start')).toBeVisible();
    await expect(page.getByTestId('kiosk-history-notice')).toHaveCount(0);
    await expect(page.getByTestId('summary')).toBeVisible({ timeout: 120_000 });
    expect(await page.evaluate(() => document.querySelector('fh-app')!.debug.history.status)).toBe('off');
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('formhold');
    await plantLeftovers(page);

    await page.getByTestId('restart').click();
    await expect(page.getByTestId('kiosk-start')).toBeVisible();
    await expect(page.getByTestId('first-run')).toHaveCount(0);
    await expect.poll(async () => (await leftAfterReset(page)).databases, { timeout: 10_000 }).toEqual([]);
    expect(await leftAfterReset(page)).toMatchObject({ screen: 'choose', results: 0, plan: null, inMemory: 0, localStorage: 0, sessionStorage: 0, records: [] });
    expect(errors).toEqual([]);
  });
});
