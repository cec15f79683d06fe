import { expect, test } from '@playwright/test';
import { AppPage, bestScore } from './app-page';
import { readFileSync } from 'node:fs';
import { photo, rendered, synthetic } from './clips.mjs';

test('a photo opened as a file shows a skeleton with confident legs', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&source=none&backend=wasm');
  await page.getByTestId('file-input').setInputFiles(photo('standing-toe-touch-side.jpg'));
  await app.waitForFrames(3);
  // A photo is judged, not timed. Coaching is begun at once: the second look below starts as soon as
  // the photo's passes are read, and the screen only shows it while it runs.
  await page.getByTestId('start').click();
  // Credited by the first model: the other family checks the credit (BlazePose full, in a worker of
  // its own), and no verdict is given until it has; the credit stands, since that model does not
  // see a knee plainly bent.
  const looking = page.getByTestId('second-look');
  await expect(looking).toHaveText('Taking a second look at this photo…', { timeout: 30_000 });
  await expect(page.getByTestId('verdict')).toHaveText('Checking the verdict with a second look…');
  await expect(looking).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('verdict')).toHaveText('This photo shows good form for this stretch.');
  const r = await app.report();
  for (const joint of ['hip', 'knee', 'ankle'] as const) expect(bestScore(r!.scores, joint), joint).toBeGreaterThan(0.5);
  expect(r!.angles.hipLeft ?? r!.angles.hipRight).toBeLessThan(90);
  expect(await app.overlayInk()).toBeGreaterThan(2000);
  // Nothing to pause on a photo; skipping and ending still are.
  await expect(page.getByTestId('pause')).toHaveCount(0);
  await expect(page.getByTestId('skip')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('photo.png') });
});

test('a credit the other model refutes is taken back, and the screen says which knee rule it broke', async ({ page }) => {
  // A rendered seated fold 30 degrees off side, both knees bent to 138 (tests/fixtures/rendered):
  // BlazePose full credits it on one knee read straight; Thunder sees only a far knee, plainly bent,
  // which judges no rule of its own. The person is told to straighten the knees, not that the
  // camera cannot see the legs; the voice (on by default) waits for the second look, then says it.
  await page.addInitScript(() => {
    const w = window as unknown as { spoken: string[] };
    w.spoken = [];
    if (window.speechSynthesis) window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void w.spoken.push(u.text);
  });
  const app = new AppPage(page);
  await app.open('?stretch=seated-toe-touch&source=none&backend=wasm');
  await page.getByTestId('file-input').setInputFiles(rendered('ss-knees-bent-B-az30-m.png'));
  await page.getByTestId('start').click();
  const looking = page.getByTestId('second-look');
  await expect(looking).toHaveText('Taking a second look at this photo…', { timeout: 30_000 });
  await expect(page.getByTestId('verdict')).toHaveText('Checking the verdict with a second look…');
  await expect(page.getByTestId('cue')).toHaveText('One moment…');
  await expect(page.getByTestId('angles')).toHaveCount(0);
  await expect(looking).toHaveCount(0, { timeout: 60_000 });
  const r = await app.report();
  expect(r!.inForm).toBe(false);
  await expect(page.getByTestId('verdict')).toHaveText('This photo does not show good form yet.');
  await expect(page.getByTestId('cue')).toHaveText('Keep your knees straight');
  await expect(page.locator('[data-rule="knees-straight"]')).toHaveClass(/fail/);
  // Said: the stretch's introduction, then only the cue that stood (no "Good form", no passing "Turn side-on").
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken.slice(1)).toEqual(['Keep your knees straight']);
  expect(spoken[0]).toMatch(/^Seated toe touch\./);
  await page.screenshot({ path: test.info().outputPath('refuted.png') });
});

test('the chair stretch with the stretching leg away from the camera asks to turn around, and gives no verdict', async ({ page }) => {
  // A rendered child in a good chair stretch, side-on, the straight right leg the far one
  // (tests/fixtures/rendered). Asked for the right leg first, the app cannot see that leg clearly
  // behind the other: it says how to face, and judges nothing.
  const app = new AppPage(page);
  await app.open('?stretch=seated-chair&source=none&backend=wasm');
  await expect(page.getByTestId('first-leg')).toHaveText('Your right leg first, then your left leg. Have the leg you stretch nearest the camera.');
  await page.getByTestId('file-input').setInputFiles(rendered('sc-good-R-az0-c-far.png'));
  await page.getByTestId('start').click();
  await expect(page.getByTestId('second-look')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('cue')).toHaveText('Turn around so your right leg is nearest the camera', { timeout: 30_000 });
  await expect(page.getByTestId('verdict')).toHaveText('This photo cannot be judged.');
  const r = await app.report();
  expect(r!.inForm).toBeNull();
  // Turning is the one thing to do: no row claims a leg or the trunk cannot be seen.
  await expect(page.getByTestId('angle-row')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('chair-far-leg.png') });
});

test('a photo the first model cannot judge gets a second look from another model, and the screen shows that reading', async ({ page }) => {
  // The chair stretch opens on MoveNet Lightning, which loses this sitter's far leg and, seeing her
  // obliquely, can only ask her to turn. BlazePose full (33 points, feet included) reads both knees
  // plainly bent: not in form, whatever the view (as `npm run analyze` reads it).
  const app = new AppPage(page);
  await app.open('?stretch=seated-chair&source=none&backend=wasm');
  await page.getByTestId('file-input').setInputFiles(photo('real-dev/chair_10_NEG_upright_oblique.jpg'));
  const looking = page.getByTestId('second-look');
  await expect(looking).toHaveText('Taking a second look at this photo…', { timeout: 30_000 });
  const first = await app.report();
  expect(first!.scores).not.toHaveProperty('left_heel');
  expect(first!.inForm).toBeNull();
  await expect(looking).toHaveCount(0, { timeout: 60_000 });
  const second = await app.report();
  expect(second!.scores).toHaveProperty('left_heel');
  expect(second!.inForm).toBe(false);
  expect(second!.cue).not.toBe(first!.cue);
  await page.screenshot({ path: test.info().outputPath('second-look.png') });
});

test('MultiPose finds each person in a photo and the analysis follows one of them', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&source=none&backend=wasm&model=movenet-multipose');
  await page.getByTestId('file-input').setInputFiles(photo('three-people.jpg'));
  await app.waitForFrames(3);
  const r = await app.report();
  expect(r!.people).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('error')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('multipose.png') });
});

test('the squats video opened as a file is checked picture by picture, and squats facing the camera never count', async ({ page }) => {
  // An MP4 in a session is decoded frame by frame into a timeline (issue 13), not played.
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&source=none&backend=wasm');
  await page.getByTestId('file-input').setInputFiles(photo('squats-front-13s.mp4'));
  const totals = page.getByTestId('video-totals');
  await expect(totals).toBeVisible({ timeout: 110_000 });
  expect(Number(await totals.getAttribute('data-counted-s'))).toBe(0);
  expect(Number(await totals.getAttribute('data-good-s'))).toBe(0);
  const analysed = await page.evaluate(() => {
    const s = document.querySelector('fh-app')!.debug.video.state;
    return s.kind === 'done' ? s.study.framesAnalysed : 0;
  });
  expect(analysed).toBe(65); // 13 s at 5 fps, every picture once
});

test('a photo dropped on the picture is analysed like an opened one', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&source=none&backend=wasm');
  const bytes = readFileSync(photo('standing-upright-side.jpg')).toString('base64');
  await page.evaluate((b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], 'upright.jpg', { type: 'image/jpeg' }));
    const frame = document.querySelector('fh-app')!.shadowRoot!.querySelector('fh-stage')!.shadowRoot!.querySelector('[data-testid=stage]')!;
    frame.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  await app.waitForFrames(3);
  const r = await app.report();
  expect(r!.posture).toBe('standing');
  expect(r!.angles.hipLeft ?? r!.angles.hipRight).toBeGreaterThan(150); // upright: not folded
});

test('a photo of a lying stretch is turned upright for the model, and kept as it is where turning loses the person', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=lying-hamstring&source=none&backend=wasm');
  // Turned, the model finds the whole figure: a raised straight leg, judged in form.
  await page.getByTestId('file-input').setInputFiles(synthetic('images/lh-good-r75-R-az0-f-red.png'));
  await app.waitForFrames(6);
  await expect.poll(async () => (await app.report())?.inForm).toBe(true);
  const turned = await app.report();
  expect(Math.max(turned!.angles.legRaiseLeft ?? 0, turned!.angles.legRaiseRight ?? 0)).toBeGreaterThan(60);
  // This framing defeats the model once turned: the photo as it is still shows the person.
  await page.getByTestId('file-input').setInputFiles(synthetic('images/lh-good-r75-L-az0-m-wood.png'));
  await expect.poll(() => app.framesDelivered()).toBeGreaterThanOrEqual(6 + 9);
  const kept = await app.report();
  expect(kept!.posture).toBe('lying');
  expect(kept!.cue).not.toMatch(/step back into view/);
});
