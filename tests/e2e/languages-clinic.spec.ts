/**
 * The clinic's words in the second language (issue 12, Languages): with the browser in Spanish, a
 * prescription's lines on the preview and the kiosk's start screen, a link's bad value, and a
 * refused prescription's problems (on the patient's screen and the clinician's) are in Spanish, and
 * the header's switch rewords them in English (they are worded when shown, not at start-up).
 * Screenshot of the kiosk start screen at a portrait kiosk size.
 */
import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';
import { param, RX } from './prescription-fixture';

test.use({ launchOptions: chromiumLaunch({}), locale: 'es-ES' });

const SPANISH_LINES = [
  'Estiramiento de isquiotibiales tumbado, pierna izquierda, 45 s × 3, descanso 15 s',
  'Tocarse los pies de pie, pies juntos, 30 s × 2, descanso 10 s, 5° más suave',
  'Tocarse los pies de pie, pies cruzados, 30 s × 2, descanso 10 s, 5° más suave',
];

test.describe('the clinic in Spanish', () => {
  test('a prescription link shows its lines in Spanish on the preview, the note and the kiosk start screen', async ({ page }) => {
    const app = new AppPage(page);
    await app.open(`?rx=${param(RX)}&source=none`);
    await expect(page.getByTestId('prescription-preview')).toContainText('Su pauta');
    await expect(page.getByTestId('prescription-lines').locator('li')).toHaveText(SPANISH_LINES);
    await page.getByTestId('start-prescription').click();
    await expect(page.getByTestId('prescription-note')).toHaveText(`Pauta: ${SPANISH_LINES[0]}`);
    await page.getByTestId('end').click();
    // The switch rewords the lines already on screen.
    await page.getByTestId('language-en').click();
    await expect(page.getByTestId('prescription-lines').locator('li').first()).toHaveText('Lying hamstring stretch, left leg, 45 s × 3, rest 15 s');

    await page.setViewportSize({ width: 1080, height: 1920 });
    await app.open(`?kiosk=1&rx=${param(RX)}`);
    await app.passFirstRun();
    await expect(page.getByTestId('kiosk-start')).toBeVisible();
    await expect(page.getByTestId('prescription-lines').locator('li')).toHaveText(SPANISH_LINES);
    await expect(page.getByTestId('kiosk-status')).toHaveText('La cámara le está esperando.', { timeout: 30_000 });
    await page.screenshot({ path: test.info().outputPath('es-1080x1920-kiosk-start-prescription.png') });
  });

  test("a link's bad value is named in Spanish, and in English after the switch", async ({ page }) => {
    const app = new AppPage(page);
    await app.open('?hold=-5&reps=2.5&source=none');
    await expect(page.getByTestId('problems')).toHaveText(
      'El tiempo de mantener en el enlace, -5 segundos, es demasiado corto: debe ser de 5 a 300 segundos. ' +
        'El número de repeticiones en el enlace, 2.5, no es un número entero: debe ser un número entero de 1 a 20.',
    );
    await page.getByTestId('language-en').click();
    await expect(page.getByTestId('problems')).toContainText('The hold time in the link, -5 seconds, is too short: it must be 5 to 300 seconds.');
  });

  test("a refused prescription's problems are in Spanish, for the patient and on the clinician screen", async ({ page }) => {
    const app = new AppPage(page);
    const bad = { ...RX, steps: [{ stretch: 'lying-hamstring', side: 'left', holdS: 400, reps: 0, restS: 15 }, { stretch: 'standing-toe-touch', side: 'left' }] };
    await app.open(`?rx=${param(bad)}&source=none`);
    const refused = page.getByTestId('prescription-refused');
    await expect(refused).toContainText('no se ha aplicado nada de ella');
    await expect(refused.locator('li')).toHaveText([
      'El tiempo de mantener del estiramiento 1 (estiramiento de isquiotibiales tumbado), 400 segundos, es demasiado largo: debe ser de 5 a 300 segundos.',
      'El número de repeticiones del estiramiento 1 (estiramiento de isquiotibiales tumbado), 0, es demasiado bajo: debe ser un número entero de 1 a 20.',
      'Estiramiento 2 (tocarse los pies de pie): este estiramiento trabaja las dos piernas a la vez, así que su lado debe ser "both".',
    ]);
    await page.screenshot({ path: test.info().outputPath('es-prescription-refused.png') });
    await page.getByTestId('language-en').click();
    await expect(refused.locator('li').first()).toHaveText('The hold time for stretch 1 (lying hamstring stretch), 400 seconds, is too long: it must be 5 to 300 seconds.');

    await app.open('?clinician=1');
    await page.getByTestId('language-es').click();
    await page.getByTestId('rx-row-0').getByTestId('rx-hold').fill('400');
    await expect(page.getByTestId('rx-problems')).toContainText('El tiempo de mantener del estiramiento 1 (estiramiento de isquiotibiales tumbado), 400 segundos, es demasiado largo: debe ser de 5 a 300 segundos.');
  });
});
