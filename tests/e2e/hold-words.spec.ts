import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';

// The synthetic clip: 3 s standing, 2 s folding, good hold from 4.27 s to 30.4 s, knees bending
// 30-33 s, standing up 33-36 s; Chromium's fake camera loops it.
test.use({ launchOptions: chromiumLaunch({ clip: 'standing-toe-touch-hold' }) });

/** The words on the coaching screen as a person reads them, looking through shadow roots. */
interface Words {
  clipS: number;
  /** The hold's status, empty until the coaching screen shows (the set-up screen has no hold state). */
  status: string;
  /** Every text and accessible text on the page (visible words, aria labels and value texts). */
  all: string;
  cue: string;
  cueKind: string;
  holdState: string;
  rows: string[];
  judgedBones: number;
}

function words(page: Page): Promise<Words> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walk = (root: Node) => {
      for (const n of Array.from(root.childNodes)) {
        if (n.nodeType === Node.TEXT_NODE) texts.push(n.textContent ?? '');
        if (n instanceof Element) {
          if (n.tagName === 'STYLE' || n.tagName === 'SCRIPT') continue;
          for (const a of ['aria-label', 'aria-valuetext']) if (n.hasAttribute(a)) texts.push(n.getAttribute(a)!);
          if (n.shadowRoot) walk(n.shadowRoot);
          walk(n);
        }
      }
    };
    walk(document.body);
    const app = document.querySelector('fh-app')!;
    const panel = app.shadowRoot!.querySelector('fh-coach-panel')?.shadowRoot;
    const cue = panel?.querySelector('[data-testid=cue]');
    const state = panel?.querySelector('[data-testid=hold-state]') ?? panel?.querySelector('fh-hold-meter')?.shadowRoot?.querySelector('[data-testid=hold-state]');
    return {
      clipS: (app.debug.pipeline.media as HTMLVideoElement | undefined)?.currentTime ?? 0,
      status: app.debug.session.screen === 'coach' ? (app.debug.session.hold?.status ?? '') : '',
      all: texts.join(' ').replace(/\s+/g, ' '),
      cue: cue?.textContent?.trim() ?? '',
      cueKind: cue?.className.replace('cue', '').trim() ?? '',
      holdState: state?.textContent?.trim() ?? '',
      rows: Array.from(panel?.querySelectorAll('[data-testid=angle-row]') ?? []).map((r) => r.textContent?.trim() ?? ''),
      /** Bones coloured by a rule on the picture (red or green). */
      judgedBones: app.shadowRoot!.querySelector('fh-stage')?.boneStates.size ?? 0,
    };
  });
}

/** The standing toe touch's form cues: none may show while resting. */
const FORM_CUES = ['Straighten your knees', 'Bend further forward', 'Good form: relax and hold', "Hold still, don't bounce"];
/** A number with its target: "Knees 152°, straighten to 165°" or "Hip angle 80° (bent far enough: 100°)". */
const WITH_TARGET = /^\D+ \d+°.*\d+°\)?$/;

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}-1366x768.png`) });
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: test.info().outputPath(`${name}-1080x1920.png`) });
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('the hold state says what is happening; rest shows no form cue, even while the knees bend', async ({ page }) => {
  const app = new AppPage(page);
  // A 20 s hold from 4.27 s, then a 10 s rest from about 24.3 s to 34.3 s: the knees bend (30-33 s)
  // during the rest. Before the fix the ring said "PAUSED" before the hold started, and the rest
  // showed "Straighten your knees" in red.
  await app.open('?stretch=standing-toe-touch&hold=20&reps=2&rest=10&backend=wasm');
  await app.pressReady();
  const seen: Words[] = [];
  const shot = new Set<string>();
  const start = Date.now();
  while (Date.now() - start < 90_000) {
    const w = await words(page);
    if (!w.status) {
      await page.waitForTimeout(200);
      continue;
    }
    seen.push(w);
    if (w.status === 'counting' && w.clipS > 12 && !shot.has('counting')) {
      shot.add('counting');
      await shoot(page, 'counting');
    }
    if (w.status === 'resting' && w.clipS > 31 && !shot.has('resting')) {
      shot.add('resting');
      await shoot(page, 'resting-knees-bent');
    }
    // After the rest, standing up: the next rep waits for good form.
    if (w.status === 'waiting' && shot.has('resting') && w.cueKind === 'fix') {
      await shoot(page, 'waiting');
      break;
    }
    await page.waitForTimeout(200);
  }
  const by = (s: string) => seen.filter((w) => w.status === s);
  expect(by('counting').length).toBeGreaterThan(5);
  expect(by('resting').length).toBeGreaterThan(5);
  expect(by('waiting').length).toBeGreaterThan(1);

  // Nobody pressed Pause: the word appears nowhere, in any state.
  for (const w of seen) expect(w.all, `at ${w.clipS}s (${w.status})`).not.toMatch(/paused/i);

  for (const w of by('waiting')) expect(w.holdState).toBe('Waiting for good form');
  for (const w of by('counting')) {
    expect(w.holdState).toBe('Hold it');
    expect(w.rows.length).toBeGreaterThan(0);
    for (const row of w.rows) expect(row).toMatch(WITH_TARGET);
  }
  const restBent = by('resting').filter((w) => w.clipS > 30.9 && w.clipS < 32.8);
  expect(restBent.length).toBeGreaterThan(2);
  for (const w of by('resting')) {
    expect(w.holdState).toBe('Rest');
    expect(w.cueKind, `cue at ${w.clipS}s`).toBe('rest');
    // Nor on the picture: no bone is coloured red (or green) while resting.
    expect(w.judgedBones, `bones at ${w.clipS}s`).toBe(0);
    for (const c of FORM_CUES) expect(w.all).not.toContain(c);
    expect(w.rows).toEqual([]);
  }
  // The person stood up after the rest: a form cue again, with the angle and its target.
  const after = by('waiting').at(-1)!;
  expect(after.rows, after.cue).toContainEqual(expect.stringMatching(/^(Knees \d+°, straighten to 165°|Hip angle \d+°, bend forward to 100°)$/));

  // Pressed Pause: now, and only now, it says so.
  await page.getByTestId('pause').click();
  await expect(page.getByTestId('hold-state')).toHaveText('Paused');
  await expect(page.getByTestId('cue')).toHaveText('Paused. Press Resume when you are ready.');
  await page.getByTestId('resume').click();
  await expect(page.getByTestId('hold-state')).not.toHaveText('Paused');
  expect((await words(page)).all).not.toMatch(/paused/i);
});

test('a short rest shows the rest words, never a form cue', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&hold=5&reps=2&rest=5&backend=wasm');
  await app.pressReady();
  const seen: Words[] = [];
  const start = Date.now();
  while (Date.now() - start < 60_000) {
    const w = await words(page);
    if (w.status) seen.push(w);
    if (w.status === 'done' || (seen.some((s) => s.status === 'resting') && w.status === 'counting' && w.clipS > 17)) break;
    await page.waitForTimeout(200);
  }
  const resting = seen.filter((w) => w.status === 'resting');
  expect(resting.length).toBeGreaterThan(5);
  for (const w of resting) {
    expect(w.cue).toBe('Rest and relax. Nothing to do until the next hold.');
    expect(w.cueKind).toBe('rest');
    for (const c of FORM_CUES) expect(w.all).not.toContain(c);
  }
  for (const w of seen) expect(w.all, `at ${w.clipS}s (${w.status})`).not.toMatch(/paused/i);
  const counting = seen.filter((w) => w.status === 'counting');
  expect(counting.length).toBeGreaterThan(3);
  for (const w of counting) for (const row of w.rows) expect(row).toMatch(WITH_TARGET);
});
