import { describe, expect, it } from 'vitest';
import { STRETCH_IDS } from '../stretches/types';
import { STRETCHES } from '../stretches/catalog';
import { checkPrescription, decodePrescriptionParam, encodePrescription, MAX_LINK_CHARS, prescriptionFileText, prescriptionLink, readPrescriptionFile } from './prescription-codec';
import { planFromPrescription } from './prescription-plan';
import { PRESCRIPTION_BOUNDS } from './prescription-schema';
import { prescriptionLines } from './prescription-lines';
import { buildPlan } from '../session/plan';
import { DEFAULT_SETTINGS } from '../settings/settings';

import { RX } from './test-prescription';

function accepted(result: ReturnType<typeof checkPrescription>) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
  return result.prescription;
}

function refused(result: ReturnType<typeof checkPrescription>) {
  if (result.ok) throw new Error('accepted');
  return result.issues;
}

describe('prescription link and file', () => {
  it('a link parameter comes back as the same prescription, with defaults filled in', () => {
    const param = encodePrescription(RX);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    const rx = accepted(decodePrescriptionParam(param));
    expect(rx).toEqual({ ...RX, kiosk: false, deviceHistory: false, steps: [{ ...RX.steps[0], strictnessDeg: 0 }, { ...RX.steps[1], side: 'both' }] });
  });

  it('the full link keeps the app address and carries only rx', () => {
    const link = prescriptionLink('https://clinic.example/formhold/?clinician=1#x', RX);
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://clinic.example/formhold/');
    expect([...url.searchParams.keys()]).toEqual(['rx']);
    expect(accepted(decodePrescriptionParam(url.searchParams.get('rx')!)).steps).toHaveLength(2);
  });

  it('the JSON file reads back the same', () => {
    const text = prescriptionFileText({ ...RX, kiosk: true, idleS: 30 });
    expect(JSON.parse(text)).toMatchObject({ formhold: 'prescription', kiosk: true, idleS: 30 });
    expect(accepted(readPrescriptionFile(text))).toMatchObject({ kiosk: true, idleS: 30, steps: [{ stretch: 'lying-hamstring' }, { stretch: 'standing-toe-touch' }] });
  });

  it('ten stretches still make a link short enough for a QR code', () => {
    const steps = Array.from({ length: PRESCRIPTION_BOUNDS.steps.max }, (_, i) => ({ stretch: STRETCH_IDS[i % 8]!, side: 'both' as const, holdS: 300, reps: 20, restS: 300, strictnessDeg: -10 }));
    const param = encodePrescription({ formhold: 'prescription', version: 1, steps, kiosk: true, idleS: 1800 });
    expect(param.length).toBeLessThan(MAX_LINK_CHARS / 2);
    expect(decodePrescriptionParam(param).ok).toBe(true);
  });
});

// The sentences for these issues: src/ui/words/prescription-words.test.ts.
describe('an invalid prescription is refused as a whole, with every problem named', () => {
  const lying = { index: 1, stretchId: 'lying-hamstring' };
  it('names each bad dose with its stretch, the value given and the bounds', () => {
    const bad = { ...RX, steps: [{ stretch: 'lying-hamstring', side: 'left', holdS: -5, reps: 2.5, restS: 400, strictnessDeg: 15 }, { stretch: 'standing-toe-touch', side: 'left' }] };
    expect(refused(checkPrescription(bad))).toEqual([
      { kind: 'number', where: { kind: 'step', step: lying }, number: { field: 'hold', issue: 'too-low', given: '-5', n: -5, min: 5, max: 300 } },
      { kind: 'number', where: { kind: 'step', step: lying }, number: { field: 'reps', issue: 'not-whole', given: '2.5', n: 2.5, min: 1, max: 20 } },
      { kind: 'number', where: { kind: 'step', step: lying }, number: { field: 'rest', issue: 'too-high', given: '400', n: 400, min: 0, max: 300 } },
      { kind: 'number', where: { kind: 'step', step: lying }, number: { field: 'strictness', issue: 'too-high', given: '15', n: 15, min: -10, max: 10 } },
      { kind: 'side-both-only', step: { index: 2, stretchId: 'standing-toe-touch' } },
    ]);
  });

  it('refuses an unknown stretch, a bad side, a wrong version, no stretches, a bad idle time, and not-a-prescription', () => {
    expect(refused(checkPrescription({ ...RX, steps: [{ stretch: 'cartwheel' }] }))).toEqual([{ kind: 'unknown-stretch', step: { index: 1, stretchId: undefined }, given: 'cartwheel' }]);
    expect(refused(checkPrescription({ ...RX, steps: [{ stretch: 'lying-hamstring', side: 'up' }] }))).toEqual([{ kind: 'bad-side', step: lying, given: 'up' }]);
    expect(refused(checkPrescription({ ...RX, steps: ['x'] }))).toEqual([{ kind: 'step-not-settings', step: { index: 1, stretchId: undefined } }]);
    expect(refused(checkPrescription({ ...RX, version: 2 }))).toEqual([{ kind: 'version', reads: 1 }]);
    expect(refused(checkPrescription({ ...RX, steps: [] }))).toEqual([{ kind: 'no-steps' }]);
    expect(refused(checkPrescription({ ...RX, steps: Array.from({ length: 11 }, () => ({ stretch: 'seated-chair' })) }))).toEqual([{ kind: 'too-many-steps', max: 10 }]);
    expect(refused(checkPrescription({ ...RX, steps: 'none' }))).toEqual([{ kind: 'steps-missing' }]);
    expect(refused(checkPrescription({ ...RX, idleS: 2 }))).toEqual([{ kind: 'number', where: { kind: 'kiosk' }, number: { field: 'idle', issue: 'too-low', given: '2', n: 2, min: 5, max: 1800 } }]);
    expect(refused(checkPrescription({ ...RX, kiosk: 'yes' }))).toEqual([{ kind: 'kiosk-flag', given: 'yes' }]);
    expect(refused(checkPrescription([1, 2]))).toEqual([{ kind: 'not-prescription' }]);
  });

  it('refuses a cut-short or tampered link and a file that is not JSON, without throwing', () => {
    const param = encodePrescription(RX);
    for (const broken of [param.slice(0, 20), `${param}!`, 'x', '%%%']) expect(refused(decodePrescriptionParam(broken))).toEqual([{ kind: 'unreadable-link' }]);
    expect(refused(readPrescriptionFile('{"formhold": "prescription", '))).toEqual([{ kind: 'unreadable-file' }]);
    expect(refused(readPrescriptionFile(' '.repeat(64 * 1024 + 1)))).toEqual([{ kind: 'too-big' }]);
    expect(refused(decodePrescriptionParam('A'.repeat(MAX_LINK_CHARS + 1)))).toEqual([{ kind: 'too-long' }]);
  });

  it('a per-device history is off unless asked for, and only a kiosk may keep one', () => {
    expect(accepted(checkPrescription({ ...RX, kiosk: true })).deviceHistory).toBe(false);
    expect(accepted(checkPrescription({ ...RX, kiosk: true, deviceHistory: true })).deviceHistory).toBe(true);
    expect(refused(checkPrescription({ ...RX, deviceHistory: true }))).toEqual([{ kind: 'history-needs-kiosk' }]);
    expect(refused(checkPrescription({ ...RX, kiosk: true, deviceHistory: 'yes' }))).toEqual([{ kind: 'history-flag', given: 'yes' }]);
  });

  it('a prescription may name the language on screen, one the app has', () => {
    expect(accepted(checkPrescription(RX)).language).toBeUndefined();
    expect(accepted(checkPrescription({ ...RX, language: 'es' })).language).toBe('es');
    expect(refused(checkPrescription({ ...RX, language: 'fr' }))).toEqual([{ kind: 'language', given: 'fr' }]);
  });

  it('accepts the edges of every bound', () => {
    for (const edge of [
      { holdS: 5, reps: 1, restS: 0, strictnessDeg: -10 },
      { holdS: 300, reps: 20, restS: 300, strictnessDeg: 10 },
    ]) {
      expect(checkPrescription({ ...RX, steps: [{ stretch: 'lying-hamstring', ...edge }], idleS: 5 }).ok).toBe(true);
    }
  });
});

describe('the plan and the words a patient reads', () => {
  it('follows the prescription: order, side, dose, strictness', () => {
    const rx = accepted(checkPrescription(RX));
    const plan = planFromPrescription(rx);
    expect(plan.steps.map((s) => [s.stretch.id, s.side, s.stretch.holdMs, s.stretch.reps, s.stretch.restMs])).toEqual([
      ['lying-hamstring', 'left', 45_000, 3, 15_000],
      ['standing-toe-touch', undefined, 20_000, 2, 0],
      ['standing-toe-touch', undefined, 20_000, 2, 0],
    ]);
    // The standing toe touch is two steps, as in the routine and from the list: feet together, then crossed.
    expect(plan.steps.map((s) => s.stretch.variation?.id)).toEqual([undefined, 'feet-together', 'feet-crossed']);
    expect(plan.steps.map((s) => s.stretch.variation?.id)).toEqual(buildPlan('lying-hamstring', DEFAULT_SETTINGS).steps.concat(buildPlan('standing-toe-touch', DEFAULT_SETTINGS).steps).map((s) => s.stretch.variation?.id));
    for (const i of [1, 2]) expect(plan.steps[i]!.stretch.thresholds.kneeMin).toBe(STRETCHES['standing-toe-touch'].thresholds.kneeMin! - 5);
    expect(prescriptionLines(rx, plan)).toEqual([
      { stretchId: 'lying-hamstring', variation: null, side: 'left', holdS: 45, reps: 3, restS: 15, strictnessDeg: 0 },
      { stretchId: 'standing-toe-touch', variation: 'feet-together', side: null, holdS: 20, reps: 2, restS: 0, strictnessDeg: -5 },
      { stretchId: 'standing-toe-touch', variation: 'feet-crossed', side: null, holdS: 20, reps: 2, restS: 0, strictnessDeg: -5 },
    ]);
  });

  it('a stretch left to its own dose says so in numbers, and "both" on a one-leg stretch means each leg', () => {
    const rx = accepted(checkPrescription({ formhold: 'prescription', version: 1, steps: [{ stretch: 'seated-chair', side: 'both' }] }));
    const s = STRETCHES['seated-chair'];
    expect(prescriptionLines(rx, planFromPrescription(rx))).toEqual([
      { stretchId: 'seated-chair', variation: null, side: 'each', holdS: s.holdMs / 1000, reps: s.reps, restS: s.reps > 1 ? s.restMs / 1000 : null, strictnessDeg: 0 },
    ]);
  });

  // Every prescription the schema accepts must build: its bounds sit inside the stretch validator's.
  it('every stretch builds at both ends of every bound', () => {
    for (const stretch of STRETCH_IDS) {
      for (const strictnessDeg of [PRESCRIPTION_BOUNDS.strictnessDeg.min, 0, PRESCRIPTION_BOUNDS.strictnessDeg.max]) {
        for (const dose of [{ holdS: 5, reps: 1, restS: 0 }, { holdS: 300, reps: 20, restS: 300 }]) {
          const rx = accepted(checkPrescription({ formhold: 'prescription', version: 1, steps: [{ stretch, strictnessDeg, ...dose }] }));
          expect(() => planFromPrescription(rx)).not.toThrow();
        }
      }
    }
  });
});
