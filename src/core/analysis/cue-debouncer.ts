import { sameCue, type Cue } from './cues';

/**
 * One cue at a time, without flicker: a new cue must come in most frames for `settleMs` before it
 * replaces the shown one, and a shown cue stays at least `holdMs`. Driven by frame timestamps.
 *
 * "Most frames", not every frame: a model that loses the legs in one frame of five would otherwise
 * keep its "I can't see your legs" on screen while the hold counts good form, since each lost frame
 * started the good cue's wait afresh (live, a side-on chair stretch: the warning stayed 3.4 s while
 * the count ran). "Most" is at least two frames in three since the new cue first came; the shown
 * cue coming back more often than the new one dismisses it. A cue that flickers for a frame or two
 * is still ignored, and two cues taking turns frame by frame leave the shown one up.
 */
export interface CueState {
  readonly shown: Cue | undefined;
  readonly shownAt: number;
  readonly candidate: Cue | undefined;
  readonly candidateSince: number;
  /** Frames of the candidate, and of the shown cue, since the candidate first came. */
  readonly candidateFrames: number;
  readonly shownFrames: number;
}

export const initialCueState: CueState = { shown: undefined, shownAt: -Infinity, candidate: undefined, candidateSince: 0, candidateFrames: 0, shownFrames: 0 };

const same = (a: Cue | undefined, b: Cue | undefined) => a?.kind === b?.kind && sameCue(a?.code, b?.code);

const showing = (cue: Cue, tMs: number): CueState => ({ shown: cue, shownAt: tMs, candidate: undefined, candidateSince: tMs, candidateFrames: 0, shownFrames: 0 });

export function nextCue(state: CueState, cue: Cue, tMs: number, settleMs = 400, holdMs = 1500): CueState {
  if (!state.shown) return showing(cue, tMs);
  if (same(cue, state.shown)) {
    if (!state.candidate) return state;
    const shownFrames = state.shownFrames + 1;
    return shownFrames > state.candidateFrames ? { ...state, candidate: undefined, candidateFrames: 0, shownFrames: 0 } : { ...state, shownFrames };
  }
  const next: CueState = same(cue, state.candidate)
    ? { ...state, candidateFrames: state.candidateFrames + 1 }
    : { ...state, candidate: cue, candidateSince: tMs, candidateFrames: 1, shownFrames: 0 };
  const most = next.candidateFrames >= 2 * next.shownFrames; // two frames in three, at least
  if (tMs - next.candidateSince >= settleMs && tMs - state.shownAt >= holdMs && most) return showing(cue, tMs);
  return next;
}
