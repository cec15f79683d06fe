import { describe, expect, it } from 'vitest';
import { STRETCH_IDS } from '../stretches/types';
import { STRETCHES } from '../stretches/catalog';
import { checkPrescription, decodePrescriptionParam, encodePrescription, MAX_LINK_CHARS, prescriptionFileText, prescriptionLink, readPrescriptionFile } from './prescription-codec';
import { planFromPrescription } from './prescription-plan';
import { PRESCRIPTION_BOUNDS, type PrescriptionInput } from './prescription-schema';
import { prescriptionLines } from './prescription-words';
import { buildPlan } from '../session/plan';
import { DEFAULT_SETTINGS } from '../settings/settings';

const RX: PrescriptionInput = {
  formhold: 'prescription',
  version: 1,
  steps: [
    { stretch: 'lying-hamstring', side: 'left', holdS: 45, reps: 3, restS: 15 },
    { stretch: 'standing-toe-touch', holdS: 20, reps: 2, restS: 0, strictnessDeg: -5 },
  ],
};

function accepted(result: ReturnType<typeof checkPrescription>) {
  if (!result.ok) throw new Error(`refused: ${result.words.join(' ')}`);
  return result.prescription;
}

function refusedWords(result: ReturnType<typeof checkPrescription>): readonly string[] {
  if (result.ok) throw new Error('accepted');
  return result.words;
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

describe('an invalid prescription is refused as a whole, with every problem in plain words', () => {
  it('names each bad dose with its stretch, the value given in its unit, and the bounds', () => {
    const bad = { ...RX, steps: [{ stretch: 'lying-hamstring', side: 'left', holdS: -5, reps: 2.5, restS: 400, strictnessDeg: 15 }, { stretch: 'standing-toe-touch', side: 'left' }] };
    const words = refusedWords(checkPrescription(bad));
    expect(words).toEqual([
      'The hold time for stretch 1 (lying hamstring stretch), -5 seconds, is too short: it must be 5 to 300 seconds.',
      'The number of reps for stretch 1 (lying hamstring stretch), 2.5, is not a whole number: it must be a whole number from 1 to 20.',
      'The rest time for stretch 1 (lying hamstring stretch), 400 seconds, is too long: it must be 0 to 300 seconds.',
      'The strictness for stretch 1 (lying hamstring stretch), 15 degrees, is too strict: it must be a whole number of degrees from -10 to 10.',
      'Stretch 2 (standing toe touch): this stretch works both legs at once, so its side must be "both".',
    ]);
    expect(words.join(' ')).not.toMatch(/holdS|restS|Ms\b|Invalid|undefined|NaN/);
  });

  it('refuses an unknown stretch, a wrong version, no stretches, a bad idle time, and not-a-prescription', () => {
    expect(refusedWords(checkPrescription({ ...RX, steps: [{ stretch: 'cartwheel' }] }))).toEqual(['Stretch 1: there is no stretch by that name.']);
    expect(refusedWords(checkPrescription({ ...RX, version: 2 }))).toEqual(['The prescription could not be used: this prescription is from another FormHold version; this one reads version 1.']);
    expect(refusedWords(checkPrescription({ ...RX, steps: [] }))).toEqual(['The prescription could not be used: it has no stretches.']);
    expect(refusedWords(checkPrescription({ ...RX, idleS: 2 }))).toEqual(['The idle time of the kiosk, 2 seconds, is too short: it must be 5 to 1800 seconds.']);
    expect(refusedWords(checkPrescription([1, 2]))).toEqual(['The prescription could not be used: this is not a FormHold prescription.']);
  });

  it('refuses a cut-short or tampered link and a file that is not JSON, without throwing', () => {
    const param = encodePrescription(RX);
    for (const broken of [param.slice(0, 20), `${param}!`, 'x', '%%%']) {
      const words = refusedWords(decodePrescriptionParam(broken));
      expect(words.length).toBe(1);
      expect(words[0]).toMatch(/^The prescription could not be used: /);
    }
    expect(refusedWords(readPrescriptionFile('{"formhold": "prescription", '))).toEqual(['The prescription could not be used: the prescription file could not be read: it may have been cut short or changed.']);
    expect(decodePrescriptionParam('A'.repeat(MAX_LINK_CHARS + 1)).ok).toBe(false);
  });

  it('a per-device history is off unless asked for, and only a kiosk may keep one', () => {
    expect(accepted(checkPrescription({ ...RX, kiosk: true })).deviceHistory).toBe(false);
    expect(accepted(checkPrescription({ ...RX, kiosk: true, deviceHistory: true })).deviceHistory).toBe(true);
    expect(refusedWords(checkPrescription({ ...RX, deviceHistory: true }))).toEqual([
      'The prescription could not be used: a record of sessions on the device is only for a clinic kiosk, so the prescription must also be for a kiosk.',
    ]);
    expect(refusedWords(checkPrescription({ ...RX, kiosk: true, deviceHistory: 'yes' }))).toEqual(['The prescription could not be used: the device history setting must be true or false.']);
  });

  it('a prescription may name the language on screen, one the app has', () => {
    expect(accepted(checkPrescription(RX)).language).toBeUndefined();
    expect(accepted(checkPrescription({ ...RX, language: 'es' })).language).toBe('es');
    expect(refusedWords(checkPrescription({ ...RX, language: 'fr' }))).toEqual(['The prescription could not be used: the language must be one of en, es.']);
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
      'Lying hamstring stretch, left leg, 45 s × 3, rest 15 s',
      'Standing toe touch, feet together, 20 s × 2, no rest, 5° gentler',
      'Standing toe touch, feet crossed, 20 s × 2, no rest, 5° gentler',
    ]);
  });

  it('a stretch left to its own dose says so in numbers, and "both" on a one-leg stretch means each leg', () => {
    const rx = accepted(checkPrescription({ formhold: 'prescription', version: 1, steps: [{ stretch: 'seated-chair', side: 'both' }] }));
    const s = STRETCHES['seated-chair'];
    expect(prescriptionLines(rx, planFromPrescription(rx))).toEqual([`Seated chair stretch, each leg, ${s.holdMs / 1000} s × ${s.reps}${s.reps > 1 ? `, rest ${s.restMs / 1000} s` : ''}`]);
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
