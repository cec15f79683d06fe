import { distance } from '../geometry/vector';
import type { Body } from './body';

export type View = 'side' | 'front' | 'unknown';

/** Shoulders, and hips, this far apart (over the torso length) mean the person is not side-on. */
const SHOULDERS_APART = 0.5;
const HIPS_APART = 0.38;

/**
 * Side or front view. From the side the two shoulders (and hips) nearly coincide; from the front
 * they are apart by about half a torso length or more. Sagittal angles are only trusted from the side.
 */
export function classifyView(body: Body): View {
  const { shoulderMid, hipMid, left, right } = body;
  if (!shoulderMid || !hipMid) return 'unknown';
  const torso = distance(shoulderMid, hipMid);
  if (torso < 1) return 'unknown';
  // Either pair apart is enough: turned 60 degrees off side, models often lose the far shoulder or
  // pull it in, while the hips still show the turn. Measured on the rendered figures (true points):
  // hips apart by 0.05 of the torso side-on and 0.22-0.26 at 30 degrees (so about 0.4 at 60); on
  // real side-view photos the models put them at most 0.35 apart. Shoulders: 0.3-0.45 at 30 degrees.
  const shoulders = left.shoulder && right.shoulder ? distance(left.shoulder, right.shoulder) / torso : undefined;
  const hips = left.hip && right.hip ? distance(left.hip, right.hip) / torso : undefined;
  if (shoulders === undefined && hips === undefined) return 'side'; // one of each seen: the far side is hidden, as from the side
  return (shoulders ?? 0) >= SHOULDERS_APART || (hips ?? 0) >= HIPS_APART ? 'front' : 'side';
}
