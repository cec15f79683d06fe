import { distance } from '../geometry/vector';
import type { Body } from './body';

export type View = 'side' | 'front' | 'unknown';

/**
 * Side or front view. From the side the two shoulders (and hips) nearly coincide; from the front
 * they are apart by about half a torso length or more. Sagittal angles are only trusted from the side.
 */
export function classifyView(body: Body): View {
  const { shoulderMid, hipMid, left, right } = body;
  if (!shoulderMid || !hipMid) return 'unknown';
  const torso = distance(shoulderMid, hipMid);
  if (torso < 1) return 'unknown';
  if (left.shoulder && right.shoulder) return distance(left.shoulder, right.shoulder) / torso >= 0.5 ? 'front' : 'side';
  if (left.hip && right.hip) return distance(left.hip, right.hip) / torso >= 0.35 ? 'front' : 'side';
  // Only one shoulder and one hip seen: the far side is hidden behind the body, as in a side view.
  return 'side';
}
