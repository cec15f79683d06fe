/**
 * What a session reports as it goes, as data (never sentences): the app speaks and announces
 * from these (src/ui/words/session-words.ts), and history, kiosk reset and prescriptions hang on them.
 */
import type { Cue } from '../analysis/cues';
import type { HoldState, StallReason } from '../hold/hold-reducer';
import type { Side } from '../pose/pose';
import type { StretchId } from '../stretches/types';
import type { StepSummary } from './summary';

/** Why the count stopped though the person did not ask: frames stopped, or come too rarely to judge. */
export type CountStopReason = StallReason | 'too-slow';

/** Whether the plan ran to its end (skipped steps included) or the person ended it early. */
export type SessionOutcome = 'completed' | 'ended-early';

export type SessionEvent =
  /** The coach screen opened for a stretch (and side): the count starts once the form is right. */
  | { readonly type: 'coaching-began'; readonly stepIndex: number; readonly stretchId: StretchId; readonly variation: string | null; readonly side: Side | null }
  /** Ready was pressed on the set-up screen: coaching begins once the person is in view. */
  | { readonly type: 'armed' }
  /** A routine moved on to its next stretch's setup. */
  | { readonly type: 'next-step'; readonly stepIndex: number; readonly stretchId: StretchId; readonly variation: string | null }
  | { readonly type: 'rep-complete'; readonly side: Side | null; readonly rep: number }
  | { readonly type: 'switch-side'; readonly to: Side; readonly turnRound: boolean }
  /** Partner stretch: the relaxed hold is done, the push begins. */
  | { readonly type: 'push-phase' }
  /** Doorway stretch: the next rep asks for a higher leg raise. */
  | { readonly type: 'target-raised'; readonly targetDeg: number }
  | { readonly type: 'rest-over' }
  | { readonly type: 'paused' }
  | { readonly type: 'resumed' }
  | { readonly type: 'count-stopped'; readonly reason: CountStopReason }
  /** A new cue is shown (already debounced). */
  | { readonly type: 'cue'; readonly cue: Cue }
  /** A hold was completed: the chime. */
  | { readonly type: 'chime' }
  /**
   * A step is over (done, skipped or ended), with what it achieved: the summary in words and the
   * hold as it ended (its measurements, for the history; the session has already moved on).
   */
  | { readonly type: 'step-finished'; readonly stepIndex: number; readonly summary: StepSummary; readonly hold: HoldState }
  | { readonly type: 'session-finished'; readonly outcome: SessionOutcome; readonly results: readonly StepSummary[] };
