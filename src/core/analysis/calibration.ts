import type { KneeReadingBias } from '../pose/pose';
import { deg } from '../units';
import type { BodyAngles, LegAngles } from './angles';
import type { Posture } from './posture';

/**
 * Knee readings corrected for the model's measured bias in this posture. A rule's threshold is a
 * clinical statement ("165 is straight"); how far short of the truth a model reads a straight knee,
 * lying down or seated, is a measurement of the model (see `ModelInfo.kneeReadingBias`), so it is
 * corrected here, on the reading, and never by moving the rule. A corrected knee never passes 180.
 */
/**
 * The correction applies in full to near-straight readings and not at all to clearly bent ones:
 * the models read bent knees too straight (by 3-11 degrees on the rendered figures), so moving a
 * bent reading up would wrongly pass "keep the other knee bent" (at most 130) rules.
 */
const BENT_BELOW = 130;
const STRAIGHT_ABOVE = 150;
const straightness = (knee: number): number => Math.min(1, Math.max(0, (knee - BENT_BELOW) / (STRAIGHT_ABOVE - BENT_BELOW)));

export function calibrateKnees(angles: BodyAngles, posture: Posture, bias: KneeReadingBias | undefined): BodyAngles {
  const shift = posture === 'unknown' ? 0 : (bias?.[posture] ?? 0);
  if (shift === 0) return angles;
  const leg = (l: LegAngles): LegAngles => (l.knee === undefined ? l : { ...l, knee: deg(Math.min(180, l.knee + shift * straightness(l.knee))) });
  return { ...angles, left: leg(angles.left), right: leg(angles.right) };
}
