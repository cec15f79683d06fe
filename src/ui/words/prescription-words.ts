/**
 * A prescription in the person's language: each step's line as the patient reads it before
 * starting, and a refused prescription's problems, one whole sentence each. The core
 * (src/core/prescription/prescription-lines.ts, prescription-problems.ts) gives the data.
 */
import { msg, str } from '@lit/localize';
import { formatLocale } from '../../app/locale';
import type { PrescriptionLine } from '../../core/prescription/prescription-lines';
import type { PrescriptionIssue, StepPlace } from '../../core/prescription/prescription-problems';
import { allLocales } from '../../locales/generated/locale-codes';
import { numberProblemWords } from './number-words';
import { stretchBaseName, stretchName } from './stretch-words';

/** "2.5" in English, "2,5" in Spanish. */
const num = (n: number) => n.toLocaleString(formatLocale(), { maximumFractionDigits: 1 });

/**
 * One step as a list of its settings: "Lying hamstring stretch, left leg, 45 s × 3, rest 15 s,
 * 5° gentler". Each item is its own phrase (a name, a side, a dose), so the list reads the same
 * way in every language the app has.
 */
export function prescriptionLineWords(line: PrescriptionLine): string {
  const items = [stretchName(line.stretchId, line.variation)];
  if (line.side === 'left') items.push(msg('left leg'));
  else if (line.side === 'right') items.push(msg('right leg'));
  else if (line.side === 'each') items.push(msg('each leg'));
  const hold = num(line.holdS);
  const reps = line.reps;
  items.push(msg(str`${hold} s × ${reps}`));
  if (line.restS !== null) {
    const rest = num(line.restS);
    items.push(line.restS > 0 ? msg(str`rest ${rest} s`) : msg('no rest'));
  }
  const deg = Math.abs(line.strictnessDeg);
  if (line.strictnessDeg > 0) items.push(msg(str`${deg}° stricter`));
  if (line.strictnessDeg < 0) items.push(msg(str`${deg}° gentler`));
  return items.join(', ');
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "Stretch 2 (lying hamstring stretch)", as the start of a sentence. */
function stepTitle(step: StepPlace): string {
  const n = step.index;
  if (!step.stretchId) return msg(str`Stretch ${n}`);
  const name = lowerFirst(stretchBaseName(step.stretchId));
  return msg(str`Stretch ${n} (${name})`);
}

/** "for stretch 2 (lying hamstring stretch)", after a setting's name. */
function forStep(step: StepPlace): string {
  const n = step.index;
  if (!step.stretchId) return msg(str`for stretch ${n}`);
  const name = lowerFirst(stretchBaseName(step.stretchId));
  return msg(str`for stretch ${n} (${name})`);
}

/** One problem of a refused prescription: where, what was given, what is allowed. */
export function prescriptionIssueWords(issue: PrescriptionIssue): string {
  switch (issue.kind) {
    case 'number':
      return numberProblemWords(issue.number, issue.where.kind === 'kiosk' ? msg('of the kiosk') : forStep(issue.where.step));
    case 'not-prescription':
      return msg('The prescription could not be used: this is not a FormHold prescription.');
    case 'unreadable-link':
      return msg('The prescription in the link could not be read: it may have been cut short or changed when it was copied.');
    case 'unreadable-file':
      return msg('The prescription file could not be read: it may have been cut short or changed.');
    case 'unopened-file':
      return msg('The prescription file could not be opened. Please try again.');
    case 'too-long':
      return msg('The prescription in the link is far too long to be one.');
    case 'too-big':
      return msg('This file is far too big to be a prescription.');
    case 'version': {
      const reads = issue.reads;
      return msg(str`The prescription could not be used: this prescription is from another FormHold version; this one reads version ${reads}.`);
    }
    case 'steps-missing':
      return msg('The prescription could not be used: the list of stretches is missing.');
    case 'no-steps':
      return msg('The prescription could not be used: it has no stretches.');
    case 'too-many-steps': {
      const max = issue.max;
      return msg(str`The prescription could not be used: it has more than ${max} stretches.`);
    }
    case 'step-not-settings': {
      const title = stepTitle(issue.step);
      return msg(str`${title}: each stretch must be a group of settings.`);
    }
    case 'unknown-stretch': {
      const title = stepTitle(issue.step);
      return msg(str`${title}: there is no stretch by that name.`);
    }
    case 'bad-side': {
      const title = stepTitle(issue.step);
      return msg(str`${title}: the side must be left, right or both.`);
    }
    case 'side-both-only': {
      const title = stepTitle(issue.step);
      return msg(str`${title}: this stretch works both legs at once, so its side must be "both".`);
    }
    case 'kiosk-flag':
      return msg('The prescription could not be used: the kiosk setting must be true or false.');
    case 'language': {
      const choices = allLocales.join(', ');
      return msg(str`The prescription could not be used: the language must be one of ${choices}.`);
    }
    case 'history-flag':
      return msg('The prescription could not be used: the device history setting must be true or false.');
    case 'history-needs-kiosk':
      return msg('The prescription could not be used: a record of sessions on the device is only for a clinic kiosk, so the prescription must also be for a kiosk.');
    case 'other':
      return msg('The prescription could not be used.');
  }
}
