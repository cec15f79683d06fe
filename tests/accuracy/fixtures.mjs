// What the accuracy scripts share: their command-line options, the repository's fixture sets, a median.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const args = process.argv.slice(2);
/** The value after `--name`, or the default. */
export const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
// The repository's own copies by default; --fixtures DIR measures another set laid out the same way.
export const FIX = resolve(arg('fixtures', resolve(here, '..', 'fixtures')));
export const SYN = resolve(FIX, 'synthetic');
/** Real photos with labels by eye: the development photos and real-dev/ (same label form). */
export const PHOTOS = ['photos', 'photos/real-dev'].flatMap((dir) =>
  JSON.parse(readFileSync(resolve(FIX, dir, 'labels.json'), 'utf8')).items.map((item) => ({ ...item, path: resolve(FIX, dir, item.file), name: `${dir === 'photos' ? '' : 'real-dev/'}${item.file}` })),
);
export const manifest = () => JSON.parse(readFileSync(resolve(SYN, 'images', 'manifest.json'), 'utf8'));

/** The median of the finite values; NaN when there are none. */
export const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
