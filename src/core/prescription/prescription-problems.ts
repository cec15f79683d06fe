/**
 * What is wrong with a refused prescription, as data: where (which stretch, the kiosk, the whole
 * prescription), what, and the value given. The sentences, in the person's language, are in
 * src/ui/words/prescription-words.ts.
 */
import { numberProblem, type NumberField, type NumberProblem } from '../schema/number-problem';
import { showValue, type Problem } from '../schema/problem';
import { isStretchId, type StretchId } from '../stretches/types';
import { PRESCRIPTION_BOUNDS, PRESCRIPTION_VERSION, SIDE_CHOICES } from './prescription-schema';

/** A step of the prescription (1-based `index` for people), naming its stretch when the input names a known one. */
export interface StepPlace {
  readonly index: number;
  readonly stretchId: StretchId | undefined;
}

/** Problems that refuse the prescription as a whole before its fields are read (or a file that could not even be opened). */
export type WholeRefusal = 'not-prescription' | 'unreadable-link' | 'unreadable-file' | 'unopened-file' | 'too-long' | 'too-big';

export type PrescriptionIssue =
  | { readonly kind: WholeRefusal }
  | { readonly kind: 'number'; readonly where: { readonly kind: 'step'; readonly step: StepPlace } | { readonly kind: 'kiosk' }; readonly number: NumberProblem }
  | { readonly kind: 'version'; readonly reads: number }
  | { readonly kind: 'steps-missing' }
  | { readonly kind: 'no-steps' }
  | { readonly kind: 'too-many-steps'; readonly max: number }
  | { readonly kind: 'step-not-settings'; readonly step: StepPlace }
  | { readonly kind: 'unknown-stretch'; readonly step: StepPlace; readonly given: string }
  | { readonly kind: 'bad-side'; readonly step: StepPlace; readonly given: string }
  | { readonly kind: 'side-both-only'; readonly step: StepPlace }
  | { readonly kind: 'kiosk-flag'; readonly given: string }
  | { readonly kind: 'language'; readonly given: string }
  | { readonly kind: 'history-flag'; readonly given: string }
  | { readonly kind: 'history-needs-kiosk' }
  | { readonly kind: 'other'; readonly path: string };

const STEP_FIELDS: Readonly<Record<string, NumberField>> = { holdS: 'hold', reps: 'reps', restS: 'rest', strictnessDeg: 'strictness' };

function stepPlace(input: unknown, index: number): StepPlace {
  const steps = (input as { steps?: unknown } | null)?.steps;
  const id = Array.isArray(steps) ? (steps[index] as { stretch?: unknown } | undefined)?.stretch : undefined;
  return { index: index + 1, stretchId: typeof id === 'string' && isStretchId(id) ? id : undefined };
}

/** One schema problem of a prescription (`input` as given) as a typed issue. */
export function prescriptionIssue(p: Problem, input: unknown): PrescriptionIssue {
  const keys = p.path === '' ? [] : p.path.split('.');
  const given = showValue(p.value);
  if (keys[0] === 'steps' && keys.length >= 2) {
    const step = stepPlace(input, Number(keys[1]));
    const field = keys[2];
    if (field === undefined) return { kind: 'step-not-settings', step };
    const numberField = STEP_FIELDS[field];
    if (numberField) return { kind: 'number', where: { kind: 'step', step }, number: numberProblem(numberField, p.value) };
    if (field === 'stretch') return { kind: 'unknown-stretch', step, given };
    if (field === 'side') return (SIDE_CHOICES as readonly unknown[]).includes(p.value) ? { kind: 'side-both-only', step } : { kind: 'bad-side', step, given };
    return { kind: 'other', path: p.path };
  }
  switch (keys[0]) {
    case undefined:
    case 'formhold':
      return { kind: 'not-prescription' };
    case 'version':
      return { kind: 'version', reads: PRESCRIPTION_VERSION };
    case 'steps':
      if (!Array.isArray(p.value)) return { kind: 'steps-missing' };
      return p.value.length < PRESCRIPTION_BOUNDS.steps.min ? { kind: 'no-steps' } : { kind: 'too-many-steps', max: PRESCRIPTION_BOUNDS.steps.max };
    case 'idleS':
      return { kind: 'number', where: { kind: 'kiosk' }, number: numberProblem('idle', p.value) };
    case 'kiosk':
      return { kind: 'kiosk-flag', given };
    case 'language':
      return { kind: 'language', given };
    case 'deviceHistory':
      // The value is a proper true/false: then it is the kiosk rule that refused it.
      return typeof p.value === 'boolean' ? { kind: 'history-needs-kiosk' } : { kind: 'history-flag', given };
  }
  return { kind: 'other', path: p.path };
}
