/**
 * Practice over days (issue 10): what a session counted is kept on the device as it goes, shown on
 * the Progress screen and its charts after a reload, backed up and restored, refused when the file
 * is wrong, carried over to the next day's target, and never in the way when storage fails.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage, markFirstRunSeen } from './app-page';
import { chromiumLaunch } from './browser';
import { historyReady, importBackup, seedBackup, storedRecords } from './history-helpers';

// The synthetic clip: a good standing toe touch from 4.27 s to 30.4 s (the fake camera loops it).
test.use({ launchOptions: chromiumLaunch({ clip: 'standing-toe-touch-hold' }) });

function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Runs a 5 s standing toe touch (feet together, then feet crossed) from a link until the summary shows. */
async function completeShortStretch(page: Page): Promise<void> {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&hold=5&reps=1&backend=wasm');
  await app.pressReadyUntilSummary(120_000);
}

// A returning person: the first-run screen was read (pages opened with page.goto).
test.beforeEach(async ({ context }) => {
  await markFirstRunSeen(context);
});

const chartCanvas = (page: Page, id: string) => page.getByTestId(`progress-${id}`).locator('fh-history-chart canvas');

test('a completed stretch appears in Progress and in its chart after a reload', async ({ page }) => {
  const errors = collectPageErrors(page);
  await completeShortStretch(page);
  const counted = await page.evaluate(() => document.querySelector('fh-app')!.debug.session.results[0]!.sides[0]!.timeInFormS);
  await page.evaluate(() => document.querySelector('fh-app')!.debug.history.settled());

  await page.goto('/');
  await historyReady(page);
  // The chooser card says when it was last done.
  await expect(page.getByTestId('choose-standing-toe-touch').getByTestId('card-last')).toHaveText(/^Last done today at \d\d:\d\d: completed, best hip angle \d+°\.$/);
  await page.getByRole('button', { name: 'Progress', exact: true }).click();
  const card = page.getByTestId('progress-standing-toe-touch');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('last-result')).toContainText('completed');
  await expect(page.getByTestId('today')).toContainText('1 of 2 sessions');
  await expect(page.getByTestId('streak')).toHaveText('1 day');
  // The chart is drawn: a canvas with ink on it, and its description names the measured angle.
  await expect(chartCanvas(page, 'standing-toe-touch')).toHaveCount(1);
  const ink = await chartCanvas(page, 'standing-toe-touch').evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
    return n;
  });
  expect(ink).toBeGreaterThan(500);
  await expect(card.getByTestId('chart')).toHaveAttribute('aria-label', /Best hip angle per day over 1 day; latest \d+°\./);
  // Feet together, then feet crossed: each step is its own record.
  const records = await storedRecords(page);
  expect(records.map((r) => [r.stretchId, r.variation, r.outcome])).toEqual([
    ['standing-toe-touch', 'feet-together', 'completed'],
    ['standing-toe-touch', 'feet-crossed', 'completed'],
  ]);
  const stored = records[0];
  expect(stored).toMatchObject({ stretchId: 'standing-toe-touch', outcome: 'completed', holdS: 5 });
  const side = (stored!.sides as { timeInFormS: number; repsDone: number }[])[0]!;
  expect(side.repsDone).toBe(1);
  expect(Math.abs(side.timeInFormS - counted)).toBeLessThanOrEqual(1);
  expect(errors).toEqual([]);
});

test('a tab closed mid-hold keeps what was counted, up to the last few seconds', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&hold=60&reps=1&backend=wasm');
  await app.pressReady();
  await page.waitForFunction(() => (document.querySelector('fh-app')!.debug.session.hold?.countedMs ?? 0) > 12_000, undefined, { timeout: 90_000 });
  const countedS = await page.evaluate(() => document.querySelector('fh-app')!.debug.session.hold!.countedMs / 1000);
  await page.close(); // no goodbye: whatever was written is all there is

  const again = await context.newPage();
  await again.goto('/');
  await historyReady(again);
  const [stored] = await storedRecords(again);
  expect(stored).toMatchObject({ stretchId: 'standing-toe-touch', outcome: 'ended-early' });
  const keptS = (stored!.sides as { timeInFormS: number }[])[0]!.timeInFormS;
  expect(keptS).toBeGreaterThan(countedS - 3.6);
  expect(keptS).toBeLessThanOrEqual(countedS + 0.5);
  await again.getByTestId('open-progress').click();
  await expect(again.getByTestId('progress-standing-toe-touch').getByTestId('last-result')).toContainText('ended early');
});

test('export, then import into a fresh browser profile, restores the same history', async ({ page, browser }) => {
  await completeShortStretch(page);
  await page.evaluate(() => document.querySelector('fh-app')!.debug.history.settled());
  await page.getByTestId('restart').click();
  await page.getByTestId('open-progress').click();
  const downloads: { name: string; path: string }[] = [];
  page.on('download', async (d) => downloads.push({ name: d.suggestedFilename(), path: await d.path() }));
  await page.getByRole('button', { name: 'Export' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const json = downloads.find((d) => d.name.endsWith('.json'))!;
  const csv = downloads.find((d) => d.name.endsWith('.csv'))!;
  expect(json.name).toMatch(/^formhold-backup-\d{4}-\d\d-\d\d\.json$/);
  const csvLines = readFileSync(csv.path, 'utf8').trim().split('\r\n');
  expect(csvLines[0]).toContain('time_in_form_s');
  // A header, then one row per step: feet together, feet crossed.
  expect(csvLines).toHaveLength(3);
  expect(csvLines[0]).toContain('stretch,variation,side');
  expect(csvLines[1]).toContain('Standing toe touch,feet together,both,completed,5,');
  expect(csvLines[2]).toContain('Standing toe touch,feet crossed,both,completed,5,');
  const before = await storedRecords(page);

  const fresh = await browser.newContext();
  await markFirstRunSeen(fresh);
  const other = await fresh.newPage();
  await other.goto('/');
  await historyReady(other);
  expect(await storedRecords(other)).toEqual([]);
  await other.getByTestId('open-progress').click();
  await other.getByTestId('import').setInputFiles(json.path);
  await expect(other.getByTestId('data-message')).toHaveText('Imported 2 sessions.');
  expect(await storedRecords(other)).toEqual(before);
  await expect(other.getByTestId('progress-standing-toe-touch')).toBeVisible();
  await fresh.close();
});

test('a corrupt, foreign or newer backup changes nothing and says why', async ({ page }) => {
  await page.goto('/?source=none');
  const seeded = await importBackup(page, seedBackup('2026-05-12', 3));
  expect(seeded).toEqual({ ok: true, message: 'Imported 9 sessions.' });
  const before = await storedRecords(page);
  await page.getByTestId('open-progress').click();
  const tryFile = async (name: string, text: string) => {
    await page.getByTestId('import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    return page.getByTestId('data-message');
  };
  const good = JSON.stringify(seedBackup('2026-05-20', 1));
  await expect(await tryFile('cut.json', good.slice(0, good.length / 2))).toHaveText('This file is not a FormHold backup: it is not readable as a backup file (it may be damaged or cut short).');
  await expect(await tryFile('other.json', JSON.stringify({ tracks: [{ km: 5 }] }))).toHaveText('This file is not a FormHold backup: it does not say it comes from FormHold. Choose a file saved with Export.');
  await expect(await tryFile('newer.json', JSON.stringify({ ...seedBackup('2026-05-20', 1), version: 2 }))).toHaveText('This backup comes from a newer FormHold (backup version 2; this FormHold reads version 1). Update FormHold, then import it again.');
  // One bad number among good records: the whole file is refused, the record and value named.
  const bad = seedBackup('2026-05-20', 2) as { records: { sides: { timeInFormS: number }[] }[] };
  bad.records[3]!.sides[1]!.timeInFormS = -30;
  await expect(await tryFile('bad.json', JSON.stringify(bad))).toHaveText('Session 4 (Lying hamstring stretch, 2026-05-20), left leg: time in good form must be 0 seconds or more (it says -30). Nothing was changed.');
  expect(await storedRecords(page)).toEqual(before);
  await page.screenshot({ path: test.info().outputPath('import-refused.png') });
});

test('delete all my data asks first, then empties the store', async ({ page }) => {
  await page.goto('/?source=none');
  await importBackup(page, seedBackup('2026-05-12', 2));
  await page.getByTestId('open-progress').click();
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByTestId('confirm-delete-no').click();
  expect(await storedRecords(page)).toHaveLength(6);
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByTestId('data-message')).toHaveText('All your FormHold data on this device has been deleted.');
  expect(await storedRecords(page)).toEqual([]);
  await expect(page.getByTestId('no-history')).toBeVisible();
});

test('the doorway target carries over to the next day', async ({ page }) => {
  // Yesterday evening both legs held a whole rep at 70° (right) and 75° (left).
  const t = '2026-05-11T18:00:00.000Z';
  const doorway = { id: `${t}/0`, sessionId: t, stepIndex: 0, stretchId: 'doorway-wall', startedAt: t, updatedAt: t, holdS: 30, outcome: 'completed', sides: [
    { side: 'right', timeInFormS: 90, repsDone: 3, repsPlanned: 3, bestKeyAngleDeg: 78, medianKeyAngleDeg: 74, bestReach: null, faultS: {}, targetReachedDeg: 70 },
    { side: 'left', timeInFormS: 90, repsDone: 3, repsPlanned: 3, bestKeyAngleDeg: 81, medianKeyAngleDeg: 77, bestReach: null, faultS: {}, targetReachedDeg: 75 },
  ] };
  await page.clock.setFixedTime(new Date('2026-05-11T18:30:00Z'));
  await page.goto('/?source=none');
  await importBackup(page, { format: 'formhold-history', version: 1, exportedAt: t, records: [doorway] });

  await page.clock.setFixedTime(new Date('2026-05-12T08:00:00Z'));
  await page.goto('/?source=none');
  await historyReady(page);
  await expect(page.getByTestId('choose-doorway-wall').getByTestId('card-last')).toContainText('Last done yesterday');
  await page.getByTestId('choose-doorway-wall').click();
  await expect(page.getByTestId('goal')).toHaveText('Today’s target: raise the leg to 70°, where you reached last time. Each good hold moves it closer to 90°.');
  expect(await page.evaluate(() => document.querySelector('fh-app')!.debug.session.hold!.legRaiseTarget)).toBe(70);
});

test('nothing is stored in kiosk mode, and Progress is not offered', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&hold=5&reps=1&backend=wasm&kiosk=1');
  await app.passFirstRun();
  await expect(page.getByTestId('summary')).toBeVisible({ timeout: 90_000 });
  expect(await page.evaluate(() => document.querySelector('fh-app')!.debug.history.status)).toBe('off');
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('formhold');
  // Finish: straight back to the kiosk's start screen (not the first-run screen), with no Progress.
  await page.getByTestId('restart').click();
  await expect(page.getByTestId('kiosk-start')).toBeVisible();
  await expect(page.getByTestId('first-run')).toHaveCount(0);
  await expect(page.getByTestId('open-progress')).toHaveCount(0);
});

const SECURITY_ERROR = `new DOMException('The operation is insecure.', 'SecurityError')`;
const STORAGE_TROUBLE = {
  'IndexedDB is refused': {
    script: `Object.defineProperty(window, 'indexedDB', { configurable: true, get() { throw ${SECURITY_ERROR}; } });`,
    words: 'This browser is not letting FormHold save your progress (private mode or a privacy setting); your stretches still count.',
  },
  'IndexedDB is missing': {
    script: `Object.defineProperty(window, 'indexedDB', { configurable: true, value: undefined });`,
    words: 'This browser cannot keep your progress, so today’s stretches will not be saved; they still count.',
  },
  'the disk is full': {
    script: `IDBObjectStore.prototype.put = function () { throw new DOMException('Quota exceeded.', 'QuotaExceededError'); };`,
    words: 'Your device is full, so this session could not be saved; everything saved before is safe.',
  },
};

for (const [trouble, { script, words }] of Object.entries(STORAGE_TROUBLE)) {
  test(`when ${trouble}, a session still runs to its end and one sentence says so`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.addInitScript({ content: script });
    await completeShortStretch(page);
    // Both steps (feet together, feet crossed) ran to the summary.
    await expect(page.getByTestId('summary-standing-toe-touch')).toHaveCount(2);
    await expect(page.getByTestId('storage-trouble')).toHaveText(words);
    expect(errors).toEqual([]);
  });
}

test('Progress, its charts and the physio report draw under the shipped policy with no violation (screenshots and PDF)', async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspSeen: string[] }).cspSeen = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`), true);
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const errors = collectPageErrors(page);
  await page.clock.setFixedTime(new Date('2026-05-12T20:30:00'));
  await page.goto('/?source=none');
  await importBackup(page, seedBackup('2026-05-12', 12));
  await page.reload();
  await historyReady(page);
  const shots = test.info().outputPath.bind(test.info());
  await page.screenshot({ path: shots('chooser-1366x768.png') });
  await page.getByTestId('open-progress').click();
  await expect(page.getByTestId('progress-lying-hamstring').locator('canvas')).toHaveCount(1);
  await page.screenshot({ path: shots('progress-1366x768.png'), fullPage: true });
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.screenshot({ path: shots('progress-1080x1920.png'), fullPage: true });
  await page.getByTestId('open-report').click();
  await page.getByTestId('report-name').fill('Ann Example');
  await page.getByTestId('report-name').press('Tab');
  await expect(page.getByTestId('report-person')).toHaveText('Ann Example');
  await expect(page.getByTestId('report-lying-hamstring').locator('canvas')).toHaveCount(1);
  await page.screenshot({ path: shots('report-1080x1920.png'), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: shots('report-1366x768.png'), fullPage: true });
  await page.pdf({ path: shots('report.pdf'), format: 'A4' });
  expect(await page.evaluate(() => (window as unknown as { cspSeen: string[] }).cspSeen)).toEqual([]);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  // The name is kept for the next report.
  await page.reload();
  await historyReady(page);
  expect(await page.evaluate(() => document.querySelector('fh-app')!.debug.history.name)).toBe('Ann Example');
});

test('the seated toe touch shows its reach goal before it starts, raised from earlier days', async ({ page }) => {
  await page.goto('/?source=none');
  // The seeded reach improves by 0.02 leg lengths a day from 0.33: on the sixth day it was 0.23,
  // within the ankles' band (0.25), so the goal moves on to the toes.
  await importBackup(page, seedBackup('2026-05-12', 6));
  await page.reload();
  await historyReady(page);
  await page.getByTestId('choose-seated-toe-touch').click();
  await expect(page.getByTestId('goal')).toHaveText('Reach goal: your hands toward your toes. Do not force it.');
});

test('reminders: once asked for, an evening without practice gets an in-app nudge and a notification', async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await page.addInitScript(() => {
    const shown: string[] = [];
    (window as unknown as { shown: string[] }).shown = shown;
    // Record what would be shown (the real one would pop up outside the page).
    class FakeNotification {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      constructor(title: string, options?: { body?: string }) {
        shown.push(`${title}: ${options?.body ?? ''}`);
      }
    }
    Object.defineProperty(window, 'Notification', { configurable: true, value: FakeNotification });
  });
  const evening = new Date('2026-05-12T18:30:00');
  await page.clock.setFixedTime(evening);
  await page.goto('/?source=none');
  // This morning's practice only.
  await importBackup(page, { format: 'formhold-history', version: 1, exportedAt: evening.toISOString(), records: (seedBackup('2026-05-12', 1).records as { startedAt: string }[]).filter((r) => new Date(r.startedAt).getHours() < 12) });
  await page.getByTestId('open-progress').click();
  await expect(page.getByTestId('today-morning')).toHaveText('done');
  await expect(page.getByTestId('nudge')).toHaveCount(0);
  await page.getByTestId('reminders').check();
  await expect(page.getByTestId('nudge')).toHaveText('Your evening stretch is still to do. A few minutes now keeps your streak going.');
  await page.getByTestId('progress-back').click();
  await expect(page.getByTestId('nudge')).toBeVisible();
  await page.evaluate(() => document.querySelector('fh-app')!.debug.history.remind());
  await page.evaluate(() => document.querySelector('fh-app')!.debug.history.remind());
  expect(await page.evaluate(() => (window as unknown as { shown: string[] }).shown)).toEqual(['FormHold: Your evening hamstring stretch is still to do.']);
  // The choice is kept.
  await page.reload();
  await historyReady(page);
  await expect(page.getByTestId('nudge')).toBeVisible();
});

test('a routine ended early names the stretches not done, and the history keeps the one begun as ended early', async ({ page }) => {
  await page.goto('/?routine=daily&source=none');
  await page.getByTestId('start').click();
  await page.getByTestId('end').click();
  await expect(page.getByTestId('not-started')).toHaveText('Not done today: Standing toe touch, feet crossed, Seated chair stretch, Lying hamstring stretch.');
  await expect(page.getByTestId('summary-standing-toe-touch')).toContainText('No time was held in good form yet.');
  await expect(page.getByTestId('summary')).not.toContainText('Good form throughout');
  await page.evaluate(() => document.querySelector('fh-app')!.debug.history.settled());
  const stored = await storedRecords(page);
  expect(stored.map((r) => [r.stretchId, r.outcome])).toEqual([['standing-toe-touch', 'ended-early']]);
});
