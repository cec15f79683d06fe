/**
 * Languages on the coached session: with the browser in Spanish, a real session on the fake camera
 * (the standing toe touch clip) shows its instruction, cues, hold words and angle rows, the how-to
 * dialog and the summary in Spanish, speaks Spanish words with lang "es", and runs under the CSP
 * with no violation. Screenshots at 1366x768 and 1080x1920 are taken to be looked at.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';

// 3 s standing, 2 s folding, a good hold from 4.27 s to 30.4 s, knees bending 30-33 s; the fake camera loops it.
test.use({ launchOptions: chromiumLaunch({ clip: 'standing-toe-touch-hold' }), locale: 'es-ES' });

/** Records CSP violations and what the voice is asked to say (text and language), instead of speaking. */
const watch = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[]; spoken: { text: string; lang: string }[] };
    w.cspViolations = [];
    w.spoken = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI}`));
    if (window.speechSynthesis) window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void w.spoken.push({ text: u.text, lang: u.lang });
  });
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);

/** The coach panel's words, looking through its shadow root. */
const coachWords = (page: Page) =>
  page.evaluate(() => {
    const app = document.querySelector('fh-app')!;
    const panel = app.shadowRoot!.querySelector('fh-coach-panel')?.shadowRoot;
    const meter = panel?.querySelector('fh-hold-meter')?.shadowRoot;
    return {
      status: app.debug.session.screen === 'coach' ? (app.debug.session.hold?.status ?? '') : '',
      heading: panel?.querySelector('#stretch-name')?.textContent?.trim() ?? '',
      progress: panel?.querySelector('[data-testid=progress]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      cue: panel?.querySelector('[data-testid=cue]')?.textContent?.trim() ?? '',
      holdState: meter?.querySelector('[data-testid=hold-state]')?.textContent?.trim() ?? '',
      meterText: meter?.querySelector('[role=progressbar]')?.getAttribute('aria-valuetext') ?? '',
      rows: Array.from(panel?.querySelectorAll('[data-testid=angle-row]') ?? []).map((r) => r.textContent?.trim() ?? ''),
      buttons: Array.from(panel?.querySelectorAll('.controls button') ?? []).map((b) => b.textContent?.trim() ?? ''),
      howTo: panel?.querySelector('fh-how-to-button')?.shadowRoot?.querySelector('[data-testid=how-to]')?.textContent?.trim() ?? '',
    };
  });

/** The standing toe touch's cues in Spanish, as src/locales/xliff/es.xlf words them. */
const SPANISH_CUES = ['Estire las rodillas', 'Inclínese un poco más hacia delante', 'Buena postura: relájese y aguante', 'Aguante sin moverse, sin rebotes', 'Póngase de lado a la cámara'];
/** "Rodillas 172° (bastante rectas: 165°)", "Ángulo de cadera 120°, inclínese hasta 100°". */
const SPANISH_ROW = /^(Rodillas|Ángulo de cadera) \d+°(, (estírelas|inclínese) hasta \d+°| \((bastante rectas|bastante inclinado|bastante cerca de)[: ]+\d+°\))$/;

async function shootBoth(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: test.info().outputPath(`es-${name}-1366x768.png`) });
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: test.info().outputPath(`es-${name}-1080x1920.png`) });
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('a coached session in Spanish: instruction, cues, hold words, how-to, summary and voice', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await watch(page);
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&hold=20&reps=1&backend=wasm');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  await app.pressReady();

  // Coaching: sample until the hold has counted a while, keeping every cue seen.
  const cues = new Set<string>();
  let counting: Awaited<ReturnType<typeof coachWords>> | undefined;
  let waiting: Awaited<ReturnType<typeof coachWords>> | undefined;
  const start = Date.now();
  while (Date.now() - start < 90_000) {
    const w = await coachWords(page);
    if (w.status) cues.add(w.cue);
    if (w.status === 'waiting' && !waiting) waiting = w;
    if (w.status === 'counting' && w.rows.length && (await page.evaluate(() => document.querySelector('fh-app')!.debug.session.hold!.countedMs)) > 6000) {
      counting = w;
      break;
    }
    await page.waitForTimeout(200);
  }
  expect(counting, `cues seen: ${[...cues].join(' | ')}`).toBeDefined();
  const w = counting!;
  expect(w.heading).toBe('Tocarse los pies de pie, pies juntos');
  expect(w.progress).toMatch(/^Estiramiento 1 de 2 · Las dos piernas, repetición 1 de 1$/);
  expect(w.holdState).toBe('Aguante así');
  expect(w.meterText).toMatch(/^\d+ de 20 segundos mantenidos en buena postura\. Aguante así$/);
  for (const row of w.rows) expect(row).toMatch(SPANISH_ROW);
  expect(w.buttons).toEqual(expect.arrayContaining(['Pausa', 'Saltar', 'Terminar']));
  expect(w.howTo).toBe('Cómo se hace');
  // Every cue shown on the coach screen was a Spanish one (none left in English).
  const shown = [...cues].filter(Boolean);
  expect(shown.length).toBeGreaterThan(0);
  for (const c of shown) expect(SPANISH_CUES, `cue "${c}"`).toContain(c);
  if (waiting) expect(waiting.holdState).toBe('Esperando la buena postura');
  await shootBoth(page, 'coach-counting');

  // The voice says Spanish words, in Spanish: the start of coaching, the cues, the count.
  const said = await spoken(page);
  expect(said.length).toBeGreaterThan(0);
  for (const u of said) expect(u.lang, u.text).toBe('es');
  expect(said.map((u) => u.text)).toContainEqual(expect.stringMatching(/^Tocarse los pies de pie, pies juntos\. Colóquese para el estiramiento/));
  expect(said.map((u) => u.text)).toContainEqual(expect.stringMatching(/^5 segundos\.$/));

  // The how-to dialog, read during the stretch.
  await page.getByTestId('how-to').click();
  const dialog = page.getByTestId('how-to-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Cómo se hace: Tocarse los pies de pie, pies juntos');
  await expect(dialog.getByText('Qué debe notar')).toBeVisible();
  await expect(dialog.getByText('Pare si nota')).toBeVisible();
  await expect(dialog.getByTestId('steps')).toContainText('Póngase de pie con la espalda recta y los pies juntos.');
  await expect(dialog.getByTestId('stop-rules')).toContainText('Dolor que baja por la pierna');
  await expect(dialog.getByTestId('how-to-close')).toHaveText('Cerrar');
  await shootBoth(page, 'how-to');
  await dialog.getByTestId('how-to-close').click();

  // Pause: the words to go on.
  await page.getByTestId('pause').click();
  await expect(page.getByTestId('cue')).toHaveText('En pausa. Pulse Seguir cuando quiera continuar.');
  await expect(page.getByTestId('resume')).toHaveText('Seguir');
  await page.getByTestId('resume').click();

  // End early: the summary says how it went, and that the feet-crossed variation was not done.
  await page.getByTestId('end').click();
  const summary = page.getByTestId('summary');
  await expect(summary).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('heading', { name: 'Cómo ha ido' })).toBeVisible();
  const card = page.getByTestId('summary-standing-toe-touch');
  await expect(card.getByRole('heading', { level: 3 })).toHaveText('Tocarse los pies de pie, pies juntos');
  await expect(card.locator('thead')).toContainText('Tiempo en buena postura');
  await expect(card.locator('thead')).toContainText('Mejor ángulo de cadera');
  await expect(card.getByTestId('summary-side-both').locator('th')).toHaveText('Las dos piernas');
  await expect(card.getByTestId('key-target')).toHaveText(/^Objetivo de ángulo de cadera: \d+° o menos\.$/);
  await expect(card.locator('.workon')).toHaveText(/^(A mejorar: .+ \(\d+ s fuera de la buena postura\)\.|Sin terminar: 0 de 1 repetición hecha\.)/);
  await expect(page.getByTestId('not-started')).toHaveText('No hecho hoy: Tocarse los pies de pie, pies cruzados.');
  await expect(page.getByTestId('restart')).toHaveText('Elegir otro estiramiento');
  await shootBoth(page, 'summary');
  expect((await spoken(page)).map((u) => u.text)).toContain('Sesión interrumpida. Así ha ido.');

  expect(await cspViolations(page)).toEqual([]);
});
