/**
 * How to do each stretch, in the person's language, for a person at home: a few steps, what to
 * feel and where, what to avoid, and when to stop. Read before the stretch and on demand during
 * it. The pictures for the steps live with the other figures (src/ui/step-figures.ts), one per step.
 */
import { msg, str } from '@lit/localize';
import type { Side } from '../../core/pose/pose';
import type { StretchId } from '../../core/stretches/types';
import { stretchName } from './stretch-words';

export interface StretchInstructions {
  /** Short steps, in order; the last is the position that is held. */
  readonly steps: readonly string[];
  /** What the person should feel, and where. */
  readonly feel: string;
  /** What not to do. */
  readonly avoid: readonly string[];
  /** What to have ready before starting ("a sturdy chair without wheels"), said between stretches. */
  readonly needs?: string;
}

/** When to stop any stretch at once: the same for every stretch, and said on the first-run screen. */
export const stopRules = (): readonly string[] => [msg('Pain that spreads down your leg'), msg('Numbness or tingling'), msg('Sharp pain')];

export const stopAdvice = (): string => msg('Stop at once and rest if you feel any of these. If it does not settle, talk to your doctor or physiotherapist.');

const noBounce = () => msg('Bouncing or jerking: move slowly and hold still');
const noForce = () => msg('Forcing the stretch: a gentle pull is enough');

export function instructions(id: StretchId): StretchInstructions {
  switch (id) {
    case 'standing-toe-touch':
      return {
        steps: [msg('Stand tall with your feet together.'), msg('Keep your knees straight and bend forward from the hips. Let your arms hang toward your toes.'), msg('Hold and breathe out slowly. Come up slowly, rolling up through your back.')],
        feel: msg('A gentle pull at the back of both thighs, from your buttocks to behind your knees.'),
        avoid: [msg('Bending your knees'), noBounce(), noForce()],
      };
    case 'seated-toe-touch':
      return {
        steps: [msg('Sit on the floor with your legs together and straight out in front.'), msg('Fold forward from the hips and reach toward your toes. Keep your knees straight.')],
        feel: msg('A gentle pull at the back of both thighs, and perhaps your lower back.'),
        avoid: [msg('Bending your knees'), msg('Rounding your back to reach further'), noBounce()],
        needs: msg('a mat or a soft floor'),
      };
    case 'supine-leg-extension':
      return {
        steps: [msg('Lie on your back with both knees bent and your feet on the floor.'), msg('Lift one thigh and hold it behind the knee with both hands, or with a towel.'), msg('Slowly straighten that knee until the sole of your foot faces the ceiling.')],
        feel: msg('A pull at the back of the raised thigh and behind the knee.'),
        avoid: [msg('Lifting your head or your lower back off the floor'), noForce(), noBounce()],
        needs: msg('a mat, and a towel if your hands do not reach'),
      };
    case 'partner-pnf':
      return {
        steps: [
          msg('Lie on your back with both legs straight on the floor.'),
          msg('Your partner lifts one straight leg until you feel the stretch, and holds it there.'),
          msg('For 10 seconds, push the leg gently into your partner’s hand, without moving it.'),
          msg('Relax. Your partner lifts the leg a little further, and you hold again.'),
        ],
        feel: msg('A pull at the back of the raised thigh. The push is gentle: about a third of your strength.'),
        avoid: [msg('Lifting the other leg off the floor'), msg('Your partner pushing hard or fast'), noForce()],
        needs: msg('a partner and a mat'),
      };
    case 'elevated-leg':
      return {
        steps: [msg('Stand facing a sturdy surface about waist high, such as a table or a step.'), msg('Rest one heel on it with the leg straight. Stand tall on the other leg.'), msg('Reach gently toward the toes of the raised leg.')],
        feel: msg('A pull at the back of the raised thigh, and perhaps the calf.'),
        avoid: [msg('Bending the standing knee'), msg('A surface that could slide or tip'), noBounce()],
        needs: msg('a sturdy surface about waist high'),
      };
    case 'lying-hamstring':
      return {
        steps: [msg('Lie on your back with both legs flat on the floor.'), msg('Bring one knee toward your chest and hold the back of the thigh.'), msg('Straighten the knee and push the sole of your foot toward the ceiling. Keep the other leg flat.')],
        feel: msg('A pull at the back of the raised thigh.'),
        avoid: [msg('Lifting the other leg'), msg('Lifting your head or your lower back off the floor'), noForce()],
        needs: msg('a mat'),
      };
    case 'seated-chair':
      return {
        steps: [msg('Sit on the front edge of a chair, feet on the floor.'), msg('Stretch one leg straight out, heel on the floor and toes pointing up.'), msg('Sit up tall and lean forward from the hips until you feel a light stretch.')],
        feel: msg('A light pull at the back of the straight leg, from the knee up.'),
        avoid: [msg('Rounding your back'), msg('A chair with wheels'), noBounce()],
        needs: msg('a sturdy chair without wheels'),
      };
    case 'doorway-wall':
      return {
        steps: [msg('Lie on your back in a doorway, one leg through the doorway, flat on the floor.'), msg('Rest the other leg up the wall beside the door frame, knee as straight as feels comfortable.'), msg('When the knee is straight and it feels easy, slide your hips a little closer to the wall.')],
        feel: msg('A pull at the back of the leg on the wall.'),
        avoid: [msg('Lifting the leg on the floor'), noForce(), msg('Sliding closer while the knee is still bent')],
        needs: msg('a doorway or a wall corner, and a mat'),
      };
  }
}

/** The steps of a stretch, or of one of its variations (the feet-crossed toe touch stands differently). */
export function stepsFor(id: StretchId, variation?: string): readonly string[] {
  const steps = instructions(id).steps;
  if (id === 'standing-toe-touch' && variation === 'feet-crossed') return [msg('Stand tall with one foot crossed over the other, feet close.'), ...steps.slice(1)];
  return steps;
}

/**
 * "Your right leg first, then your left leg." for a one-leg stretch; null for a two-leg stretch.
 * `nearest`: the stretch wants the working leg nearest the camera (`StretchDefinition.workingLegNear`).
 */
export function firstLegWords(sides: readonly (Side | null)[], nearest = false): string | null {
  const [first, second] = sides;
  if (!first) return null;
  if (nearest) {
    if (second) return first === 'right' ? msg('Your right leg first, then your left leg. Have the leg you stretch nearest the camera.') : msg('Your left leg first, then your right leg. Have the leg you stretch nearest the camera.');
    return first === 'right' ? msg('Your right leg only. Have it nearest the camera.') : msg('Your left leg only. Have it nearest the camera.');
  }
  if (second) return first === 'right' ? msg('Your right leg first, then your left leg.') : msg('Your left leg first, then your right leg.');
  return first === 'right' ? msg('Your right leg only.') : msg('Your left leg only.');
}

/** Between the stretches of a routine: "Next: Seated chair stretch. Have ready: a sturdy chair without wheels." */
export function nextStretchWords(id: StretchId, variation: string | null): string {
  const name = stretchName(id, variation);
  const needs = instructions(id).needs;
  return needs ? msg(str`Next: ${name}. Get ${needs}.`) : msg(str`Next: ${name}.`);
}
