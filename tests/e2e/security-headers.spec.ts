/**
 * The locked-down page: the server sends public/_headers' Content-Security-Policy and the other
 * security headers, and a whole camera session runs under them with no violation reported, in the
 * page or in the pose worker.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { headersForEveryPath, parseCsp } from '../../src/app/deploy-headers';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';

// Service workers blocked: every request, the worker's too, then reaches the server and the routes below.
test.use({ launchOptions: chromiumLaunch({ clip: 'photo-standing-toe-touch' }), serviceWorkers: 'block' });

const shipped = headersForEveryPath(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));

test('the page, its scripts, the pose worker and the weights come with the shipped security headers', async ({ page }) => {
  const responses = new Map<string, Record<string, string>>();
  page.on('response', (r) => responses.set(new URL(r.url()).pathname, r.headers()));
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&backend=wasm');
  await app.waitForFrames(3);
  const worker = [...responses.keys()].find((p) => /^\/assets\/pose-worker-.*\.js$/.test(p));
  expect(worker, 'the pose worker script was loaded').toBeDefined();
  for (const path of ['/', worker!, '/models/movenet-lightning.json']) {
    const got = responses.get(path);
    expect(got, path).toBeDefined();
    for (const [name, value] of Object.entries(shipped)) expect(got![name.toLowerCase()], `${path} ${name}`).toBe(value);
  }
  // Cross-origin isolated (COOP + COEP), so threaded wasm stays possible without a hosting change.
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
});

test('the policy is strict: only this origin, no inline script or style, no eval', () => {
  const csp = parseCsp(shipped['Content-Security-Policy']!);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(csp.get('style-src')).toEqual(["'self'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  for (const [directive, sources] of csp) {
    for (const source of sources) {
      expect(["'self'", "'none'", "'wasm-unsafe-eval'", 'blob:', 'data:'], `${directive} ${source}`).toContain(source);
    }
  }
  expect(shipped['Permissions-Policy']).toMatch(/(^|, )camera=\(self\)/);
  expect(shipped['Permissions-Policy']).toMatch(/(^|, )microphone=\(\)/);
  expect(shipped['Referrer-Policy']).toBe('no-referrer');
  expect(shipped['X-Content-Type-Options']).toBe('nosniff');
});

test('a camera session runs under the policy and no violation is reported', async ({ page }) => {
  // Violations in the page: the DOM event. Violations in the pose worker (a worker has its own
  // policy and events a page script can not hear): the browser's reports, sent to a local
  // collector named by a report-uri added to the shipped policy (nothing else of it changes).
  const reports: unknown[] = [];
  const collector: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      reports.push(body);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => collector.listen(0, '127.0.0.1', done));
  const reportUri = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/csp`;
  try {
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      const csp = headers['content-security-policy'];
      if (csp) headers['content-security-policy'] = `${csp}; report-uri ${reportUri}`;
      await route.fulfill({ response, headers });
    });
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
    });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));

    const noViolations = async () => {
      await page.waitForTimeout(1000); // reports are sent asynchronously
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(reports).toEqual([]);
      expect(consoleErrors).toEqual([]);
    };

    const app = new AppPage(page);
    await app.open('?stretch=standing-toe-touch&backend=wasm');
    await app.waitForFrames(30);
    await noViolations();
    await expect(page.getByTestId('backend')).toHaveText('WebAssembly');
    // A second model loads in the same worker: BlazePose's two graphs under the policy too.
    await app.openSourceControls();
    await page.getByTestId('model-select').selectOption('blazepose-lite');
    await expect(page.getByTestId('model')).toHaveText(/BlazePose lite/);
    const n = await app.framesDelivered();
    await app.waitForFrames(n + 10);
    await noViolations();
  } finally {
    await new Promise((done) => collector.close(done));
  }
});
