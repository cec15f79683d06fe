import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';

// A 60 fps camera: faster than the detector on any CPU, so most frames come while it is busy.
test.use({ launchOptions: chromiumLaunch({ clip: 'bench-person-60fps' }) });

// Regression: the loop copied every camera frame out of the video (createImageBitmap) and threw
// away the copies the busy detector could not take: at 60 fps that was most of the main thread's
// work (tests/bench). Now a picture is copied only when the detector takes it.
test('the loop copies a picture only for the frames the detector takes', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { copies: number };
    w.copies = 0;
    window.createImageBitmap = new Proxy(window.createImageBitmap.bind(window), {
      apply(target, thisArg, args) {
        w.copies++;
        return Reflect.apply(target, thisArg, args) as unknown;
      },
    });
  });
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&backend=wasm&model=movenet-lightning');
  await app.waitForFrames(60, 90_000);
  const counts = () =>
    page.evaluate(() => {
      const pipeline = document.querySelector('fh-app')!.debug.pipeline;
      return { copies: (window as unknown as { copies: number }).copies, delivered: pipeline.framesDelivered, busy: pipeline.stats!.skippedBusy };
    });
  // Frames did come while the detector was busy (else this test proves nothing). How many by the
  // 60th delivered frame depends on how fast this machine's detector is, so wait for them.
  await expect.poll(async () => (await counts()).busy, { timeout: 60_000 }).toBeGreaterThan(10);
  const { copies, delivered } = await counts();
  // ...and none of them was copied: one copy per delivered frame, plus the one in flight.
  expect(copies).toBeLessThanOrEqual(delivered + 1);
});
