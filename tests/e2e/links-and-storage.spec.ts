/**
 * Links, saved settings and storage never break the app (issue 8): a bad link value is shown in
 * plain words and ignored, blocked storage starts the app with defaults, and repaired settings
 * are written back so their notice is shown once.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';

test.use({ launchOptions: chromiumLaunch({ clip: 'photo-standing-toe-touch' }) });

/** Uncaught page errors, to prove nothing failed behind a screen that looks fine. */
function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  return errors;
}

const holdTargetMs = (page: Page) => page.evaluate(() => document.querySelector('fh-app')!.debug.session.stretch?.holdMs ?? null);

test('a link with hold=-5 says so in seconds, still coaches the stretch, and a stretch chosen by hand works', async ({ page }) => {
  const errors = collectPageErrors(page);
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&hold=-5');
  await expect(page.getByTestId('problems')).toHaveText('The hold time in the link, -5 seconds, is too short: it must be 5 to 300 seconds.');
  await page.screenshot({ path: test.info().outputPath('link-bad-hold.png') });
  // The rest of the link applies: the stretch starts, with the exercise's own 20 s hold.
  expect(await holdTargetMs(page)).toBe(20_000);
  await app.pressReady();
  await expect(page.getByTestId('cue')).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => (document.querySelector('fh-app')!.debug.session.hold?.countedMs ?? 0) > 2000, undefined, { timeout: 30_000 });

  // Back to the list and pick a stretch by hand: it starts too (it used to be refused while the link was open).
  await page.getByTestId('end').click();
  await page.getByTestId('restart').click();
  await expect(page.getByTestId('stretch-list')).toBeVisible();
  await page.getByTestId('choose-standing-toe-touch').click();
  await expect(page.getByTestId('placement')).toBeVisible();
  expect(await holdTargetMs(page)).toBe(20_000);
  await app.pressReady();
  await expect(page.getByTestId('cue')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('problems')).not.toContainText(/holdMs|bad setting/);
  expect(errors).toEqual([]);
});

test('every bad dose in a link is listed at once, in plain words, and a good one still applies', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&hold=1e9&reps=2.5&rest=-1&source=none');
  const problems = page.getByTestId('problems');
  await expect(problems).toContainText('The hold time in the link, 1e9 seconds, is too long: it must be 5 to 300 seconds.');
  await expect(problems).toContainText('The number of reps in the link, 2.5, is not a whole number: it must be a whole number from 1 to 20.');
  await expect(problems).toContainText('The rest time in the link, -1 second, is too short: it must be 0 to 300 seconds.');
  await expect(page.getByTestId('placement')).toBeVisible();

  await app.open('?stretch=standing-toe-touch&hold=12&reps=0&source=none');
  await expect(page.getByTestId('problems')).toHaveText('The number of reps in the link, 0, is too few: it must be a whole number from 1 to 20.');
  expect(await holdTargetMs(page)).toBe(12_000);
});

test('a models folder on another host is refused and the model loads from this site', async ({ page }) => {
  const own = new URL(test.info().project.use.baseURL!);
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== own.origin) foreign.push(r.url());
  });
  const app = new AppPage(page);
  // A host name without dots, protocol-relative: the old pattern took it for a path on this site
  // and fetched the model from http://localhost/models/.
  await app.open('?stretch=standing-toe-touch&models=//localhost/models/');
  await page.waitForFunction(() => {
    const { pipeline } = document.querySelector('fh-app')!.debug;
    return pipeline.framesDelivered >= 2 || pipeline.error !== undefined;
  });
  expect(foreign).toEqual([]);
  await expect(page.getByTestId('problems')).toHaveText('The model folder in the link, "//localhost/models/", was not used: the pose model can only come from a folder on this site, like /models/.');
  await app.waitForFrames(2);
});

const SECURITY_ERROR = `new DOMException('The operation is insecure.', 'SecurityError')`;
const BLOCKED_STORAGE = {
  'the localStorage getter throws': `Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw ${SECURITY_ERROR}; } });`,
  'getItem and setItem throw': `Storage.prototype.getItem = function () { throw ${SECURITY_ERROR}; }; Storage.prototype.setItem = function () { throw ${SECURITY_ERROR}; };`,
};

for (const [form, script] of Object.entries(BLOCKED_STORAGE)) {
  test(`when ${form}, the app starts with defaults, says nothing about it, and works`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.addInitScript({ content: script });
    const app = new AppPage(page);
    await app.open();
    // Nothing can remember that the first-run screen was read: it shows, like on a first visit.
    await app.passFirstRun();
    await expect(page.getByTestId('stretch-list')).toBeVisible();
    await expect(page.getByTestId('problems')).toHaveCount(0);
    // Changing a setting (which tries to save) still applies for this visit.
    await page.getByTestId('setting-large-text').check();
    await expect(page.locator('fh-app')).toHaveAttribute('large-text', '');
    await page.getByTestId('choose-standing-toe-touch').click();
    await app.pressReady();
    await expect(page.getByTestId('cue')).toBeVisible({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });
}

test('corrupt saved settings are reset with a notice shown once, not on every visit', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.evaluate(() => localStorage.setItem('formhold.settings.v1', '{"hold": 7, "largeText": "maybe"'));
  await page.reload();
  await expect(page.getByTestId('problems')).toContainText('unreadable');
  await page.reload();
  await expect(page.getByTestId('stretch-list')).toBeVisible();
  await expect(page.getByTestId('problems')).toHaveCount(0);

  await page.evaluate(() => localStorage.setItem('formhold.settings.v1', '}{'));
  await page.reload();
  await expect(page.getByTestId('problems')).toHaveText('Your saved settings were unreadable, so they are back to their defaults.');

  // One bad value among good ones: only it is reset, once; the good ones stay.
  await page.evaluate(() => localStorage.setItem('formhold.settings.v1', JSON.stringify({ voice: 'yes', largeText: true })));
  await page.reload();
  await expect(page.getByTestId('problems')).toHaveText('A saved setting was put back to its default: spoken cues must be on or off.');
  await expect(page.locator('fh-app')).toHaveAttribute('large-text', '');
  await page.reload();
  await expect(page.getByTestId('stretch-list')).toBeVisible();
  await expect(page.getByTestId('problems')).toHaveCount(0);
  await expect(page.locator('fh-app')).toHaveAttribute('large-text', '');
});
