import { describe, expect, it } from 'vitest';
import { checkPrescription, decodePrescriptionParam, readPrescriptionFile } from '../../core/prescription/prescription-codec';
import { prescriptionLines } from '../../core/prescription/prescription-lines';
import { planFromPrescription } from '../../core/prescription/prescription-plan';
import type { PrescriptionInput } from '../../core/prescription/prescription-schema';
import { prescriptionIssueWords, prescriptionLineWords } from './prescription-words';

import { RX } from '../../core/prescription/test-prescription';

/** The English sentences a refusal shows (the language the source is written in). */
function refusedWords(input: unknown): string[] {
  const result = checkPrescription(input);
  if (result.ok) throw new Error('accepted');
  return result.issues.map(prescriptionIssueWords);
}

function lines(input: PrescriptionInput): string[] {
  const result = checkPrescription(input);
  if (!result.ok) throw new Error('refused');
  return prescriptionLines(result.prescription, planFromPrescription(result.prescription)).map(prescriptionLineWords);
}

describe('the prescription as the patient reads it', () => {
  it('one line per step: name, side, hold × reps, rest, strictness', () => {
    expect(lines(RX)).toEqual([
      'Lying hamstring stretch, left leg, 45 s × 3, rest 15 s',
      'Standing toe touch, feet together, 20 s × 2, no rest, 5° gentler',
      'Standing toe touch, feet crossed, 20 s × 2, no rest, 5° gentler',
    ]);
    expect(lines({ ...RX, steps: [{ stretch: 'seated-chair', side: 'both', holdS: 7.5, reps: 1, strictnessDeg: 3 }] })).toEqual(['Seated chair stretch, each leg, 7.5 s × 1, 3° stricter']);
  });
});

describe("a refused prescription's problems, one whole sentence each", () => {
  it('names each bad dose with its stretch, the value given in its unit, and the bounds', () => {
    const bad = { ...RX, steps: [{ stretch: 'lying-hamstring', side: 'left', holdS: -5, reps: 2.5, restS: 400, strictnessDeg: 15 }, { stretch: 'standing-toe-touch', side: 'left' }] };
    const words = refusedWords(bad);
    expect(words).toEqual([
      'The hold time for stretch 1 (lying hamstring stretch), -5 seconds, is too short: it must be 5 to 300 seconds.',
      'The number of reps for stretch 1 (lying hamstring stretch), 2.5, is not a whole number: it must be a whole number from 1 to 20.',
      'The rest time for stretch 1 (lying hamstring stretch), 400 seconds, is too long: it must be 0 to 300 seconds.',
      'The strictness for stretch 1 (lying hamstring stretch), 15 degrees, is too strict: it must be a whole number of degrees from -10 to 10.',
      'Stretch 2 (standing toe touch): this stretch works both legs at once, so its side must be "both".',
    ]);
    expect(words.join(' ')).not.toMatch(/holdS|restS|Ms\b|Invalid|undefined|NaN/);
    expect(refusedWords({ ...RX, steps: [{ stretch: 'lying-hamstring', holdS: 'long', strictnessDeg: -1 }] })).toEqual([
      'The hold time for stretch 1 (lying hamstring stretch), "long", is not a number: it must be 5 to 300 seconds.',
    ]);
    expect(refusedWords({ ...RX, steps: [{ stretch: 'lying-hamstring', strictnessDeg: -11 }] })).toEqual([
      'The strictness for stretch 1 (lying hamstring stretch), -11 degrees, is too gentle: it must be a whole number of degrees from -10 to 10.',
    ]);
  });

  it('names the whole-prescription problems', () => {
    expect(refusedWords({ ...RX, steps: [{ stretch: 'cartwheel' }] })).toEqual(['Stretch 1: there is no stretch by that name.']);
    expect(refusedWords({ ...RX, version: 2 })).toEqual(['The prescription could not be used: this prescription is from another FormHold version; this one reads version 1.']);
    expect(refusedWords({ ...RX, steps: [] })).toEqual(['The prescription could not be used: it has no stretches.']);
    expect(refusedWords({ ...RX, idleS: 2 })).toEqual(['The idle time of the kiosk, 2 seconds, is too short: it must be 5 to 1800 seconds.']);
    expect(refusedWords([1, 2])).toEqual(['The prescription could not be used: this is not a FormHold prescription.']);
    expect(refusedWords({ ...RX, deviceHistory: true })).toEqual([
      'The prescription could not be used: a record of sessions on the device is only for a clinic kiosk, so the prescription must also be for a kiosk.',
    ]);
    expect(refusedWords({ ...RX, kiosk: true, deviceHistory: 'yes' })).toEqual(['The prescription could not be used: the device history setting must be true or false.']);
    expect(refusedWords({ ...RX, language: 'fr' })).toEqual(['The prescription could not be used: the language must be one of en, es.']);
  });

  it('says a cut-short link or a damaged file could not be read', () => {
    const link = decodePrescriptionParam('x');
    expect(link.ok ? [] : link.issues.map(prescriptionIssueWords)).toEqual(['The prescription in the link could not be read: it may have been cut short or changed when it was copied.']);
    const file = readPrescriptionFile('{"formhold": "prescription", ');
    expect(file.ok ? [] : file.issues.map(prescriptionIssueWords)).toEqual(['The prescription file could not be read: it may have been cut short or changed.']);
  });
});
