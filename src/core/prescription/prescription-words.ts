/** A prescription in the patient's words, and its problems in the clinician's. */
import { doseProblemWords, numberProblemWords, type NumberWords } from '../schema/dose-words';
import type { DoseName } from '../schema/dose-bounds';
import type { Problem } from '../schema/problem';
import type { SessionPlan } from '../session/plan';
import { STRETCHES } from '../stretches/catalog';
import { isStretchId } from '../stretches/types';
import { prescribedStepIndex } from './prescription-plan';
import { PRESCRIPTION_BOUNDS, type Prescription } from './prescription-schema';

const { strictnessDeg: sd, idleS: idle } = PRESCRIPTION_BOUNDS;

const STRICTNESS_WORDS: NumberWords = {
  what: 'strictness',
  unit: 'degrees',
  low: 'is too gentle',
  high: 'is too strict',
  range: `a whole number of degrees from ${sd.min} to ${sd.max}`,
  min: sd.min,
  max: sd.max,
  whole: true,
};

export const IDLE_WORDS: NumberWords = {
  what: 'idle time',
  unit: 'seconds',
  low: 'is too short',
  high: 'is too long',
  range: `${idle.min} to ${idle.max} seconds`,
  min: idle.min,
  max: idle.max,
  whole: false,
};

const DOSES: readonly string[] = ['holdS', 'reps', 'restS'] satisfies DoseName[];

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "stretch 2 (lying hamstring stretch)", naming the stretch when the input names a known one. */
function stepName(input: unknown, index: number): string {
  const steps = (input as { steps?: unknown } | null)?.steps;
  const id = Array.isArray(steps) ? (steps[index] as { stretch?: unknown } | undefined)?.stretch : undefined;
  return typeof id === 'string' && isStretchId(id) ? `stretch ${index + 1} (${lowerFirst(STRETCHES[id].name)})` : `stretch ${index + 1}`;
}

/** One problem of a refused prescription as a sentence: where, what was given, what is allowed. */
export function describePrescriptionProblem(p: Problem, input: unknown): string {
  const keys = p.path === '' ? [] : p.path.split('.');
  if (keys[0] === 'steps' && keys.length >= 2) {
    const where = stepName(input, Number(keys[1]));
    const field = keys[2];
    if (field && DOSES.includes(field)) return doseProblemWords(field as DoseName, p.value, `for ${where}`);
    if (field === 'strictnessDeg') return numberProblemWords(STRICTNESS_WORDS, p.value, `for ${where}`);
    return `${upperFirst(where)}: ${p.reason}.`;
  }
  if (keys[0] === 'idleS') return numberProblemWords(IDLE_WORDS, p.value, 'of the kiosk');
  return `The prescription could not be used: ${p.reason}.`;
}

const secs = (ms: number) => `${Math.round((ms / 1000) * 10) / 10} s`;

/**
 * Each step of the prescribed plan as the patient reads it before starting:
 * "Lying hamstring stretch, left leg, 45 s × 3, rest 15 s"; a stretch with variations has a line
 * for each ("Standing toe touch, feet together, ...", "Standing toe touch, feet crossed, ...").
 */
export function prescriptionLines(rx: Prescription, plan: SessionPlan): string[] {
  const from = prescribedStepIndex(rx);
  return plan.steps.map((step, i) => {
    const s = step.stretch;
    const asked = rx.steps[from[i] ?? i];
    const side = s.workingLeg === undefined ? [] : [step.side ? `${step.side} leg` : 'each leg'];
    const rest = s.reps > 1 ? [s.restMs > 0 ? `rest ${secs(s.restMs)}` : 'no rest'] : [];
    const shift = asked?.strictnessDeg ?? 0;
    const strict = shift === 0 ? [] : [`${Math.abs(shift)}° ${shift > 0 ? 'stricter' : 'gentler'}`];
    return [s.name, ...side, `${secs(s.holdMs)} × ${s.reps}`, ...rest, ...strict].join(', ');
  });
}
