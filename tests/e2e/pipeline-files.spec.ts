import { expect, test } from '@playwright/test';
import { AppPage, bestScore } from './app-page';
import { photo } from './clips.mjs';

test('a photo opened as a file shows a skeleton with confident legs', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&source=none&backend=wasm');
  await page.getByTestId('file-input').setInputFiles(photo('standing-toe-touch-side.jpg'));
  await app.waitForFrames(3);
  const r = await app.report();
  for (const joint of ['hip', 'knee', 'ankle'] as const) expect(bestScore(r!.scores, joint), joint).toBeGreaterThan(0.5);
  expect(r!.angles.hipLeft ?? r!.angles.hipRight).toBeLessThan(90);
  expect(await app.overlayInk()).toBeGreaterThan(2000);
  await page.screenshot({ path: test.info().outputPath('photo.png') });
});

test('the squats video opened as a file is tracked frame after frame', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&source=none&backend=wasm');
  await page.getByTestId('file-input').setInputFiles(photo('squats-front-13s.mp4'));
  await app.waitForFrames(40);
  const r = await app.report();
  for (const joint of ['hip', 'knee', 'ankle'] as const) expect(bestScore(r!.scores, joint), joint).toBeGreaterThan(0.5);
  expect(r!.view).toBe('front');
  await expect(page.getByTestId('readiness')).toHaveText('Turn side-on to the camera');
});
