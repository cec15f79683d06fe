import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';

// A steady, good seated forward fold filmed hand-held (a real photo under zoom, pan and light
// change), live on the coaching screen with the app's own model for it (BlazePose full on a CPU).
test.use({ launchOptions: chromiumLaunch({ clip: 'seated-fold-hand-held' }) });

test('a steady seated fold filmed hand-held is counted live, not lost to knees misread as bent', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=seated-toe-touch&backend=wasm&hold=60&reps=1');
  await app.pressReady();
  const started = Date.now();
  const samples = await app.sample(() => Date.now() - started > 20_000, 40_000, 500);
  const last = samples.at(-1)!;
  // Following its own region from frame to frame, BlazePose read these straight knees at 150-155
  // and the live count stayed at 0 of 20 s; found afresh in every frame, as the camera does for a
  // seated hold on the floor (`liveSource`), it counted 16.6 s. The first seconds go to starting
  // the camera and the model, and to confirming the form.
  expect(last.countedS).toBeGreaterThan(10);
  // Once counting began it mostly goes on: a hand-held picture may pause it for a moment (one CI-like
  // run ended on such a moment), but not for long.
  const since = samples.filter((p) => p.countedS > 0);
  expect(since.filter((p) => p.status === 'counting').length).toBeGreaterThan(0.75 * since.length);
  expect(samples.filter((p) => p.cue === 'Keep your knees straight').length).toBeLessThan(samples.length / 4);
});
