import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';

test.use({ launchOptions: chromiumLaunch({ clip: 'photo-standing-toe-touch' }) });

/** The focused element's test id, looking through shadow roots. */
const focusedTestId = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('data-testid') ?? el?.tagName.toLowerCase() ?? null;
  });

async function tabTo(page: Page, testId: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedTestId(page)) === testId) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${testId} with Tab (at ${await focusedTestId(page)})`);
}

test('a whole session with the keyboard only', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?hold=5&reps=1');
  await tabTo(page, 'choose-standing-toe-touch');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('readiness')).toBeVisible();
  // At home nothing starts until Ready is pressed.
  await tabTo(page, 'ready');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cue')).toBeVisible({ timeout: 30_000 });

  await tabTo(page, 'pause');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cue')).toHaveText('Paused. Press Resume when you are ready.');
  await expect(page.getByTestId('hold-state')).toHaveText('Paused');
  await tabTo(page, 'resume');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('pause')).toBeVisible();

  // The 5 s hold with the feet together completes; the feet-crossed variation is its own step and waits for Ready.
  await expect(page.getByTestId('setup-heading')).toHaveText('Stretch 2 of 2: Standing toe touch, feet crossed', { timeout: 40_000 });
  await tabTo(page, 'ready');
  await page.keyboard.press('Enter');
  // The second 5 s hold completes and the summary takes the focus.
  await expect(page.getByTestId('summary')).toBeVisible({ timeout: 40_000 });
  expect(await page.evaluate(() => document.querySelector('fh-app')!.shadowRoot!.querySelector('fh-summary')!.shadowRoot!.activeElement?.id)).toBe('summary-heading');
  await expect(page.getByTestId('summary-side-both').locator('td').first()).toHaveText(/^[5-9] s$/);
  await tabTo(page, 'restart');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('stretch-list')).toBeVisible();
});

test('the camera is switched off outside a session', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?hold=30&reps=1&stretch=standing-toe-touch');
  await app.pressReady();
  await expect(page.getByTestId('cue')).toBeVisible({ timeout: 30_000 });
  const live = () => page.evaluate(() => {
    const media = document.querySelector('fh-app')!.debug.pipeline.media;
    return media instanceof HTMLVideoElement && media.srcObject instanceof MediaStream ? media.srcObject.getVideoTracks().some((t) => t.readyState === 'live') : false;
  });
  expect(await live()).toBe(true);
  await page.getByTestId('end').click();
  await expect(page.getByTestId('summary')).toBeVisible();
  expect(await live()).toBe(false);
  await page.getByTestId('restart').click();
  await page.getByTestId('choose-standing-toe-touch').click();
  const n = await app.framesDelivered();
  await app.waitForFrames(n + 5);
});
