/**
 * Languages: the browser's language picks Spanish, the header's switch changes it and the choice
 * survives a reload at home (never stored on a kiosk). The Spanish module is a chunk from the app's
 * own origin, loaded under the shipped CSP with no violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';

test.use({ launchOptions: chromiumLaunch({}) });

const watchCsp = (page: Page) =>
  page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI}`));
  });
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
const storedLanguage = (page: Page) => page.evaluate(() => localStorage.getItem('formhold.language.v1'));

test.describe('browser language es-ES', () => {
  test.use({ locale: 'es-ES' });

  for (const size of [{ width: 1366, height: 768 }, { width: 1080, height: 1920 }] as const) {
    test(`clinician screen and kiosk start screen render in Spanish at ${size.width}x${size.height}`, async ({ page, baseURL }) => {
      await page.setViewportSize(size);
      await watchCsp(page);
      const localeChunks: string[] = [];
      page.on('requestfinished', (r) => {
        if (/\/assets\/es-[\w-]+\.js$/.test(r.url())) localeChunks.push(r.url());
      });
      const app = new AppPage(page);
      const shot = (name: string) => page.screenshot({ path: test.info().outputPath(`es-${size.width}x${size.height}-${name}.png`) });

      await app.open('?clinician=1');
      await expect(page.getByRole('heading', { name: 'Preparar una pauta' })).toBeVisible();
      await expect(page.getByTestId('rx-add')).toHaveText('Añadir un estiramiento');
      await expect(page.getByTestId('rx-copy')).toHaveText('Copiar el enlace');
      await expect(page.getByTestId('language-es')).toHaveAttribute('aria-pressed', 'true');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      await expect(page.getByTestId('rx-qr')).toBeVisible();
      await shot('clinician');
      expect(localeChunks.length).toBeGreaterThan(0);
      for (const url of localeChunks) expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
      expect(await cspViolations(page)).toEqual([]);

      await app.open('?kiosk=1');
      await app.passFirstRun();
      await expect(page.getByTestId('kiosk-start')).toHaveText('Póngase delante de la cámara para empezar');
      await expect(page.getByTestId('kiosk-status')).toHaveText('La cámara le está esperando.', { timeout: 30_000 });
      await expect(page.getByTestId('kiosk-start-button')).toHaveText('Empezar');
      await shot('kiosk-start');
      expect(await cspViolations(page)).toEqual([]);
    });
  }
});

test.describe('browser language en-US', () => {
  test.use({ locale: 'en-US' });

  test('the switch changes the language, and it survives a reload at home', async ({ page }) => {
    await watchCsp(page);
    const app = new AppPage(page);
    await app.open('?clinician=1');
    await expect(page.getByRole('heading', { name: 'Make a prescription' })).toBeVisible();

    await page.getByTestId('language-es').click();
    await expect(page.getByRole('heading', { name: 'Preparar una pauta' })).toBeVisible();
    await expect(page.getByTestId('close-clinician')).toHaveText('Volver a los estiramientos');
    expect(await storedLanguage(page)).toBe('es');

    await app.open('?clinician=1');
    await expect(page.getByRole('heading', { name: 'Preparar una pauta' })).toBeVisible();
    // The home screen's own links are covered too.
    await app.open('');
    await expect(page.getByTestId('open-clinician')).toHaveText('Para profesionales');

    await page.getByTestId('language-en').click();
    await expect(page.getByTestId('open-clinician')).toHaveText('For clinicians');
    expect(await storedLanguage(page)).toBe('en');
    expect(await cspViolations(page)).toEqual([]);
  });

  test('on a kiosk the switch works but nothing is stored', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('?kiosk=1');
    await app.passFirstRun();
    await expect(page.getByTestId('kiosk-start')).toHaveText('Step in front of the camera to start');
    await page.getByTestId('language-es').click();
    await expect(page.getByTestId('kiosk-start')).toHaveText('Póngase delante de la cámara para empezar');
    expect(await storedLanguage(page)).toBeNull();
  });
});

test.describe('offline', () => {
  test.use({ locale: 'es-ES', serviceWorkers: 'allow' });

  test('after one visit, Spanish still loads with the network off (the chunk is precached)', async ({ page, context }) => {
    const app = new AppPage(page);
    await app.open('?clinician=1');
    await expect(page.getByRole('heading', { name: 'Preparar una pauta' })).toBeVisible();
    // Workbox activates (and claims the page) only after every precache file is stored.
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 120_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    await context.setOffline(true);
    await app.open('?clinician=1');
    await expect(page.getByRole('heading', { name: 'Preparar una pauta' })).toBeVisible();
    await expect(page.getByTestId('rx-copy')).toHaveText('Copiar el enlace');
  });
});
