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
export function calibrateKnees(angles: BodyAngles, posture: Posture, bias: KneeReadingBias | undefined): BodyAngles {
  const shift = posture === 'unknown' ? 0 : (bias?.[posture] ?? 0);
  if (shift === 0) return angles;
  const leg = (l: LegAngles): LegAngles => (l.knee === undefined ? l : { ...l, knee: deg(Math.min(180, l.knee + shift)) });
  return { ...angles, left: leg(angles.left), right: leg(angles.right) };
}
