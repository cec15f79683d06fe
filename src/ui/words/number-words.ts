/**
 * A refused number as one whole sentence in the person's language: "The hold time in the link, -5
 * seconds, is too short: it must be 5 to 300 seconds." The core (src/core/schema/number-problem.ts)
 * says which setting, what is wrong, the value given and the range; `where` is a phrase said by the
 * caller ("in the link", "for stretch 2").
 */
import { msg, str } from '@lit/localize';
import type { NumberProblem } from '../../core/schema/number-problem';

/** "-5 seconds", "1 second": the value as given, with its unit. */
function inSeconds(p: NumberProblem): string {
  const given = p.given;
  return Math.abs(p.n) === 1 ? msg(str`${given} second`) : msg(str`${given} seconds`);
}

function inDegrees(p: NumberProblem): string {
  const given = p.given;
  return Math.abs(p.n) === 1 ? msg(str`${given} degree`) : msg(str`${given} degrees`);
}

/** A refused number as a sentence: what, where, the value as given, why, and what is allowed. */
export function numberProblemWords(p: NumberProblem, where: string): string {
  const { min, max } = p;
  const quoted = `"${p.given}"`;
  switch (p.field) {
    case 'hold': {
      const value = p.issue === 'not-a-number' ? quoted : inSeconds(p);
      if (p.issue === 'too-low') return msg(str`The hold time ${where}, ${value}, is too short: it must be ${min} to ${max} seconds.`);
      if (p.issue === 'too-high') return msg(str`The hold time ${where}, ${value}, is too long: it must be ${min} to ${max} seconds.`);
      if (p.issue === 'not-a-number') return msg(str`The hold time ${where}, ${value}, is not a number: it must be ${min} to ${max} seconds.`);
      return msg(str`The hold time ${where}, ${value}, cannot be used: it must be ${min} to ${max} seconds.`);
    }
    case 'rest': {
      const value = p.issue === 'not-a-number' ? quoted : inSeconds(p);
      if (p.issue === 'too-low') return msg(str`The rest time ${where}, ${value}, is too short: it must be ${min} to ${max} seconds.`);
      if (p.issue === 'too-high') return msg(str`The rest time ${where}, ${value}, is too long: it must be ${min} to ${max} seconds.`);
      if (p.issue === 'not-a-number') return msg(str`The rest time ${where}, ${value}, is not a number: it must be ${min} to ${max} seconds.`);
      return msg(str`The rest time ${where}, ${value}, cannot be used: it must be ${min} to ${max} seconds.`);
    }
    case 'idle': {
      const value = p.issue === 'not-a-number' ? quoted : inSeconds(p);
      if (p.issue === 'too-low') return msg(str`The idle time ${where}, ${value}, is too short: it must be ${min} to ${max} seconds.`);
      if (p.issue === 'too-high') return msg(str`The idle time ${where}, ${value}, is too long: it must be ${min} to ${max} seconds.`);
      if (p.issue === 'not-a-number') return msg(str`The idle time ${where}, ${value}, is not a number: it must be ${min} to ${max} seconds.`);
      return msg(str`The idle time ${where}, ${value}, cannot be used: it must be ${min} to ${max} seconds.`);
    }
    case 'reps': {
      const value = p.issue === 'not-a-number' ? quoted : p.given;
      if (p.issue === 'too-low') return msg(str`The number of reps ${where}, ${value}, is too few: it must be a whole number from ${min} to ${max}.`);
      if (p.issue === 'too-high') return msg(str`The number of reps ${where}, ${value}, is too many: it must be a whole number from ${min} to ${max}.`);
      if (p.issue === 'not-a-number') return msg(str`The number of reps ${where}, ${value}, is not a number: it must be a whole number from ${min} to ${max}.`);
      return msg(str`The number of reps ${where}, ${value}, is not a whole number: it must be a whole number from ${min} to ${max}.`);
    }
    case 'strictness': {
      const value = p.issue === 'not-a-number' ? quoted : inDegrees(p);
      if (p.issue === 'too-low') return msg(str`The strictness ${where}, ${value}, is too gentle: it must be a whole number of degrees from ${min} to ${max}.`);
      if (p.issue === 'too-high') return msg(str`The strictness ${where}, ${value}, is too strict: it must be a whole number of degrees from ${min} to ${max}.`);
      if (p.issue === 'not-a-number') return msg(str`The strictness ${where}, ${value}, is not a number: it must be a whole number of degrees from ${min} to ${max}.`);
      return msg(str`The strictness ${where}, ${value}, is not a whole number: it must be a whole number of degrees from ${min} to ${max}.`);
    }
  }
}
