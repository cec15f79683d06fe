import { sameCue, type Cue } from './cues';

/**
 * One cue at a time, without flicker: a new cue must persist for `settleMs` before it replaces
 * the shown one, and a shown cue stays at least `holdMs`. Driven by frame timestamps.
 */
export interface CueState {
  readonly shown: Cue | undefined;
  readonly shownAt: number;
  readonly candidate: Cue | undefined;
  readonly candidateSince: number;
}

export const initialCueState: CueState = { shown: undefined, shownAt: -Infinity, candidate: undefined, candidateSince: 0 };

const same = (a: Cue | undefined, b: Cue | undefined) => a?.kind === b?.kind && sameCue(a?.code, b?.code);

export function nextCue(state: CueState, cue: Cue, tMs: number, settleMs = 400, holdMs = 1500): CueState {
  if (!state.shown) return { shown: cue, shownAt: tMs, candidate: undefined, candidateSince: tMs };
  if (same(cue, state.shown)) return { ...state, candidate: undefined };
  const candidateSince = same(cue, state.candidate) ? state.candidateSince : tMs;
  if (tMs - candidateSince >= settleMs && tMs - state.shownAt >= holdMs) {
    return { shown: cue, shownAt: tMs, candidate: undefined, candidateSince: tMs };
  }
  return { ...state, candidate: cue, candidateSince };
}
