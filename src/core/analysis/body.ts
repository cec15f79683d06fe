import { distance, midpoint, type Vec2 } from '../geometry/vector';
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

/**
 * A leg whose thigh and shank lengths cannot belong to one person (a collapsed or hallucinated leg:
 * the models' gross failures) is treated as unseen rather than measured. Thigh and shank are about
 * equal; seen from the side either may foreshorten, but not to a third of the other.
 */
const SEGMENT_RATIO = [0.45, 2.2] as const;

function plausibleLeg(side: SidePoints): SidePoints {
  const { hip, knee, ankle } = side;
  if (!hip || !knee || !ankle) return side;
  const thigh = distance(hip, knee);
  const shank = distance(knee, ankle);
  const ratio = thigh / Math.max(shank, 1e-6);
  if (ratio >= SEGMENT_RATIO[0] && ratio <= SEGMENT_RATIO[1]) return side;
  const { knee: _k, ankle: _a, heel: _h, foot_index: _f, ...rest } = side;
  return rest;
}

export function bodyFromPose(pose: Pose, threshold: number): Body {
  const left = plausibleLeg(sidePoints(pose, 'left', threshold));
  const right = plausibleLeg(sidePoints(pose, 'right', threshold));
  const nose = seen(pose, 'nose', threshold);
  return {
    left,
    right,
    nose: nose ? { x: nose.x, y: nose.y } : undefined,
    shoulderMid: mid(left.shoulder, right.shoulder),
    hipMid: mid(left.hip, right.hip),
  };
}
