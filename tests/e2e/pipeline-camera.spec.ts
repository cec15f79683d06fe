import { expect, test } from '@playwright/test';
import { AppPage, bestScore } from './app-page';
import { chromiumLaunch } from './browser';

test.use({ launchOptions: chromiumLaunch({ clip: 'photo-standing-toe-touch' }) });

test('the fake webcam shows a skeleton with confident hips, knees and ankles', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&backend=wasm');
  await app.waitForFrames(20);
  const r = await app.report();
  expect(r).not.toBeNull();
  for (const joint of ['hip', 'knee', 'ankle'] as const) expect(bestScore(r!.scores, joint), joint).toBeGreaterThan(0.5);
  expect(r!.posture).toBe('standing');
  expect(await app.overlayInk()).toBeGreaterThan(2000);
  await expect(page.getByTestId('backend')).toHaveText('WebAssembly');
  await expect(page.getByTestId('fps')).toHaveText(/^\d+ fps$/);
  await page.screenshot({ path: test.info().outputPath('camera.png') });
});

test('no request leaves the app’s origin during a session', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const offOrigin: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) offOrigin.push(url);
  });
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch');
  await app.waitForFrames(30);
  await app.openSourceControls();
  await page.getByTestId('model-select').selectOption('blazepose-lite');
  const before = await app.framesDelivered();
  await app.waitForFrames(before + 10);
  expect(offOrigin).toEqual([]);
});

test('tensors stay flat: as many after 120 frames as after 20', async ({ page }) => {
  const app = new AppPage(page);
  // A hold longer than the run: the default 20 s one ends the session (and the frames) before
  // frame 120 on a loaded machine. A tensor left behind per frame would show as 100 more.
  await app.open('?stretch=standing-toe-touch&backend=wasm&hold=300');
  await app.waitForFrames(20);
  const early = await app.tensors();
  await app.waitForFrames(120, 90_000);
  expect(await app.tensors()).toBe(early);
});

test('switches model at run time without a reload, and honours a forced backend', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&backend=cpu');
  await expect(page.getByTestId('backend')).toHaveText('CPU (slow)', { timeout: 60_000 });
  await app.openSourceControls();
  await page.getByTestId('backend-select').selectOption('wasm');
  await expect(page.getByTestId('backend')).toHaveText('WebAssembly');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.getByTestId('model-select').selectOption('blazepose-lite');
  await expect(page.getByTestId('model')).toHaveText(/BlazePose lite/);
  const n = await app.framesDelivered();
  await app.waitForFrames(n + 10);
  const r = await app.report();
  expect(Object.keys(r!.scores)).toContain('left_heel'); // BlazePose gives feet
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
});

test('a file that is not a photo or video gets a message and the camera keeps running', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch');
  await app.waitForFrames(10);
  await page.getByTestId('file-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await app.expectError('file-unsupported');
  await expect(page.getByTestId('error')).toContainText('not a photo or video');
  const n = await app.framesDelivered();
  await app.waitForFrames(n + 10);
});

test('the camera stopping mid-session says so and offers a way back', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch');
  await app.waitForFrames(10);
  await app.unplugCamera();
  await app.expectError('camera-ended');
  await page.getByRole('button', { name: 'Try again' }).click();
  const n = await app.framesDelivered();
  await app.waitForFrames(n + 5);
  await expect(page.getByTestId('error')).toHaveCount(0);
});

test('a lost GPU context falls back to wasm and says so', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&backend=webgl');
  await expect(page.getByTestId('backend')).toHaveText('WebGL', { timeout: 60_000 });
  await app.waitForFrames(3);
  await page.evaluate(() => document.querySelector('fh-app')!.debug.pipeline.loseGpuContext());
  await expect(page.getByTestId('notice')).toContainText('WebAssembly');
  await expect(page.getByTestId('backend')).toHaveText('WebAssembly');
  const n = await app.framesDelivered();
  await app.waitForFrames(n + 5);
});

test('inference pauses while the tab is hidden and resumes when it is shown', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&backend=wasm');
  await app.waitForFrames(10);
  const setHidden = (hidden: boolean) =>
    page.evaluate((h) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  await page.waitForTimeout(500); // let a frame already in flight finish
  const before = await app.framesDelivered();
  await page.waitForTimeout(1500);
  expect(await app.framesDelivered()).toBeLessThanOrEqual(before + 1);
  await setHidden(false);
  await app.waitForFrames(before + 10);
});
