#!/usr/bin/env node
// node tests/accuracy/app-path.mjs [--fixtures DIR] [--only <family>] [--detail]
// The rendered stills through the app's own path, as `npm run analyze` reads a photo: the model the
// app picks for the stretch (on a CPU), then the other opinions where they could change the reading
// (src/pipeline/still-opinions.ts). `npm run accuracy` measures each model alone; this is what a
// person opening the picture would be told. Prints, per stretch family and camera angle: stills
// judged (the rest ask to turn, or say what they cannot see), verdicts right among those judged,
// median knee and hip error of the working leg (both legs for two-leg stretches), the stills whose
// knee and hip readings are all within 10 degrees (of those with both read), and any bad form credited.
import { resolve } from 'node:path';
import { startAnalyzer } from '../../src/cli/analyze-runner.mjs';
import { arg, args, manifest as readManifest, median, SYN } from './fixtures.mjs';

const only = arg('only', '');
const detail = args.includes('--detail');
const rows = new Map();
const analyzer = await startAnalyzer();
try {
  for (const item of readManifest().items) {
    if (item.stretch === 'none' || (only && !item.stretch.includes(only))) continue;
    const r = await analyzer.analyze(resolve(SYN, 'images', item.file), { stretch: item.stretch, ...(item.workingSide ? { side: item.workingSide } : {}) });
    const fr = r.frames?.[0];
    const key = `${item.stretch.padEnd(20)} az${String(item.camera.azimuthDeg).padStart(2)}`;
    const row = rows.get(key) ?? { n: 0, judged: 0, right: 0, knee: [], hip: [], within: [], bad: [] };
    rows.set(key, row);
    row.n++;
    const inForm = fr?.inForm ?? null;
    if (inForm !== null) row.judged++;
    if (inForm !== null && inForm === item.expectedInForm) row.right++;
    if (inForm === true && !item.expectedInForm) row.bad.push(item.id);
    const truth = item.angles.gt3d;
    const a = fr?.angles ?? {};
    const errors = { knee: [], hip: [] };
    for (const S of item.workingSide ? [item.workingSide === 'left' ? 'Left' : 'Right'] : ['Left', 'Right']) {
      for (const joint of ['knee', 'hip']) if (a[`${joint}${S}`] != null) errors[joint].push(Math.abs(a[`${joint}${S}`] - truth[`${joint}${S}`]));
    }
    row.knee.push(...errors.knee);
    row.hip.push(...errors.hip);
    // Within 10: a knee and a hip read, and every angle read within 10 degrees of the truth.
    if (errors.knee.length && errors.hip.length) row.within.push([...errors.knee, ...errors.hip].every((e) => e <= 10));
    if (detail) console.log(`  ${item.id.padEnd(36)} expected ${String(item.expectedInForm).padEnd(5)} got ${String(inForm).padEnd(5)} ${r.model}${r.secondOpinion ? ` (${r.secondOpinion.model} ${r.secondOpinion.kept === 'second' ? 'kept' : 'not kept'})` : ''} ${fr?.view} ${fr?.posture} "${fr?.cue}"`);
  }
} finally {
  await analyzer.close();
}
console.log('family               camera n  judged  verdict-ok  knee  hip  knee+hip within 10  bad form credited');
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');
for (const [key, r] of [...rows].sort()) {
  const within = r.within.length ? `${r.within.filter(Boolean).length}/${r.within.length}` : '-';
  console.log(`${key}  ${String(r.n).padStart(2)}  ${String(Math.round((100 * r.judged) / r.n)).padStart(5)}%  ${r.judged ? String(Math.round((100 * r.right) / r.judged)).padStart(8) + '%' : '        -'}  ${f1(median(r.knee)).padStart(5)} ${f1(median(r.hip)).padStart(5)}  ${within.padStart(12)}        ${r.bad.join(', ') || '0'}`);
}
