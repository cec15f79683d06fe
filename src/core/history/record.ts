/**
 * What FormHold keeps about practice over days: one record per stretch done (or started) in a
 * session, with one measurement per side. Numbers are measurements (seconds, degrees, a share of
 * leg length), never sentences: the words are made when the record is shown.
 */
import type { StretchId } from '../stretches/types';

/** The version of the stored and exported record shape; a backup from a newer version is refused. */
export const HISTORY_VERSION = 1;

/**
 * completed: every planned rep on every side; skipped: the person moved on before that;
 * ended-early: the session was ended during this stretch (or the tab closed: a record written
 * mid-hold says ended-early until the stretch's end rewrites it).
 */
export const OUTCOMES = ['completed', 'skipped', 'ended-early'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const RECORD_SIDES = ['right', 'left', 'both'] as const;
export type RecordSide = (typeof RECORD_SIDES)[number];

export interface SideMeasurement {
  readonly side: RecordSide;
  /** Time held in good form, seconds (one decimal). */
  readonly timeInFormS: number;
  readonly repsDone: number;
  readonly repsPlanned: number;
  /** Best and median key angle while counting, whole degrees; null when none was measured. */
  readonly bestKeyAngleDeg: number | null;
  readonly medianKeyAngleDeg: number | null;
  /** Closest hands-to-feet distance as a share of leg length (0 = hands at the feet). */
  readonly bestReach: number | null;
  /** Seconds spent in each fault (rule id -> seconds) while in the stretch's posture. */
  readonly faultS: Readonly<Record<string, number>>;
  /** Doorway stretch: the highest leg-raise target held for a whole rep, degrees. */
  readonly targetReachedDeg: number | null;
}

export interface StretchRecord {
  /** `${sessionId}/${stepIndex}`: a rewrite of the same stretch replaces it. */
  readonly id: string;
  readonly sessionId: string;
  readonly stepIndex: number;
  readonly stretchId: StretchId;
  /** The variation done, where the stretch has several ("feet-crossed"); absent otherwise. */
  readonly variation?: string;
  /** ISO date-time (UTC) when coaching of this stretch began, and of the last write. */
  readonly startedAt: string;
  readonly updatedAt: string;
  /** The planned hold per rep, seconds. */
  readonly holdS: number;
  readonly outcome: Outcome;
  readonly sides: readonly SideMeasurement[];
}
