/**
 * Offline install: after one visit the service worker has precached the app, the wasm engine and
 * the default models, so with the network off a reload starts the app, loads the model and tracks.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { headersForEveryPath } from '../../src/app/deploy-headers';
import { AppPage, bestScore } from './app-page';
import { chromiumLaunch } from './browser';

const shipped = headersForEveryPath(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));

test.use({ launchOptions: chromiumLaunch({ clip: 'photo-standing-toe-touch' }), serviceWorkers: 'allow' });

/** Waits until a service worker controls the page. Workbox activates (and so claims) only after every precache file is stored. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 120_000 });
}

/**
 * Turns the network off and empties the browser's HTTP cache (the model files are served with
 * max-age), so whatever loads afterwards can only come from the service worker's caches.
 */
async function goOffline(page: Page, context: BrowserContext): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  await context.setOffline(true);
}

/** What the precache holds: its entries' paths and their total size in bytes. */
function precache(page: Page): Promise<{ paths: string[]; bytes: number }> {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((k) => k.startsWith('workbox-precache'));
    if (!name) return { paths: [], bytes: 0 };
    const cache = await caches.open(name);
    const paths: string[] = [];
    let bytes = 0;
    for (const request of await cache.keys()) {
      paths.push(new URL(request.url).pathname);
      bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
    }
    return { paths: paths.sort(), bytes };
  });
}

test('after one visit, a reload with the network off starts the app, loads the model and tracks the camera', async ({ page, context }) => {
  const app = new AppPage(page);
  const visit = Date.now();
  await app.open('?stretch=standing-toe-touch&backend=wasm');
  await app.waitForFrames(5);
  await waitForOfflineReady(page);
  const readyMs = Date.now() - visit;

  const cached = await precache(page);
  for (const path of ['/index.html', '/models/movenet-lightning.json', '/models/movenet-lightning.bin', '/models/blazepose-full.bin']) {
    expect(cached.paths, path).toContain(path);
  }
  expect(cached.paths.some((p) => /^\/assets\/tfjs-backend-wasm-simd-.*\.wasm$/.test(p))).toBe(true);
  test.info().annotations.push({ type: 'precache', description: `${cached.paths.length} files, ${(cached.bytes / 2 ** 20).toFixed(1)} MiB` });

  await goOffline(page, context);
  // The network really is off: a file the app never cached can not be fetched.
  expect(await page.evaluate(() => fetch(`/not-cached-${Date.now()}`).then(() => 'fetched', () => 'failed'))).toBe('failed');

  const start = Date.now();
  const response = await page.reload();
  // The page came from the service worker, with the headers it was first served with: the
  // Content-Security-Policy and cross-origin isolation hold offline too.
  expect(response?.fromServiceWorker()).toBe(true);
  expect(response?.headers()['content-security-policy']).toBe(shipped['Content-Security-Policy']);
  await page.waitForFunction(() => !!document.querySelector('fh-app')?.debug);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await app.waitForFrames(10);
  const startedMs = Date.now() - start;
  test.info().annotations.push({ type: 'offline start', description: `reload to 10 tracked frames: ${startedMs} ms` });

  await expect(page.getByTestId('backend')).toHaveText('WebAssembly');
  await expect(page.getByTestId('error')).toHaveCount(0);
  const r = await app.report();
  for (const joint of ['hip', 'knee', 'ankle'] as const) expect(bestScore(r!.scores, joint), joint).toBeGreaterThan(0.5);
  console.log(`precache ${cached.paths.length} files ${(cached.bytes / 2 ** 20).toFixed(1)} MiB, stored ${readyMs} ms after the first visit began; offline reload to 10 tracked frames ${startedMs} ms`);
});

test('a model chosen by hand once is cached on first use and then loads offline too', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&backend=wasm');
  await waitForOfflineReady(page);
  // BlazePose lite is no stretch's default, so it is not precached: a first use online caches it.
  await app.open('?stretch=standing-toe-touch&backend=wasm&model=blazepose-lite');
  await expect(page.getByTestId('model')).toHaveText(/BlazePose lite/);
  await app.waitForFrames(5);
  expect((await precache(page)).paths).not.toContain('/models/blazepose-lite.bin');

  await goOffline(page, context);
  await page.reload();
  await page.waitForFunction(() => !!document.querySelector('fh-app')?.debug);
  await app.waitForFrames(10);
  await expect(page.getByTestId('model')).toHaveText(/BlazePose lite/);
  await expect(page.getByTestId('error')).toHaveCount(0);
});

test('the app can be installed: a manifest with name, colour and icons, and nothing the browser objects to', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.open();
  await waitForOfflineReady(page);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel=manifest]');
    return link ? ((await (await fetch(link.href)).json()) as { name: string; theme_color: string; display: string; start_url: string; icons: { src: string; sizes: string; type: string; purpose?: string }[] }) : null;
  });
  expect(manifest).toMatchObject({ name: 'FormHold', theme_color: '#101820', display: 'standalone', start_url: '/' });
  for (const size of ['192x192', '512x512']) expect(manifest!.icons.some((i) => i.sizes === size && i.type === 'image/png'), size).toBe(true);
  expect(manifest!.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest!.icons) {
    const r = await page.request.get(icon.src);
    expect(r.status(), icon.src).toBe(200);
    expect(r.headers()['content-type'], icon.src).toBe(icon.type);
  }
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  // Playwright's contexts are incognito-like, where Chromium installs nothing: that one is the test's.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
});
