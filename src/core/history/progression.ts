/**
 * Progression across days, as the articles describe it. The doorway stretch starts at the leg-raise
 * target last held for a whole rep and moves toward 90 degrees; the seated toe touch's reach goal
 * moves from the ankles to the toes to the balls of the feet as the reach improves. Pure.
 */
import type { StretchDefinition } from '../stretches/types';
import type { StretchRecord } from './record';

/**
 * The doorway start target: the lower of the two legs' last reached targets (so neither leg is asked
 * for more than it held), within the stretch's own range; the stretch's default with no history.
 */
export function doorwayStartDeg(records: readonly StretchRecord[], stretch: StretchDefinition): number | null {
  const prog = stretch.progression;
  if (!prog) return null;
  const latest = [...records]
    .filter((r) => r.stretchId === stretch.id && r.sides.some((s) => s.targetReachedDeg !== null))
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
  if (!latest) return prog.startDeg;
  const reached = latest.sides.map((s) => s.targetReachedDeg).filter((d): d is number => d !== null);
  return Math.max(prog.startDeg, Math.min(prog.maxDeg, Math.min(...reached)));
}

/**
 * Reach goals, as the hands-to-feet distance over leg length the camera measures (0 = hands at the
 * feet). A 2D picture cannot tell the toes from the ball of the foot well, so the bands are wide:
 * within a quarter of the leg's length is about the ankles; within a tenth, the toes; closer than
 * that, hands around the feet toward their balls.
 */
export const REACH_GOALS = [
  { id: 'ankles', words: 'your ankles', maxReach: 0.25 },
  { id: 'toes', words: 'your toes', maxReach: 0.1 },
  { id: 'balls', words: 'the balls of your feet', maxReach: 0.04 },
] as const;
export type ReachGoal = (typeof REACH_GOALS)[number];

/** The goal after the ones met: a goal is met when a session's closest reach got within its band. */
export function goalAfter(bestReach: number | null, from: ReachGoal = REACH_GOALS[0]): ReachGoal {
  let i = REACH_GOALS.indexOf(from);
  while (bestReach !== null && i < REACH_GOALS.length - 1 && bestReach <= REACH_GOALS[i]!.maxReach) i++;
  return REACH_GOALS[i]!;
}

/** The seated toe touch's goal for the next session, from every earlier one. */
export function reachGoal(records: readonly StretchRecord[]): ReachGoal {
  const reaches = records.filter((r) => r.stretchId === 'seated-toe-touch').flatMap((r) => r.sides.map((s) => s.bestReach)).filter((x): x is number => x !== null);
  return goalAfter(reaches.length ? Math.min(...reaches) : null);
}

/** The stretch with its progression applied (the doorway's start target). */
export function withProgression(stretch: StretchDefinition, records: readonly StretchRecord[]): StretchDefinition {
  const start = doorwayStartDeg(records, stretch);
  if (start === null || !stretch.progression || start === stretch.progression.startDeg) return stretch;
  return { ...stretch, progression: { ...stretch.progression, startDeg: start } };
}
