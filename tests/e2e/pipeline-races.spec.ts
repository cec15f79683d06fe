/**
 * The latest request wins (issue 8): quick model picks, Back pressed while the camera opens and
 * "Use camera" pressed again and again must each end with one stream, one loop and one model.
 */
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';

test.use({ launchOptions: chromiumLaunch({ clip: 'photo-standing-toe-touch' }) });

/**
 * Counts camera tracks still live in the page, whoever holds them: every stream getUserMedia hands
 * out is recorded before the app sees it, so a stream the app dropped still counts if it is live.
 */
async function watchCameraTracks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    const devices = navigator.mediaDevices;
    const original = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
    (window as unknown as { liveCameraTracks: () => number }).liveCameraTracks = () =>
      streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length;
  });
}

const liveCameraTracks = (page: Page) => page.evaluate(() => (window as unknown as { liveCameraTracks: () => number }).liveCameraTracks());
const liveLoops = (page: Page) => page.evaluate(() => document.querySelector('fh-app')!.debug.pipeline.liveLoops);
const runningModel = (page: Page) => page.evaluate(() => document.querySelector('fh-app')!.debug.pipeline.runningModel ?? null);

test('four model picks in a row settle on the last one: one loop, the tensors of one model, a sane frame rate', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&backend=wasm');
  await app.waitForFrames(10);
  expect(await runningModel(page)).toBe('movenet-lightning');
  const baseline = await app.tensors();

  await app.openSourceControls();
  const select = page.getByTestId('model-select');
  // Back to back: each pick lands while the one before is still loading (0.2 to 1.7 s for all
  // four, by the host's load; the wall time is not the point, so it is not asserted).
  for (const model of ['movenet-thunder', 'blazepose-lite', 'movenet-multipose', 'blazepose-full']) await select.selectOption(model);

  await expect.poll(() => runningModel(page), { timeout: 60_000 }).toBe('blazepose-full');
  const settled = await app.framesDelivered();
  await app.waitForFrames(settled + 10);
  await expect(page.getByTestId('model')).toHaveText('BlazePose full (feet)');
  expect(Object.keys((await app.report())!.scores)).toContain('left_heel'); // the frames are BlazePose's
  expect(await liveLoops(page)).toBe(1);
  // One loop on one camera: more than the bug's 1 frame a second (3.3 measured here under a load
  // average of 7, BlazePose full on wasm), and never more than the camera's 30: two loops would
  // each deliver the same camera frames. The loop count above is the exact check; this is a floor.
  const before = await app.framesDelivered();
  await page.waitForTimeout(3000);
  const fps = ((await app.framesDelivered()) - before) / 3;
  expect(fps).toBeGreaterThan(1.5);
  expect(fps).toBeLessThanOrEqual(31);
  expect(await page.evaluate(() => document.querySelector('fh-app')!.debug.pipeline.stats!.fps)).toBeLessThanOrEqual(31);

  // Back on the first model, the worker holds exactly what it held then: no detector was leaked.
  await select.selectOption('movenet-lightning');
  await expect.poll(() => runningModel(page), { timeout: 60_000 }).toBe('movenet-lightning');
  await app.waitForFrames((await app.framesDelivered()) + 10);
  expect(await app.tensors()).toBe(baseline);
  expect(await liveLoops(page)).toBe(1);
  await expect(page.getByTestId('model')).toHaveText('MoveNet Lightning (fast)');
});

for (const delayMs of [0, 50]) {
  test(`Back pressed ${delayMs} ms after choosing a stretch leaves no camera on and nothing analysed`, async ({ page }) => {
    await watchCameraTracks(page);
    const app = new AppPage(page);
    await app.open('?backend=wasm');
    await expect(page.getByTestId('stretch-list')).toBeVisible();
    await page.evaluate(async (delay) => {
      const shell = document.querySelector('fh-app')!;
      shell.shadowRoot!.querySelector('fh-chooser')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-testid=choose-standing-toe-touch]')!.click();
      await shell.updateComplete;
      await new Promise((r) => setTimeout(r, delay));
      const setup = shell.shadowRoot!.querySelector('fh-setup-panel')!;
      await setup.updateComplete;
      setup.shadowRoot!.querySelector<HTMLButtonElement>('[data-testid=end]')!.click();
    }, delayMs);
    await expect(page.getByTestId('stretch-list')).toBeVisible();
    // Long enough for the camera to open and a model to answer frames, had either gone on.
    await page.waitForTimeout(2500);
    const frames = await app.framesDelivered();
    expect(await liveCameraTracks(page)).toBe(0);
    expect(await liveLoops(page)).toBe(0);
    await page.waitForTimeout(1500);
    expect(await app.framesDelivered()).toBe(frames);
    expect(await page.evaluate(() => document.querySelector('fh-app')!.debug.pipeline.media ?? null)).toBeNull();
  });
}

test('"Use camera" clicked four times quickly leaves one live stream and one loop', async ({ page }) => {
  await watchCameraTracks(page);
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&source=none&backend=wasm');
  await app.openSourceControls();
  // Four clicks as one quick burst (a person tapping again because nothing seems to happen).
  await page.getByTestId('use-camera').click({ clickCount: 4, delay: 10 });
  await app.waitForFrames(10);
  await page.waitForTimeout(1000); // any straggling getUserMedia answers by now
  expect(await liveCameraTracks(page)).toBe(1);
  expect(await liveLoops(page)).toBe(1);
  await expect(page.getByTestId('error')).toHaveCount(0);
});
