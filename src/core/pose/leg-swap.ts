import { distance } from '../geometry/vector';
import { joint, seen, type Limb, type Pose, type Side } from './pose';

/**
 * Pose models swap the labels of the legs from one frame to the next while the legs stay where they
 * are: seen side-on or obliquely, BlazePose called a lying person's raised leg "left" in 2 frames of
 * 3 and "right" in the third, live, with the hips and the upper body labelled steadily. A swap is
 * told by the legs' places alone: each labelled knee and ankle is now where the other leg's were.
 */

/** The leg joints that travel with a swapped label (the hips stay put in the swaps seen). */
export const SWAPPING_LIMBS: readonly Limb[] = ['knee', 'ankle', 'heel', 'foot_index'];
const MATCHED_LIMBS: readonly Limb[] = ['knee', 'ankle'];
/** The crossed match must be at most this share of the straight one... */
const SWAP_RATIO = 0.35;
/** ...and the straight match must have moved at least this many leg lengths (legs side by side swap harmlessly). */
const MIN_MOVE_LEGS = 0.4;

/**
 * True when `next` names the legs the other way round from `previous`: the knees and ankles, matched
 * left-to-right, moved far (over 0.4 leg lengths in all), while matched crosswise they barely moved.
 * False when a knee or ankle is unseen in either frame, or the legs are too close to tell apart.
 */
export function legsSwapped(previous: Pose, next: Pose, threshold: number): boolean {
  const point = (pose: Pose, side: Side, limb: Limb) => seen(pose, joint(side, limb), threshold);
  let straight = 0;
  let crossed = 0;
  for (const limb of MATCHED_LIMBS) {
    const pl = point(previous, 'left', limb);
    const pr = point(previous, 'right', limb);
    const nl = point(next, 'left', limb);
    const nr = point(next, 'right', limb);
    if (!pl || !pr || !nl || !nr) return false;
    straight += distance(pl, nl) + distance(pr, nr);
    crossed += distance(pl, nr) + distance(pr, nl);
  }
  const legLength = meanLegLength(next, threshold);
  if (legLength === undefined || legLength <= 0) return false;
  return straight >= MIN_MOVE_LEGS * legLength && crossed <= SWAP_RATIO * straight;
}

function meanLegLength(pose: Pose, threshold: number): number | undefined {
  const lengths = (['left', 'right'] as const).flatMap((side) => {
    const hip = seen(pose, joint(side, 'hip'), threshold);
    const knee = seen(pose, joint(side, 'knee'), threshold);
    const ankle = seen(pose, joint(side, 'ankle'), threshold);
    return hip && knee && ankle ? [distance(hip, knee) + distance(knee, ankle)] : [];
  });
  return lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : undefined;
}
