import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersForEveryPath, parseCsp, parseHeadersFile } from './deploy-headers';

const read = (path: string) => readFileSync(new URL(`../../public/${path}`, import.meta.url), 'utf8');

describe('parseHeadersFile', () => {
  it('reads path blocks with their headers and skips comments', () => {
    const blocks = parseHeadersFile('# a comment\n/*\n  X-One: 1\n  X-Two: a; b\n\n/sw.js\n  Cache-Control: no-cache\n');
    expect(blocks.get('/*')).toEqual({ 'X-One': '1', 'X-Two': 'a; b' });
    expect(blocks.get('/sw.js')).toEqual({ 'Cache-Control': 'no-cache' });
  });

  it('names the line of a header outside any path', () => {
    expect(() => parseHeadersFile('  X-One: 1\n')).toThrow(/line 1/);
  });

  it('refuses a file without a block for every path', () => {
    expect(() => headersForEveryPath('/sw.js\n  Cache-Control: no-cache\n')).toThrow(/\/\*/);
  });
});

describe('the shipped header files', () => {
  const shipped = headersForEveryPath(read('_headers'));
  const nginx = read('deploy/nginx-formhold.conf');

  it('has the security headers the app relies on', () => {
    for (const name of ['Content-Security-Policy', 'Referrer-Policy', 'Permissions-Policy', 'X-Content-Type-Options', 'Cross-Origin-Opener-Policy', 'Cross-Origin-Embedder-Policy']) {
      expect(shipped[name], name).toBeTruthy();
    }
    expect(parseCsp(shipped['Content-Security-Policy']!).get('default-src')).toEqual(["'self'"]);
  });

  it('the nginx snippet sends the same headers in every location (nginx drops inherited add_header)', () => {
    const locations = [...nginx.matchAll(/^location [^{]+\{([^}]*)\}/gm)].map((m) => m[1]!).filter((body) => body.includes('add_header'));
    expect(locations.length).toBeGreaterThanOrEqual(3);
    for (const body of locations) {
      const sent = Object.fromEntries([...body.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1]!, m[2]!]));
      for (const [name, value] of Object.entries(shipped)) expect(sent[name], name).toBe(value);
    }
  });

  it('the service worker and the page are never cached long on a static host', () => {
    const blocks = parseHeadersFile(read('_headers'));
    expect(blocks.get('/sw.js')?.['Cache-Control']).toBe('no-cache');
    expect(blocks.get('/index.html')?.['Cache-Control']).toBe('no-cache');
    expect(nginx).toMatch(/location = \/sw\.js \{[^}]*Cache-Control "no-cache"/);
  });
});
