import { distance } from '../geometry/vector';
import type { Side } from '../pose/pose';
import type { BodyAngles } from './angles';
import type { Body } from './body';

/**
 * A knee seen clearly bent from any view. Out of a side view the knee angles are not trusted
 * (`FormAnalyzer.judge`), but the evidence is not symmetric: a straight leg's hip, knee and ankle
 * lie on one line, and a line stays a line in any picture, so a knee that *looks* sharply bent is
 * bent, unless the thigh or shin points at the camera, where a few pixels' error turn the angle
 * anywhere. So a knee counts as bent from any view when it reads under `BENT_BELOW` with both its
 * thigh and shin at least `UNFORESHORTENED` of their length in the picture.
 *
 * The numbers, by geometry (random 3D legs and view directions, orthographic): with both segments
 * at 0.6 of their length or more, a knee truly at 165 degrees is never pictured under 155, one at
 * 160 never under 146, one at 150 never under 129. A reading under 130 therefore means a knee
 * bent well past any straight-knee threshold, with 16 degrees left for the model's error. The
 * same "clearly bent" line as the knee calibration's (`calibration.ts`).
 *
 * A segment's length is judged against the body's own scale: the longest thigh or shin seen, or
 * 0.8 of the trunk (shoulders to hips; thigh and shin are each about 0.8 of it in adults), since
 * foreshortening only ever shortens.
 */
export const BENT_BELOW = 130;
export const UNFORESHORTENED = 0.6;
const LEG_SEGMENT_OVER_TRUNK = 0.8;

/** Per side, the angle of a knee seen plainly bent (absent when it is not, or cannot be told). */
export type BentAnyView = Readonly<Partial<Record<Side, number>>>;

export function kneesBentAnyView(body: Body, angles: BodyAngles): BentAnyView {
  const segments = (side: Side): { thigh: number; shin: number } | undefined => {
    const { hip, knee, ankle } = body[side];
    return hip && knee && ankle ? { thigh: distance(hip, knee), shin: distance(knee, ankle) } : undefined;
  };
  const left = segments('left');
  const right = segments('right');
  const trunk = body.shoulderMid && body.hipMid ? distance(body.shoulderMid, body.hipMid) : 0;
  const scale = Math.max(left?.thigh ?? 0, left?.shin ?? 0, right?.thigh ?? 0, right?.shin ?? 0, LEG_SEGMENT_OVER_TRUNK * trunk);
  const bent = (side: Side, s: { thigh: number; shin: number } | undefined): Partial<Record<Side, number>> => {
    const knee = angles[side].knee;
    return knee !== undefined && s !== undefined && scale > 0 && knee < BENT_BELOW && Math.min(s.thigh, s.shin) >= UNFORESHORTENED * scale ? { [side]: knee } : {};
  };
  return { ...bent('left', left), ...bent('right', right) };
}
