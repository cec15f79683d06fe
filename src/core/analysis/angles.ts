import { angleBetween, angleFromHorizontal, angleFromVertical, jointAngle } from '../geometry/angle';
import { distance, sub, type Vec2 } from '../geometry/vector';
import type { Side } from '../pose/pose';
import { deg, type Degrees } from '../units';
import type { Body, SidePoints } from './body';

/** Angles of one leg; undefined where a needed keypoint was not seen with confidence. */
export interface LegAngles {
  /** hip-knee-ankle; 180 = straight. */
  readonly knee: Degrees | undefined;
  /** shoulder-hip-knee; 180 = trunk in line with the thigh. */
  readonly hip: Degrees | undefined;
  /** hip->ankle against the trunk line continued past the hip; 0 = flat, 90 = vertical when lying. */
  readonly legRaise: Degrees | undefined;
  /** hip->ankle against the image horizontal, 0..90, direction ignored. */
  readonly legFromHorizontal: Degrees | undefined;
  /** (ankle.y - hip.y) / |hip->ankle|: 1 = ankle straight below the hip, 0 = level, < 0 = above. */
  readonly legDrop: number | undefined;
  /** heel->toes against image up: 0 = toes straight up ("toes toward the ceiling"). Needs feet. */
  readonly toesFromVertical: Degrees | undefined;
  /** Nearer wrist to this foot, over the hip-to-ankle length: 0 = hands at the toes. */
  readonly reach: number | undefined;
}

export interface BodyAngles {
  readonly left: LegAngles;
  readonly right: LegAngles;
  /** Mid-hip -> mid-shoulder against image up, 0..180. */
  readonly trunkLean: Degrees | undefined;
  /** The same, signed: + toward the person's front (their face or their feet). */
  readonly trunkLeanForward: Degrees | undefined;
}

/** +1 when the person faces image-right, -1 when image-left, 0 when it cannot be told. */
export function facing(body: Body): 1 | -1 | 0 {
  const { nose, shoulderMid, hipMid } = body;
  if (nose && shoulderMid && Math.abs(nose.x - shoulderMid.x) > 2) return nose.x > shoulderMid.x ? 1 : -1;
  const knees = [body.left.knee, body.right.knee].filter((k): k is Vec2 => !!k);
  if (hipMid && knees.length) {
    const dx = knees.reduce((s, k) => s + k.x, 0) / knees.length - hipMid.x;
    if (Math.abs(dx) > 2) return dx > 0 ? 1 : -1;
  }
  return 0;
}

function legAngles(own: SidePoints, other: SidePoints): LegAngles {
  const shoulder = own.shoulder ?? other.shoulder;
  const { hip, knee, ankle, heel, foot_index: toes } = own;
  const knee_ = hip && knee && ankle ? jointAngle(hip, knee, ankle) : undefined;
  const hip_ = shoulder && hip && knee ? jointAngle(shoulder, hip, knee) : undefined;
  const legRaise = shoulder && hip && ankle ? angleBetween(sub(ankle, hip), sub(hip, shoulder)) : undefined;
  const legLength = hip && ankle ? distance(hip, ankle) : 0;
  const foot = toes ?? ankle;
  const wrists = [own.wrist, other.wrist].filter((w): w is Vec2 => !!w);
  const reach =
    foot && legLength > 1 && wrists.length ? Math.min(...wrists.map((w) => distance(w, foot))) / legLength : undefined;
  return {
    knee: knee_,
    hip: hip_,
    legRaise,
    legFromHorizontal: hip && ankle ? angleFromHorizontal(hip, ankle) : undefined,
    legDrop: hip && ankle && legLength > 1 ? (ankle.y - hip.y) / legLength : undefined,
    toesFromVertical: heel && toes ? angleFromVertical(heel, toes) : undefined,
    reach,
  };
}

export function bodyAngles(body: Body): BodyAngles {
  const { shoulderMid, hipMid } = body;
  const trunkLean = shoulderMid && hipMid ? angleFromVertical(hipMid, shoulderMid) : undefined;
  const face = facing(body);
  let trunkLeanForward: Degrees | undefined;
  if (trunkLean !== undefined && shoulderMid && hipMid && face !== 0) {
    const towardFront = Math.sign(shoulderMid.x - hipMid.x) === face;
    trunkLeanForward = deg(towardFront ? trunkLean : -trunkLean);
  }
  return {
    left: legAngles(body.left, body.right),
    right: legAngles(body.right, body.left),
    trunkLean,
    trunkLeanForward,
  };
}

export const legOf = (angles: BodyAngles, side: Side): LegAngles => (side === 'left' ? angles.left : angles.right);
