/**
 * Reads the `_headers` file format (Netlify, Cloudflare Pages): a path pattern on its own line,
 * then indented `Name: value` lines. public/_headers is the one source of FormHold's response
 * headers: vite.config.ts gives its "/*" block to the dev and preview servers, a unit test holds the
 * nginx snippet to it. Pure: no DOM, no Node APIs.
 */

export type HeaderBlock = Readonly<Record<string, string>>;

/** Each path pattern with its headers, in file order; a malformed line throws with its number. */
export function parseHeadersFile(text: string): ReadonlyMap<string, HeaderBlock> {
  const blocks = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      current = blocks.get(line.trim()) ?? {};
      blocks.set(line.trim(), current);
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(line);
    if (!m || !current) throw new Error(`_headers line ${i + 1} is not "  Name: value" under a path: ${line}`);
    current[m[1]!] = m[2]!;
  });
  return blocks;
}

/** The headers every response gets (the "/*" block). */
export function headersForEveryPath(text: string): HeaderBlock {
  const all = parseHeadersFile(text).get('/*');
  if (!all) throw new Error('_headers has no "/*" block');
  return all;
}

/** A Content-Security-Policy split into directive name -> sources, for checks that read it. */
export function parseCsp(policy: string): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}
