import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';

// A steady, good lying hamstring stretch seen obliquely (the raised right leg is the far one) and
// filmed hand-held (a real photo under zoom, pan and light change), live on the coaching screen with
// the app's own model for it (BlazePose full on a CPU, following the person's region).
test.use({ launchOptions: chromiumLaunch({ clip: 'lying-oblique-hand-held' }) });

test('a lying stretch whose legs the model keeps swapping is never called the wrong leg', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=lying-hamstring&side=right&backend=wasm&hold=60&reps=1');
  await app.pressReady();
  const started = Date.now();
  const samples = await app.sample(() => Date.now() - started > 20_000, 40_000, 500);
  // BlazePose swaps the legs' labels here every 1-4 s and calls the raised right leg "left" in 2
  // frames of 3: before swaps were told apart, the app said "This is your left leg: switch to your
  // right leg" for about 6 s of 20. One run read the person seated throughout and never left the
  // set-up screen; a region read in another posture is now found afresh.
  expect(samples.filter((p) => p.screen === 'coach').length).toBeGreaterThan(samples.length / 2);
  expect(samples.filter((p) => p.cue === 'This is your left leg: switch to your right leg')).toEqual([]);
});
