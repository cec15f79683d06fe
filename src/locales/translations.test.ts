import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templates } from './generated/es';

describe('Spanish translations', () => {
  it('cover every msg() of the covered files, and the built module matches (npm run locales:check)', () => {
    // Exits 1 with the missing or stale ids named; execFileSync throws on that.
    const out = execFileSync(process.execPath, ['src/locales/check-translations.mjs'], { encoding: 'utf8' });
    expect(out).toMatch(/es: \d+ messages checked/);
  }, 60_000);

  it('are Spanish, not the English copied over', () => {
    const xliff = readFileSync('src/locales/xliff/es.xlf', 'utf8');
    const sources = new Map([...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>/g)].map((m) => [m[1]!, m[2]!]));
    expect(Object.keys(templates).length).toBe(sources.size);
    // Only words that are the same in both languages (a name, a code) may stay as they are.
    const same = Object.entries(templates).filter(([id, t]) => typeof t === 'string' && t === sources.get(id));
    expect(same).toEqual([]);
  });
});
