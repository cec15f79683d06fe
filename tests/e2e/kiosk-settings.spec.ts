/**
 * The kiosk's settings and its reset, with nobody in front of the camera (Chromium's test pattern):
 * the clinician screen's device-history choice and a prescription that carries it; no engine panel
 * for patients; after a reset the language is the device's own again (issue 12).
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';
import { param, RX } from './prescription-fixture';

// Chromium's test pattern: nobody there, so the kiosk waits on its start screen until Start.
test.use({ launchOptions: chromiumLaunch({}) });

/**
 * Starts a session from the kiosk start screen and ends it again: Back from the set-up screen ends
 * the session, and a summary, if any, is finished, so the kiosk resets.
 */
async function startAndEndOneSession(page: Page): Promise<void> {
  await page.getByTestId('kiosk-start-button').click();
  await expect(page.getByTestId('placement')).toBeVisible();
  await page.getByTestId('end').click();
  const summary = page.getByTestId('summary');
  await expect(summary.or(page.getByTestId('kiosk-start')).first()).toBeVisible();
  if (await summary.isVisible()) await page.getByTestId('restart').click();
}

const NOTICE = /This device keeps a record of each session.*no pictures and no names/s;

test.describe('a kiosk with nobody in view', () => {
  test('a prescription can turn the device history on, and the clinician screen explains the choice', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('?clinician=1');
    await page.getByTestId('rx-kiosk').check();
    const box = page.getByTestId('rx-device-history');
    await expect(box).not.toBeChecked();
    await expect(page.getByText('Off: the kiosk keeps nothing after each patient.')).toBeVisible();
    await box.check();
    await expect(page.getByText(/On: for each session the kiosk keeps the stretch.*Its start screen tells every patient/)).toBeVisible();
    const link = await page.getByTestId('rx-link').inputValue();
    const rx = JSON.parse(Buffer.from(new URL(link).searchParams.get('rx')!, 'base64url').toString('utf8')) as { kiosk?: boolean; deviceHistory?: boolean };
    expect(rx).toMatchObject({ kiosk: true, deviceHistory: true });

    await page.goto(link);
    await page.waitForFunction(() => !!document.querySelector('fh-app')?.debug);
    await app.passFirstRun();
    await expect(page.getByTestId('kiosk-history-notice')).toHaveText(NOTICE);
    // Without the kiosk, the box is gone and the prescription carries no device history.
    await app.open('?clinician=1');
    await expect(page.getByTestId('rx-device-history')).toHaveCount(0);
    // A prescription that asks for it without being for a kiosk is refused with the reason named.
    await app.open(`?rx=${param({ ...RX, deviceHistory: true })}&source=none`);
    await expect(page.getByTestId('prescription-refused').locator('li')).toHaveText([/only for a clinic kiosk/]);
  });

  test('patients on a kiosk do not see the camera, file and model panel', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('?kiosk=1');
    await app.passFirstRun();
    await page.getByTestId('kiosk-start-button').click();
    await expect(page.getByTestId('placement')).toBeVisible();
    await expect(page.getByTestId('source-controls')).toHaveCount(0);
    await expect(page.getByTestId('backend-select')).toHaveCount(0);
    // At home it is there, for whoever wants it.
    await app.open('?stretch=standing-toe-touch&source=none');
    await expect(page.getByTestId('placement')).toBeVisible();
    await expect(page.getByTestId('source-controls')).toBeVisible();
  });

  for (const { locale, device, other } of [
    { locale: 'en-GB', device: 'Step in front of the camera to start', other: 'es' },
    { locale: 'es-ES', device: 'Póngase delante de la cámara para empezar', other: 'en' },
  ] as const) {
    test.describe(`a browser in ${locale}`, () => {
      test.use({ locale });

      test('after a reset the language is the device’s own again, not the last person’s choice', async ({ page }) => {
        const app = new AppPage(page);
        await app.open('?kiosk=1');
        await app.passFirstRun();
        await expect(page.getByTestId('kiosk-start')).toHaveText(device);
        // The person switches language and starts.
        await page.getByTestId(`language-${other}`).click();
        await expect(page.getByTestId('kiosk-start')).not.toHaveText(device);
        await expect(page.locator('html')).toHaveAttribute('lang', other);
        await startAndEndOneSession(page);
        await expect(page.getByTestId('kiosk-start')).toHaveText(device);
        await expect(page.locator('html')).toHaveAttribute('lang', locale.slice(0, 2));
        await expect(page.getByTestId(`language-${locale.slice(0, 2)}`)).toHaveAttribute('aria-pressed', 'true');
      });
    });
  }

  test('a prescription that names Spanish opens the kiosk in Spanish in an English browser, and each reset returns to it', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('?clinician=1');
    await page.getByTestId('rx-language').selectOption('es');
    await page.getByTestId('rx-kiosk').check();
    const link = await page.getByTestId('rx-link').inputValue();
    expect(JSON.parse(Buffer.from(new URL(link).searchParams.get('rx')!, 'base64url').toString('utf8'))).toMatchObject({ kiosk: true, language: 'es' });

    await page.goto(link);
    await page.waitForFunction(() => !!document.querySelector('fh-app')?.debug);
    await app.passFirstRun();
    const spanish = 'Póngase delante de la cámara para empezar';
    await expect(page.getByTestId('kiosk-start')).toHaveText(spanish);
    await page.getByTestId('language-en').click();
    await expect(page.getByTestId('kiosk-start')).toHaveText('Step in front of the camera to start');
    await startAndEndOneSession(page);
    await expect(page.getByTestId('kiosk-start')).toHaveText(spanish);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });
});
