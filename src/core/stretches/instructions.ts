/**
 * How to do each stretch, in plain words for a person at home: a few steps, what to feel and where,
 * what to avoid, and when to stop. Read before the stretch and on demand during it. The pictures
 * for the steps live with the other figures (src/ui/step-figures.ts), one per step.
 */
import type { Side } from '../pose/pose';
import type { StretchId } from './types';

export interface StretchInstructions {
  /** Short steps, in order; the last is the position that is held. */
  readonly steps: readonly string[];
  /** What the person should feel, and where. */
  readonly feel: string;
  /** What not to do. */
  readonly avoid: readonly string[];
  /** What to have ready before starting, said between the stretches of a routine ("get a chair"). */
  readonly needs?: string;
  /** A variation's own first step (how to stand), replacing the first of `steps`. */
  readonly variationFirstStep?: Readonly<Record<string, string>>;
}

/** When to stop any stretch at once: the same for every stretch, and said on the first-run screen. */
export const STOP_RULES: readonly string[] = ['Pain that spreads down your leg', 'Numbness or tingling', 'Sharp pain'];

export const STOP_ADVICE = 'Stop at once and rest if you feel any of these. If it does not settle, talk to your doctor or physiotherapist.';

const NO_BOUNCE = 'Bouncing or jerking: move slowly and hold still';
const NO_FORCE = 'Forcing the stretch: a gentle pull is enough';

export const INSTRUCTIONS: Readonly<Record<StretchId, StretchInstructions>> = {
  'standing-toe-touch': {
    steps: ['Stand tall with your feet together.', 'Keep your knees straight and bend forward from the hips. Let your arms hang toward your toes.', 'Hold and breathe out slowly. Come up slowly, rolling up through your back.'],
    feel: 'A gentle pull at the back of both thighs, from your buttocks to behind your knees.',
    avoid: ['Bending your knees', NO_BOUNCE, NO_FORCE],
    variationFirstStep: { 'feet-crossed': 'Stand tall with one foot crossed over the other, feet close.' },
  },
  'seated-toe-touch': {
    steps: ['Sit on the floor with your legs together and straight out in front.', 'Fold forward from the hips and reach toward your toes. Keep your knees straight.'],
    feel: 'A gentle pull at the back of both thighs, and perhaps your lower back.',
    avoid: ['Bending your knees', 'Rounding your back to reach further', NO_BOUNCE],
    needs: 'a mat or a soft floor',
  },
  'supine-leg-extension': {
    steps: ['Lie on your back with both knees bent and your feet on the floor.', 'Lift one thigh and hold it behind the knee with both hands, or with a towel.', 'Slowly straighten that knee until the sole of your foot faces the ceiling.'],
    feel: 'A pull at the back of the raised thigh and behind the knee.',
    avoid: ['Lifting your head or your lower back off the floor', NO_FORCE, NO_BOUNCE],
    needs: 'a mat, and a towel if your hands do not reach',
  },
  'partner-pnf': {
    steps: ['Lie on your back with both legs straight on the floor.', 'Your partner lifts one straight leg until you feel the stretch, and holds it there.', 'For 10 seconds, push the leg gently into your partner’s hand, without moving it.', 'Relax. Your partner lifts the leg a little further, and you hold again.'],
    feel: 'A pull at the back of the raised thigh. The push is gentle: about a third of your strength.',
    avoid: ['Lifting the other leg off the floor', 'Your partner pushing hard or fast', NO_FORCE],
    needs: 'a partner and a mat',
  },
  'elevated-leg': {
    steps: ['Stand facing a sturdy surface about waist high, such as a table or a step.', 'Rest one heel on it with the leg straight. Stand tall on the other leg.', 'Reach gently toward the toes of the raised leg.'],
    feel: 'A pull at the back of the raised thigh, and perhaps the calf.',
    avoid: ['Bending the standing knee', 'A surface that could slide or tip', NO_BOUNCE],
    needs: 'a sturdy surface about waist high',
  },
  'lying-hamstring': {
    steps: ['Lie on your back with both legs flat on the floor.', 'Bring one knee toward your chest and hold the back of the thigh.', 'Straighten the knee and push the sole of your foot toward the ceiling. Keep the other leg flat.'],
    feel: 'A pull at the back of the raised thigh.',
    avoid: ['Lifting the other leg', 'Lifting your head or your lower back off the floor', NO_FORCE],
    needs: 'a mat',
  },
  'seated-chair': {
    steps: ['Sit on the front edge of a chair, feet on the floor.', 'Stretch one leg straight out, heel on the floor and toes pointing up.', 'Sit up tall and lean forward from the hips until you feel a light stretch.'],
    feel: 'A light pull at the back of the straight leg, from the knee up.',
    avoid: ['Rounding your back', 'A chair with wheels', NO_BOUNCE],
    needs: 'a sturdy chair without wheels',
  },
  'doorway-wall': {
    steps: ['Lie on your back in a doorway, one leg through the doorway, flat on the floor.', 'Rest the other leg up the wall beside the door frame, knee as straight as feels comfortable.', 'When the knee is straight and it feels easy, slide your hips a little closer to the wall.'],
    feel: 'A pull at the back of the leg on the wall.',
    avoid: ['Lifting the leg on the floor', NO_FORCE, 'Sliding closer while the knee is still bent'],
    needs: 'a doorway or a wall corner, and a mat',
  },
};

/** The steps of a stretch, or of one of its variations. */
export function stepsFor(id: StretchId, variation?: string): readonly string[] {
  const ins = INSTRUCTIONS[id];
  const first = variation ? ins.variationFirstStep?.[variation] : undefined;
  return first ? [first, ...ins.steps.slice(1)] : ins.steps;
}

/** "Right leg first, then left." for a one-leg stretch; null for a two-leg stretch. */
export function firstLegWords(sides: readonly (Side | null)[]): string | null {
  const [first, second] = sides;
  if (!first) return null;
  return second ? `Your ${first} leg first, then your ${second} leg.` : `Your ${first} leg only.`;
}

/** Between the stretches of a routine: "Next: Seated chair stretch. Get a sturdy chair without wheels." */
export function nextStretchWords(id: StretchId, name: string): string {
  const needs = INSTRUCTIONS[id].needs;
  return needs ? `Next: ${name}. Get ${needs}.` : `Next: ${name}.`;
}
