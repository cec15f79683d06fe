/** Records for the history unit tests (not shipped: only tests import this). */
import type { SideMeasurement, StretchRecord } from './record';
import type { StretchId } from '../stretches/types';

export function side(over: Partial<SideMeasurement> = {}): SideMeasurement {
  return { side: 'right', timeInFormS: 30, repsDone: 1, repsPlanned: 1, bestKeyAngleDeg: 80, medianKeyAngleDeg: 76, bestReach: null, faultS: {}, targetReachedDeg: null, ...over };
}

export function rec(startedAt: string, stretchId: StretchId = 'lying-hamstring', sides: SideMeasurement[] = [side(), side({ side: 'left', bestKeyAngleDeg: 72 })], over: Partial<StretchRecord> = {}): StretchRecord {
  return { id: `${startedAt}/0`, sessionId: startedAt, stepIndex: 0, stretchId, startedAt, updatedAt: startedAt, holdS: 30, outcome: 'completed', sides, ...over };
}
