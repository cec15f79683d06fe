#!/usr/bin/env node
// npm run accuracy [-- --fixtures DIR --real --configs movenet-lightning:none,blazepose-full:auto --clips --only <family> --detail]
// Measures the whole pipeline (pose model -> keypoints -> angles -> rules) against ground truth:
// the rendered figures of tests/fixtures/synthetic (exact joint angles), the real photos (verdicts
// by eye) and the two synthetic clips plus a bouncing one made from them (good-form time). Prints tables; exits 0 (a measurement, not a test).
// Without --configs it runs every model the app picks by default and ends with the README's table:
// each family with its own default model, on a CPU and where it differs on a GPU.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startAnalyzer } from '../../src/cli/analyze-runner.mjs';
import { arg, args, manifest as readManifest, median, PHOTOS, SYN } from './fixtures.mjs';
import { bouncingClip } from './bouncing-clip.mjs';

const configArg = arg('configs', '');
const defaultsMode = configArg === '';
const withClips = args.includes('--clips');
const detail = args.includes('--detail');
const only = arg('only', '');
/** --real: only the real photos (a quick check of verdicts on people). */
const realOnly = args.includes('--real');

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '  - ');

/** Errors of the reported knee and hip angles against a truth set, trying both left/right assignments for two-leg stretches. */
function angleErrors(angles, truth, oneSided) {
  const pairs = (swap) => {
    const L = swap ? 'Right' : 'Left';
    const R = swap ? 'Left' : 'Right';
    return {
      knee: [[angles[`knee${L}`], truth.kneeLeft], [angles[`knee${R}`], truth.kneeRight]],
      hip: [[angles[`hip${L}`], truth.hipLeft], [angles[`hip${R}`], truth.hipRight]],
    };
  };
  const errs = (p) => ({
    knee: p.knee.filter(([a]) => a !== null).map(([a, t]) => Math.abs(a - t)),
    hip: p.hip.filter(([a]) => a !== null).map(([a, t]) => Math.abs(a - t)),
  });
  const a = errs(pairs(false));
  if (oneSided) return a;
  const b = errs(pairs(true));
  const total = (e) => [...e.knee, ...e.hip].reduce((s, x) => s + x, 0) / Math.max(1, e.knee.length + e.hip.length);
  return total(b) < total(a) ? b : a;
}

/**
 * Where the model put each seen hip, along the true trunk line, in true trunk lengths (+ = toward
 * the shoulder). The figure's hip point is the joint's centre of rotation; the models learned the
 * hip people click on, so this shows how much of the hip-angle error is that definition.
 */
function hipShifts(keypoints, truth) {
  const out = [];
  for (const side of ['left', 'right']) {
    const k = keypoints?.[`${side}_hip`];
    const S = truth[`${side}_shoulder`];
    const H = truth[`${side}_hip`];
    if (!k || k.score < 0.5 || !S || !H) continue;
    const ux = S.x - H.x;
    const uy = S.y - H.y;
    const l2 = ux * ux + uy * uy;
    if (l2 > 0) out.push(((k.x - H.x) * ux + (k.y - H.y) * uy) / l2);
  }
  return out;
}

const manifest = readManifest();
const STRETCHES = ['seated-toe-touch', 'standing-toe-touch', 'supine-leg-extension', 'partner-pnf', 'elevated-leg', 'lying-hamstring', 'seated-chair', 'doorway-wall'];

/** Label posture names -> the analyser's. */
const POSTURE = { supine: 'lying', 'seated-floor': 'seated-floor', 'seated-chair': 'seated-chair', standing: 'standing' };
/** The working knee's reading: the knee rule passing is "straight", failing "bent", anything else unread. */
const kneeReading = (fr) => {
  const rule = fr.rules?.find((r) => r.id === 'knee-straight' || r.id === 'knees-straight');
  return rule?.state === 'pass' ? 'straight' : rule?.state === 'fail' ? 'bent' : null;
};
/** Every real photo's result, per model, for the verdict table at the end. */
const realResults = [];

const analyzer = await startAnalyzer();
/** Family (stretch id) -> its default model on a CPU and on a GPU. */
const defaults = new Map(STRETCHES.map((s) => [s, { cpu: analyzer.recommendedModel(s, false), gpu: analyzer.recommendedModel(s, true) }]));
const isDefaultFor = (model, stretch) => !defaultsMode || (defaults.get(stretch)?.cpu === model || defaults.get(stretch)?.gpu === model);
const configs = defaultsMode
  ? [...new Set([...defaults.values()].flatMap((d) => [d.cpu, d.gpu]))].map((model) => ({ model, turn: 'auto' }))
  : configArg.split(',').map((c) => {
      const [model, turn] = c.split(':');
      return { model, turn: turn ?? 'auto' };
    });
/** model -> rows of its stills table, for the defaults table at the end. */
const rowsByModel = new Map();
try {
  for (const cfg of configs) {
    const t0 = Date.now();
    const rows = new Map();
    const falseInForm = [];
    for (const item of realOnly ? [] : manifest.items) {
      if (only && !item.stretch.includes(only)) continue;
      const file = resolve(SYN, 'images', item.file);
      const stretches = item.stretch === 'none' ? STRETCHES : [item.stretch];
      for (const stretch of stretches) {
        const r = await analyzer.analyze(file, { stretch, ...(item.workingSide ? { side: item.workingSide } : {}), model: cfg.model, turn: cfg.turn, keypoints: true });
        if (r.error) throw new Error(`${item.id}: ${r.error}`);
        const fr = r.frames[0];
        if (fr.inForm === true && !item.expectedInForm && isDefaultFor(cfg.model, stretch)) falseInForm.push(`${item.id} as ${stretch}`);
        if (item.stretch === 'none' && stretch !== STRETCHES[0]) continue;
        if (detail) {
          const s = item.workingSide === 'right' ? 'Right' : 'Left';
          const g = item.angles.gt3d;
          const a = fr.angles;
          console.log(`  ${item.id.padEnd(44)} expected ${String(item.expectedInForm).padEnd(5)} got ${String(fr.inForm).padEnd(5)} knee ${g[`knee${s}`].toFixed(0)}/${a[`knee${s}`]} hip ${g[`hip${s}`].toFixed(0)}/${a[`hip${s}`]} (truth/measured, ${s.toLowerCase()}) ${fr.posture} ${fr.view} "${fr.cue}"`);
        }
        const key = `${item.stretch.padEnd(20)} az${String(item.camera.azimuthDeg).padStart(2)}`;
        const row = rows.get(key) ?? { n: 0, judged: 0, right: 0, knee3d: [], hip3d: [], kneeSag: [], hipSag: [], hipShift: [] };
        row.hipShift.push(...hipShifts(fr.keypoints, item.keypoints2d));
        row.n++;
        if (fr.inForm !== null) {
          row.judged++;
          if (fr.inForm === item.expectedInForm) row.right++;
        }
        const oneSided = !!item.workingSide;
        const e3 = angleErrors(fr.angles, item.angles.gt3d, oneSided);
        const es = angleErrors(fr.angles, item.angles.gtSagittal, oneSided);
        row.knee3d.push(...e3.knee);
        row.hip3d.push(...e3.hip);
        row.kneeSag.push(...es.knee);
        row.hipSag.push(...es.hip);
        rows.set(key, row);
      }
    }
    console.log(`\n## ${cfg.model}, turn ${cfg.turn} (synthetic stills, ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    console.log('family                 view  n  judged  verdict-ok  knee-err(3D/sag)  hip-err(3D/sag)  hip-kp-shift');
    const all = { n: 0, judged: 0, right: 0, knee3d: [], hip3d: [] };
    for (const [key, r] of [...rows.entries()].sort()) {
      console.log(`${key}  ${String(r.n).padStart(2)}  ${String(Math.round((100 * r.judged) / r.n)).padStart(4)}%  ${r.judged ? String(Math.round((100 * r.right) / r.judged)).padStart(8) + '%' : '       - '}  ${f1(median(r.knee3d)).padStart(7)} / ${f1(median(r.kneeSag)).padStart(5)}  ${f1(median(r.hip3d)).padStart(7)} / ${f1(median(r.hipSag)).padStart(5)}  ${Number.isFinite(median(r.hipShift)) ? median(r.hipShift).toFixed(2).padStart(11) : '          -'}`);
      all.n += r.n;
      all.judged += r.judged;
      all.right += r.right;
      all.knee3d.push(...r.knee3d);
      all.hip3d.push(...r.hip3d);
    }
    console.log(`ALL                          ${String(all.n).padStart(3)}  ${String(Math.round((100 * all.judged) / all.n)).padStart(4)}%  ${String(Math.round((100 * all.right) / Math.max(1, all.judged))).padStart(8)}%  ${f1(median(all.knee3d)).padStart(7)}          ${f1(median(all.hip3d)).padStart(7)}`);
    rowsByModel.set(cfg.model, rows);
    console.log(`bad form or neutral judged IN FORM: ${falseInForm.length}${falseInForm.length ? ' -> ' + falseInForm.join(', ') : ''}`);

    console.log('\nreal photos (labels by eye):');
    for (const photo of PHOTOS) {
      if (!isDefaultFor(cfg.model, photo.stretch)) continue;
      const r = await analyzer.analyze(photo.path, { stretch: photo.stretch, model: cfg.model, turn: cfg.turn });
      if (r.error) throw new Error(`${photo.name}: ${r.error}`);
      const fr = r.frames[0];
      realResults.push({ model: cfg.model, photo, fr });
      // The app's own reading of a still: the default model, with the other family's second opinion.
      if (defaultsMode) {
        const r2 = await analyzer.analyze(photo.path, { stretch: photo.stretch, model: cfg.model, turn: cfg.turn, secondOpinion: true });
        if (r2.error) throw new Error(`${photo.name}: ${r2.error}`);
        realResults.push({ model: cfg.model, photo, fr: r2.frames[0], secondOpinion: true });
        const changed = r2.secondOpinion?.kept === 'second';
        if (detail && changed) console.log(`    second opinion (${r2.secondOpinion.model}) kept: got ${r2.frames[0].inForm} posture ${r2.frames[0].posture} knee ${kneeReading(r2.frames[0]) ?? 'unread'}`);
        if (detail && r2.peopleOpinion) console.log(`    people opinion (${r2.peopleOpinion.model}) ${r2.peopleOpinion.kept === 'second' ? 'kept' : 'not kept'}: now ${r2.frames[0].inForm} posture ${r2.frames[0].posture} knee ${kneeReading(r2.frames[0]) ?? 'unread'}`);
      }
      const verdictOk = photo.inForm === true ? fr.inForm === true : photo.inForm === false ? fr.inForm === false : fr.inForm !== true;
      const ok = verdictOk ? 'ok' : fr.inForm === null ? 'not judged' : 'WRONG';
      console.log(`  ${photo.name.padEnd(48)} ${photo.stretch.padEnd(20)} expected ${String(photo.inForm).padEnd(8)} got ${String(fr.inForm).padEnd(5)} ${ok.padEnd(10)} posture ${fr.posture}${photo.posture ? (POSTURE[photo.posture] === fr.posture ? '' : ` (want ${POSTURE[photo.posture]})`) : ''} knee ${kneeReading(fr) ?? 'unread'}${photo.knee && kneeReading(fr) !== photo.knee ? ` (want ${photo.knee})` : ''} ${fr.angles.kneeLeft}/${fr.angles.kneeRight} hip ${fr.angles.hipLeft}/${fr.angles.hipRight} raise ${fr.angles.legRaiseLeft}/${fr.angles.legRaiseRight} (${fr.view}) "${fr.cue}"`);
    }

    if (withClips) {
      console.log('\nclips (time in good form, counted vs ground truth):');
      for (const clip of ['standing-toe-touch-hold', 'supine-leg-extension-left']) {
        const tl = JSON.parse(readFileSync(resolve(SYN, 'clips', `${clip}.timeline.json`), 'utf8'));
        if (!isDefaultFor(cfg.model, tl.stretch)) continue;
        const truthMs = tl.goodFormIntervalsS.reduce((s, [a, b]) => s + (b - a) * 1000, 0);
        const t1 = Date.now();
        const r = await analyzer.analyze(resolve(SYN, 'clips', `${clip}.mp4`), { stretch: tl.stretch, ...(tl.workingSide ? { side: tl.workingSide } : {}), model: cfg.model, turn: cfg.turn, fps: tl.fps, hold: 300 });
        let agree = 0;
        let countedOutside = 0;
        r.frames.forEach((fr, i) => {
          const truth = tl.framesData[i]?.formGood ?? false;
          if (fr.counts === truth) agree++;
          if (fr.counts && !truth) countedOutside++;
        });
        const knee = r.frames.map((fr, i) => {
          const gt = tl.framesData[i]?.angles.gt3d;
          const side = tl.workingSide === 'left' ? 'Left' : tl.workingSide === 'right' ? 'Right' : null;
          return side ? Math.abs(fr.angles[`knee${side}`] - gt[`knee${side}`]) : Math.min(Math.abs(fr.angles.kneeLeft - gt.kneeLeft), Math.abs(fr.angles.kneeRight - gt.kneeRight));
        });
        console.log(`  ${clip.padEnd(28)} truth ${(truthMs / 1000).toFixed(1)} s, frames in form ${(r.inFormMs / 1000).toFixed(1)} s (diff ${((r.inFormMs - truthMs) / 1000).toFixed(1)} s), hold counted ${(r.hold.countedMs / 1000).toFixed(1)} s, frames agreeing ${Math.round((100 * agree) / r.frames.length)}%, counted outside good form ${countedOutside} frames, knee err median ${f1(median(knee))}, ${((Date.now() - t1) / 1000).toFixed(0)} s`);
      }
      if (isDefaultFor(cfg.model, 'standing-toe-touch')) {
        // The standing clip's own frames replayed as bounces (bouncing-clip.mjs), truth frame by frame.
        const { path, truth } = bouncingClip();
        const t1 = Date.now();
        const r = await analyzer.analyze(path, { stretch: 'standing-toe-touch', model: cfg.model, turn: cfg.turn, fps: 15, hold: 300 });
        const truthMs = truth.filter((f) => f.good).length * (1000 / 15);
        let agree = 0;
        let countedOutside = 0;
        r.frames.forEach((fr, i) => {
          if (fr.counts === truth[i]?.good) agree++;
          if (fr.counts && !truth[i]?.good) countedOutside++;
        });
        console.log(`  ${'standing-toe-touch-bouncing'.padEnd(28)} truth ${(truthMs / 1000).toFixed(1)} s, frames in form ${(r.inFormMs / 1000).toFixed(1)} s (diff ${((r.inFormMs - truthMs) / 1000).toFixed(1)} s), hold counted ${(r.hold.countedMs / 1000).toFixed(1)} s, frames agreeing ${Math.round((100 * agree) / r.frames.length)}%, counted outside good form ${countedOutside} frames, ${((Date.now() - t1) / 1000).toFixed(0)} s`);
      }
    }
  }
  if (defaultsMode) {
    console.log('\n## Each family with its default model (the README table)');
    console.log('family               machine view  model              judged  verdict-ok  knee  hip');
    for (const [stretch, d] of defaults) {
      const machines = d.cpu === d.gpu ? [['any', d.cpu]] : [['CPU', d.cpu], ['GPU', d.gpu]];
      for (const [machine, model] of machines) {
        for (const az of [0, 30, 60]) {
          const r = rowsByModel.get(model)?.get(`${stretch.padEnd(20)} az${String(az).padStart(2)}`);
          if (!r) continue;
          console.log(`${stretch.padEnd(20)} ${machine.padEnd(7)} az${String(az).padStart(2)}  ${model.padEnd(18)} ${String(Math.round((100 * r.judged) / r.n)).padStart(4)}%  ${r.judged ? String(Math.round((100 * r.right) / r.judged)).padStart(8) + '%' : '       - '}  ${f1(median(r.knee3d)).padStart(5)} ${f1(median(r.hip3d)).padStart(5)}`);
        }
      }
    }
  }
  // Real people: the verdict table the issue's targets are stated in.
  const score = (rows) => {
    const good = rows.filter((x) => x.photo.inForm === true);
    const bad = rows.filter((x) => x.photo.inForm !== true);
    const withPosture = rows.filter((x) => x.photo.posture);
    const withKnee = rows.filter((x) => x.photo.knee);
    const pct = (a, n) => (n ? `${Math.round((100 * a) / n)}% (${a}/${n})` : '-');
    return {
      credited: pct(good.filter((x) => x.fr.inForm === true).length, good.length),
      badCredited: `${bad.filter((x) => x.fr.inForm === true).length}/${bad.length}`,
      posture: pct(withPosture.filter((x) => POSTURE[x.photo.posture] === x.fr.posture).length, withPosture.length),
      knee: pct(withKnee.filter((x) => kneeReading(x.fr) === x.photo.knee).length, withKnee.length),
    };
  };
  console.log('\n## Real photos (labels by eye): good form credited, bad credited, posture right, working knee read right');
  const groups = defaultsMode
    ? [
        ['CPU defaults', realResults.filter((x) => defaults.get(x.photo.stretch)?.cpu === x.model && !x.secondOpinion)],
        ['  + 2nd opinion', realResults.filter((x) => defaults.get(x.photo.stretch)?.cpu === x.model && x.secondOpinion)],
        ['GPU defaults', realResults.filter((x) => defaults.get(x.photo.stretch)?.gpu === x.model && !x.secondOpinion)],
        ['  + 2nd opinion', realResults.filter((x) => defaults.get(x.photo.stretch)?.gpu === x.model && x.secondOpinion)],
      ]
    : configs.map((c) => [c.model, realResults.filter((x) => x.model === c.model && !x.secondOpinion)]);
  for (const [label, rows] of groups) {
    const s = score(rows);
    console.log(`${label.padEnd(20)} credited ${s.credited.padEnd(14)} bad credited ${s.badCredited.padEnd(6)} posture ${s.posture.padEnd(14)} knee ${s.knee}`);
  }
} finally {
  await analyzer.close();
}
