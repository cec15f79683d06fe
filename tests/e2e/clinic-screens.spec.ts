/**
 * The clinic's screens at laptop and kiosk sizes, screenshot and checked for accessibility: the
 * clinician screen, the kiosk's start screen and a prescription's preview. The fake camera shows
 * Chromium's test pattern: nobody in front of it, so the kiosk stays on its start screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';
import { param, RX } from './prescription-fixture';

test.use({ launchOptions: chromiumLaunch({}) });


const LAYOUTS = [
  { width: 1366, height: 768 },
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
] as const;

test.describe('clinic screens at kiosk and laptop sizes', () => {

  for (const size of LAYOUTS) {
    test(`clinician screen, kiosk start screen and prescription preview at ${size.width}x${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      // The QR code, the file download and the kiosk screen all run under the shipped CSP.
      await page.addInitScript(() => {
        const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI}`));
      });
      const noViolations = async () => expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      const app = new AppPage(page);
      const shot = (name: string) => page.screenshot({ path: test.info().outputPath(`${size.width}x${size.height}-${name}.png`) });
      const axe = async (screen: string) => {
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen}: ${v.id} ${v.help}`)).toEqual([]);
      };

      await app.open('?clinician=1');
      await expect(page.getByTestId('rx-qr')).toBeVisible();
      await shot('clinician');
      await axe('clinician');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rx-download').click()]);
      expect(download.suggestedFilename()).toBe('formhold-prescription.json');
      await noViolations();

      // The tallest start screen: a prescription and the notice that the device keeps a record.
      await app.open(`?kiosk=1&history=1&rx=${param(RX)}`);
      await app.passFirstRun();
      await expect(page.getByTestId('kiosk-start')).toBeVisible();
      await expect(page.getByTestId('kiosk-history-notice')).toBeVisible();
      await expect(page.getByTestId('kiosk-status')).toHaveText('The camera is watching for you.', { timeout: 30_000 });
      await shot('kiosk-start');
      await axe('kiosk start');
      await noViolations();
      // Start is a big touch target, on the screen without scrolling (a kiosk has no one to scroll it).
      const box = await page.getByTestId('kiosk-start-button').boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(64);
      expect(box!.y + box!.height).toBeLessThanOrEqual(size.height);

      await app.open(`?rx=${param(RX)}&source=none`);
      await expect(page.getByTestId('prescription-preview')).toBeVisible();
      await shot('prescription-preview');
      await axe('prescription preview');
    });
  }
});
