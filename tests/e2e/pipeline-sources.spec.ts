/**
 * A source that stops by itself (a video failing part-way, a camera unplugged) stops the pipeline,
 * says so, and tells the session through onSourceStopped; a video with no picture is refused
 * without losing the source that was running (issue 8).
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { audioOnlyMp4, truncatedMp4 } from './broken-media.mjs';
import { chromiumLaunch } from './browser';

test.use({ launchOptions: chromiumLaunch({ clip: 'photo-standing-toe-touch' }) });

const sourceStops = (page: Page) => page.evaluate(() => [...document.querySelector('fh-app')!.debug.pipeline.sourceStops]);
const modelReady = (page: Page) => page.waitForFunction(() => document.querySelector('fh-app')!.debug.pipeline.runningModel !== undefined, undefined, { timeout: 60_000 });

test('a video that fails part-way stops, says so, and reports the stop', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&source=none&backend=wasm');
  await modelReady(page);
  await page.getByTestId('file-input').setInputFiles(truncatedMp4());
  await app.waitForFrames(5); // it plays, and is analysed, before it breaks
  await app.expectError('video-failed');
  await expect(page.getByTestId('error')).toContainText('The video stopped playing');
  await expect(page.getByTestId('error').getByRole('button', { name: 'Open a photo or video' })).toBeVisible();
  expect(await sourceStops(page)).toEqual(['video-failed']);
  const frames = await app.framesDelivered();
  await page.waitForTimeout(1000);
  expect(await app.framesDelivered()).toBe(frames);
  expect(await page.evaluate(() => document.querySelector('fh-app')!.debug.pipeline.liveLoops)).toBe(0);
});

test('an mp4 with only sound is refused as having no picture, and the camera keeps running', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&backend=wasm');
  await app.waitForFrames(5);
  await page.getByTestId('file-input').setInputFiles(audioOnlyMp4());
  await app.expectError('file-no-video');
  await expect(page.getByTestId('error')).toContainText('has sound but no picture');
  const frames = await app.framesDelivered();
  await app.waitForFrames(frames + 5);
  expect(await page.evaluate(() => document.querySelector('fh-app')!.debug.pipeline.source)).toBe('camera');
  expect(await sourceStops(page)).toEqual([]);
});

test('a camera unplugged mid-session stops the pipeline and reports the stop', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&backend=wasm');
  await app.waitForFrames(5);
  await app.unplugCamera();
  await app.expectError('camera-ended');
  expect(await sourceStops(page)).toEqual(['camera-ended']);
  const frames = await app.framesDelivered();
  await page.waitForTimeout(1000);
  expect(await app.framesDelivered()).toBe(frames);
  expect(await page.evaluate(() => document.querySelector('fh-app')!.debug.pipeline.liveLoops)).toBe(0);
});
