import { midpoint, type Vec2 } from '../geometry/vector';
import { joint, seen, type Limb, type Pose, type Side } from '../pose/pose';

/** The confidently seen points of one side of the body; a point the model was unsure of is absent. */
export type SidePoints = Partial<Record<Limb, Vec2>>;

/** A pose reduced to what the analysis may trust. */
export interface Body {
  readonly left: SidePoints;
  readonly right: SidePoints;
  readonly nose: Vec2 | undefined;
  /** Mean of the seen shoulders and of the seen hips: the trunk line. */
  readonly shoulderMid: Vec2 | undefined;
  readonly hipMid: Vec2 | undefined;
}

const LIMBS: readonly Limb[] = ['shoulder', 'elbow', 'wrist', 'hip', 'knee', 'ankle', 'heel', 'foot_index', 'ear'];

function sidePoints(pose: Pose, side: Side, threshold: number): SidePoints {
  const out: SidePoints = {};
  for (const limb of LIMBS) {
    const k = seen(pose, joint(side, limb), threshold);
    if (k) out[limb] = { x: k.x, y: k.y };
  }
  return out;
}

const mid = (a: Vec2 | undefined, b: Vec2 | undefined): Vec2 | undefined => (a && b ? midpoint(a, b) : (a ?? b));

export function bodyFromPose(pose: Pose, threshold: number): Body {
  const left = sidePoints(pose, 'left', threshold);
  const right = sidePoints(pose, 'right', threshold);
  const nose = seen(pose, 'nose', threshold);
  return {
    left,
    right,
    nose: nose ? { x: nose.x, y: nose.y } : undefined,
    shoulderMid: mid(left.shoulder, right.shoulder),
    hipMid: mid(left.hip, right.hip),
  };
}
