import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';

// The synthetic clip: 3 s standing, 2 s folding, good hold from 4.27 s to 30.4 s (ground truth),
// knees bending 30-33 s, standing up 33-36 s; Chromium's fake camera loops it.
test.use({ launchOptions: chromiumLaunch({ clip: 'standing-toe-touch-hold' }) });
const GOOD_FROM_S = 4.27;
const GOOD_TO_S = 30.4;

test('a 20 s standing toe-touch hold is counted only in good form and completes on time', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&backend=wasm');
  await app.pressReady();
  const samples = await app.sample((p) => p.repsDone >= 1, 60_000);
  const before = samples.filter((p) => p.screen === 'coach' && p.clipS < GOOD_FROM_S - 0.5);
  expect(before.length).toBeGreaterThan(0);
  for (const p of before) expect(p.valueNow, `counted before good form at ${p.clipS}s`).toBe(0);
  const done = samples.at(-1)!;
  expect(done.repsDone).toBe(1);
  // 20 s of good form from 4.27 s: the rep ends at 24.27 s of clip time, within 1.5 s.
  expect(Math.abs(done.clipS - (GOOD_FROM_S + 20))).toBeLessThan(1.5);
  await expect(page.getByTestId('rest')).toBeVisible();
});

test('the count stops while the knees bend, and the cue says so', async ({ page }) => {
  const app = new AppPage(page);
  // A 30 s hold, longer than the 26 s of good form, so the knee bend happens mid-hold.
  await app.open('?stretch=standing-toe-touch&backend=wasm&hold=30');
  await app.pressReady();
  const samples = await app.sample((p) => p.clipS > 33.4, 60_000);
  // From 1.5 s after good form ends (the clips' tolerance: the bend deepens past the threshold
  // gradually, a change of verdict must last 0.4 s, and a frame is 0.1-0.3 s old when shown) until
  // the person stands up.
  const atEnd = samples.filter((p) => p.clipS > GOOD_TO_S + 1.5 && p.clipS < 33.4);
  expect(atEnd.length).toBeGreaterThan(3);
  const held = samples.filter((p) => p.clipS > GOOD_TO_S - 0.5 && p.clipS < GOOD_TO_S).at(-1)!.countedS;
  expect(Math.abs(held - (GOOD_TO_S - GOOD_FROM_S))).toBeLessThanOrEqual(1.5);
  for (const p of atEnd) {
    expect(p.status).toBe('paused');
    expect(p.countedS).toBeLessThanOrEqual(held + 0.7);
    expect(p.valueNow).toBe(Math.floor(p.countedS)); // the progressbar reads the same truth
  }
  expect(atEnd.some((p) => p.cue === 'Straighten your knees')).toBe(true);
  // Broken form is not a pause: nobody pressed Pause (the ring used to say "PAUSED" here).
  await expect(page.getByTestId('hold-state')).toHaveText('Waiting for good form');
  await page.screenshot({ path: test.info().outputPath('knees-bent.png') });
});
