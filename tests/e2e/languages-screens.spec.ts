/**
 * The second language on the person's own screens (issue 12, Languages): with the browser in
 * Spanish, the first-run screen, the chooser, the Progress screen and its report, the set-up screen
 * before a stretch and its Advanced panel render in Spanish, the header's switch brings each back to
 * English, and nothing breaks the shipped CSP. Screenshots at a laptop and a portrait kiosk size.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';
import { historyReady, importBackup, seedBackup } from './history-helpers';

test.use({ launchOptions: chromiumLaunch({}), locale: 'es-ES' });

const watchCsp = (page: Page) =>
  page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI}`));
  });
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Whether any button, label or heading is wider than its box (a long Spanish word that does not fit). */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (!/^(BUTTON|H2|H3|LABEL|LEGEND|SUMMARY|P|TABLE)$/.test(el.tagName) || !el.offsetParent) continue;
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') out.push(`${el.tagName} "${el.textContent?.trim().slice(0, 40)}"`);
        const r = el.getBoundingClientRect();
        if (el.tagName === 'TABLE' || el.tagName === 'P') {
          const box = (el.parentElement ?? (el.getRootNode() as ShadowRoot).host).getBoundingClientRect();
          if (r.right > box.right + 1) out.push(`${el.tagName} "${el.textContent?.trim().slice(0, 40)}" wider than its box`);
        }
        if (r.right > document.documentElement.clientWidth + 1) out.push(`${el.tagName} "${el.textContent?.trim().slice(0, 40)}" past the right edge`);
      }
    };
    walk(document);
    return out;
  });

for (const size of [{ width: 1366, height: 768 }, { width: 1080, height: 1920 }] as const) {
  test(`first-run, chooser, progress, report, set-up and Advanced render in Spanish at ${size.width}x${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await watchCsp(page);
    await page.clock.setFixedTime(new Date('2026-05-12T20:30:00'));
    const app = new AppPage(page);
    const shot = (name: string) => page.screenshot({ path: test.info().outputPath(`es-${size.width}x${size.height}-${name}.png`), fullPage: true });
    const english = page.getByTestId('language-en');
    const spanish = page.getByTestId('language-es');

    // First run: what FormHold does, privacy, then back and forth with the switch.
    await app.open('?source=none', { firstRun: true });
    await expect(page.getByRole('heading', { name: 'Bienvenido a FormHold' })).toBeVisible();
    await expect(page.getByTestId('privacy')).toContainText('La imagen de la cámara se analiza solo en este aparato.');
    await expect(page.getByTestId('first-run-ok')).toHaveText('Entendido: empecemos');
    await shot('1-first-run');
    expect(await overflowing(page)).toEqual([]);
    await english.click();
    await expect(page.getByRole('heading', { name: 'Welcome to FormHold' })).toBeVisible();
    await expect(page.getByTestId('first-run-ok')).toHaveText('I understand: let’s start');
    await spanish.click();
    await app.passFirstRun();

    // The chooser, with twelve days of history behind it.
    await importBackup(page, seedBackup('2026-05-12', 12));
    await page.reload();
    await historyReady(page);
    await expect(page.getByRole('heading', { name: 'Elija un estiramiento' })).toBeVisible();
    await expect(page.getByTestId('open-progress')).toHaveText('Progreso');
    await expect(page.getByTestId('choose-routine')).toContainText('Rutina diaria de isquiotibiales');
    await expect(page.getByTestId('choose-lying-hamstring')).toContainText(/Mantener \d+ s · \d+ repetici(ón|ones) por pierna/);
    await expect(page.getByTestId('choose-doorway-wall')).toContainText('Un isquiotibial, poco a poco, tumbado en el marco de una puerta');
    // When each stretch was last done, and how it went, is said in Spanish too.
    await expect(page.getByTestId('choose-lying-hamstring').getByTestId('card-last')).toHaveText(/^Última vez (hoy|ayer|el .+) a las \d\d:\d\d: completado, mejor elevación de la pierna \d+° derecha y \d+° izquierda\.$/);
    await expect(page.getByTestId('setting-hold').locator('option').first()).toHaveText('Lo que indica el ejercicio (20-30 s)');
    await expect(page.getByText('Letra grande')).toBeVisible();
    await shot('2-chooser');
    expect(await overflowing(page)).toEqual([]);

    // Progress: today, the streak, the charts' descriptions and the data controls.
    await page.getByTestId('open-progress').click();
    await expect(page.getByRole('heading', { name: 'Su progreso' })).toBeVisible();
    await expect(page.getByTestId('today')).toContainText('2 de 2 sesiones');
    await expect(page.getByTestId('today-evening')).toHaveText('hecho');
    await expect(page.getByTestId('today')).toContainText('Tarde (desde las 14:00):');
    await expect(page.getByTestId('streak')).toHaveText('12 días');
    await expect(page.getByTestId('progress-lying-hamstring').locator('canvas')).toHaveCount(1);
    await expect(page.getByTestId('progress-lying-hamstring').getByTestId('last-result')).toHaveText(/^Última vez .+: completado, mejor elevación de la pierna/);
    await expect(page.getByTestId('progress-lying-hamstring').locator('.recent li').first()).toHaveText(/^(hoy|ayer|el .+) a las \d\d:\d\d: completado; pierna derecha \d+ s en buena postura/);
    await expect(page.getByTestId('progress-seated-toe-touch')).toContainText('Ángulo de cadera: cuanto más bajo, más se inclina.');
    await expect(page.getByTestId('progress-lying-hamstring').getByTestId('chart')).toHaveAttribute('aria-label', /de cada día durante 12 días; el último: derecha \d+°, izquierda \d+°\.$/);
    // The chart's own words and its dates follow the language (uPlot draws them).
    await expect(page.getByTestId('progress-lying-hamstring').locator('.u-legend')).toContainText('Pierna derecha');
    await expect(page.getByTestId('delete-all')).toHaveText('Borrar todos mis datos');
    await expect(page.getByTestId('import-label')).toContainText('Importar');
    await expect(page.getByTestId('progress-back')).toHaveText('Volver a los estiramientos');
    await shot('3-progress');
    expect(await overflowing(page)).toEqual([]);
    await page.getByTestId('delete-all').click();
    await expect(page.getByTestId('confirm-delete-yes')).toHaveText('Sí, borrar todo');
    await page.getByTestId('confirm-delete-no').click();

    // The report for the physiotherapist (printed in the same language).
    await page.getByTestId('open-report').click();
    await expect(page.getByRole('heading', { name: 'Informe de estiramiento de isquiotibiales: Ann Example' })).toBeVisible();
    await expect(page.getByTestId('print-report')).toHaveText('Imprimir o guardar en PDF');
    await expect(page.getByTestId('report-lying-hamstring').locator('th').first()).toHaveText('Fecha');
    await expect(page.getByTestId('report-lying-hamstring')).toContainText('Tiempo previsto: 30 s por repetición.');
    // Dates in Spanish: "1 may 2026".
    await expect(page.getByTestId('report-lying-hamstring').locator('td').first()).toHaveText(/^\d{1,2} may 2026, \d\d:\d\d$/);
    await shot('4-report');
    expect(await overflowing(page)).toEqual([]);
    await english.click();
    await expect(page.getByRole('heading', { name: 'Hamstring stretching report: Ann Example' })).toBeVisible();
    await expect(page.getByTestId('report-lying-hamstring').locator('td').first()).toHaveText(/^May \d{1,2}, 2026, \d\d:\d\d$/);
    await page.getByTestId('report-back').click();
    await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
    await expect(page.getByTestId('streak')).toHaveText('12 days');
    await expect(page.getByTestId('progress-lying-hamstring').getByTestId('last-result')).toHaveText(/^Last done .+: completed, best leg raise \d+° right, \d+° left\.$/);
    await expect(page.getByTestId('progress-lying-hamstring').locator('.u-legend')).toContainText('Right leg');
    await spanish.click();
    await expect(page.getByTestId('streak')).toHaveText('12 días');
    await page.getByTestId('progress-back').click();

    // The set-up screen before a stretch, and its Advanced panel opened.
    await page.getByTestId('choose-lying-hamstring').click();
    await expect(page.getByTestId('ready')).toHaveText('Listo');
    await expect(page.getByRole('heading', { name: 'Coloque la cámara' })).toBeVisible();
    await expect(page.getByTestId('placement')).toHaveText('La cámara baja (del suelo a la altura de la rodilla), a 2-3 m, de lado. Todo su cuerpo, de la cabeza a los pies, dentro de la imagen.');
    await expect(page.getByTestId('readiness')).toHaveText(/^(Preparando: cargando el detector de movimiento|Todavía no hay imagen)/);
    await expect(page.getByTestId('start')).toHaveText('Empezar ya');
    await expect(page.getByTestId('end')).toHaveText('Atrás');
    const advanced = page.getByTestId('source-controls');
    await advanced.locator('summary').click();
    await expect(advanced.locator('summary')).toHaveText('Avanzado: cámara, archivo y modelo de postura');
    await expect(page.getByTestId('use-camera')).toHaveText('Usar la cámara');
    await expect(advanced).toContainText('Espejo');
    await expect(advanced).toContainText('Modelo de postura:');
    await expect(page.getByTestId('mute')).toHaveAttribute('title', /^Pulse para/);
    await shot('5-setup-advanced');
    expect(await overflowing(page)).toEqual([]);

    await english.click();
    await expect(page.getByTestId('ready')).toHaveText('Ready');
    await expect(page.getByRole('heading', { name: 'Set up the camera' })).toBeVisible();
    await expect(advanced.locator('summary')).toHaveText('Advanced: camera, file and pose model');
    await expect(page.getByTestId('use-camera')).toHaveText('Use camera');
    await expect(page.getByTestId('readiness')).toHaveText(/^(Getting ready: loading the movement checker|No picture yet)/);
    await page.getByTestId('end').click();
    await expect(page.getByRole('heading', { name: 'Choose a stretch' })).toBeVisible();
    await expect(page.getByTestId('choose-routine')).toContainText('Daily hamstring routine');
    expect(await cspViolations(page)).toEqual([]);
  });
}
