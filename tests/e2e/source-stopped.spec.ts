import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';

test.use({ launchOptions: chromiumLaunch({ clip: 'photo-standing-toe-touch' }) });

// Regression: when frames stopped mid-hold (camera unplugged, a video failing part-way), the hold
// stayed "counting" and the panel kept saying "Good form ... COUNTING" over a frozen skeleton.
test('a camera that stops sending pictures stops the count, and the panel says so', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&hold=30&backend=wasm');
  await app.pressReady();
  await page.waitForFunction(() => (document.querySelector('fh-app')!.debug.session.hold?.countedMs ?? 0) > 2000, undefined, { timeout: 60_000 });
  expect((await app.progress()).status).toBe('counting');

  // The picture freezes without the camera saying it ended (its track is stopped from the page).
  await page.evaluate(() => {
    const video = document.querySelector('fh-app')!.debug.pipeline.media as HTMLVideoElement;
    for (const track of (video.srcObject as MediaStream).getVideoTracks()) track.stop();
  });
  await expect(page.getByTestId('cue')).toHaveText(/The picture has stopped, so the count waits/, { timeout: 10_000 });
  await page.screenshot({ path: test.info().outputPath('picture-stopped.png') });
  const stopped = await app.progress();
  expect(stopped.status).toBe('stalled');
  await page.waitForTimeout(2000);
  const later = await app.progress();
  expect(later.countedS).toBe(stopped.countedS);
  expect(later.valueNow).toBe(Math.floor(later.countedS));
  await expect(page.getByTestId('announcer')).toHaveText(/The picture has stopped/);
});
