import type { Side } from '../pose/pose';
import type { WorkingLeg } from '../stretches/types';
import { legOf, type BodyAngles, type LegAngles } from './angles';

/** How strongly a leg looks like the working one; higher is more so; undefined when unseen. */
function suitability(role: WorkingLeg, leg: LegAngles): number | undefined {
  switch (role) {
    case 'raised':
      return leg.legRaise;
    case 'horizontal':
      return leg.legFromHorizontal === undefined ? undefined : 90 - leg.legFromHorizontal;
    case 'forward':
      return leg.knee;
  }
}

/** Below this, a lone seen leg does not look like the working one. */
const LONE_LEG_MIN: Record<WorkingLeg, number> = { raised: 30, horizontal: 45, forward: 140 };
/** Legs this close are ambiguous: keep the previous choice rather than flip. */
const TIE_MARGIN = 10;

/**
 * Which leg (as labelled by the model in this frame) is the working one, decided by geometry:
 * the raised, horizontal or straight-forward leg. Labels from the model swap in side views, so the
 * label is never trusted on its own; the previous choice only breaks near-ties.
 */
export function chooseWorkingLeg(role: WorkingLeg, angles: BodyAngles, previous: Side | undefined): Side | undefined {
  const l = suitability(role, legOf(angles, 'left'));
  const r = suitability(role, legOf(angles, 'right'));
  if (l === undefined && r === undefined) return undefined;
  if (l === undefined) return (r as number) >= LONE_LEG_MIN[role] ? 'right' : undefined;
  if (r === undefined) return l >= LONE_LEG_MIN[role] ? 'left' : undefined;
  if (Math.abs(l - r) < TIE_MARGIN && previous) return previous;
  return l >= r ? 'left' : 'right';
}
