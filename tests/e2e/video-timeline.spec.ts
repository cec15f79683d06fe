/**
 * A video opened as a file in a session is decoded frame by frame (not played): a progress bar
 * with Cancel while it works, then a timeline whose counted time agrees with the fixture's ground
 * truth; Cancel stops it; what is not an MP4 is played as before (issue 13).
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './app-page';
import { groundTruthGoodS, holdMp4, holdWebm, wholeClipMp4 } from './video-files.mjs';

const outcomes = (page: Page) => page.evaluate(() => [...document.querySelector('fh-app')!.debug.video.outcomes]);
const framesDone = (page: Page) => page.getByTestId('video-progress-words').getAttribute('data-done').then(Number);

test('a video file is checked picture by picture, with progress, into a timeline that counts the hold', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&source=none&backend=wasm');
  await page.getByTestId('file-input').setInputFiles(holdMp4());
  await expect(page.getByTestId('video-progress')).toBeVisible();
  await expect(page.getByTestId('video-cancel')).toBeVisible();
  await expect.poll(() => framesDone(page), { timeout: 60_000 }).toBeGreaterThan(0);
  const totals = page.getByTestId('video-totals');
  await expect(totals).toBeVisible({ timeout: 110_000 });
  const counted = Number(await totals.getAttribute('data-counted-s'));
  const good = Number(await totals.getAttribute('data-good-s'));
  const truth = groundTruthGoodS();
  expect(truth).toBeGreaterThan(2);
  expect(Math.abs(counted - truth), `counted ${counted} s, ground truth ${truth} s`).toBeLessThan(1.5);
  expect(good).toBeGreaterThanOrEqual(counted - 0.01);
  await expect(totals).toContainText('The hold counted');
  // Every picture of the 15 fps file was analysed once.
  const study = await page.evaluate(() => {
    const s = document.querySelector('fh-app')!.debug.video.state;
    return s.kind === 'done' ? { analysed: s.study.framesAnalysed, inVideo: s.study.framesInVideo } : undefined;
  });
  expect(study).toEqual({ analysed: 60, inVideo: 60 });
  // The chart was drawn: a canvas with ink on it.
  await expect(page.getByTestId('video-chart').locator('canvas')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('video-timeline-1366x768.png') });
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: test.info().outputPath('video-timeline-1080x1920.png') });
  // Done goes back to the session.
  await page.getByTestId('video-close').click();
  await expect(page.getByTestId('video-totals')).toHaveCount(0);
  await expect(page.getByTestId('file-input')).toBeAttached();
  expect(await outcomes(page)).toEqual(['done']);
});

test('Cancel stops the check at once, and a file that is not an MP4 is played instead', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&source=none&backend=wasm');
  await page.getByTestId('file-input').setInputFiles(holdMp4());
  await expect.poll(() => framesDone(page), { timeout: 60_000 }).toBeGreaterThan(1);
  await page.screenshot({ path: test.info().outputPath('video-progress-1366x768.png') });
  await page.getByTestId('video-cancel').click();
  await expect(page.getByTestId('video-progress')).toHaveCount(0);
  expect(await outcomes(page)).toEqual(['cancelled']);
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('video-totals')).toHaveCount(0);
  expect(await outcomes(page)).toEqual(['cancelled']);
  // The latest request wins: another file dropped while a check runs ends that check; a WebM is played.
  // (The whole 36 s clip: the 4 s cut could be checked to the end before the WebM arrives.)
  await page.getByTestId('file-input').setInputFiles(wholeClipMp4());
  await expect(page.getByTestId('video-progress')).toBeVisible();
  const webm = readFileSync(holdWebm()).toString('base64');
  await page.evaluate((b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const timeline = document.querySelector('fh-app')!.shadowRoot!.querySelector('fh-video-timeline')!;
    const file = new File([data], 'hold.webm', { type: 'video/webm' });
    timeline.dispatchEvent(Object.assign(new Event('fh-file', { bubbles: true, composed: true }), { file }));
  }, webm);
  await expect.poll(() => page.evaluate(() => document.querySelector('fh-app')!.debug.pipeline.source)).toBe('video');
  await expect.poll(async () => (await outcomes(page)).sort()).toEqual(['cancelled', 'cancelled', 'played']);
  await expect(page.getByTestId('video-progress')).toHaveCount(0);
  await app.waitForFrames(3);
});
