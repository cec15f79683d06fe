import type { Posture } from '../analysis/posture';
import type { Pose } from './pose';
import { seen } from './pose';

/** The frame turn that makes a lying body upright for the model: 'cw' brings the left edge to the top. */
export type Turn = 'none' | 'cw' | 'ccw';

/**
 * For lying stretches the models track an upright body better, so the frame is turned a quarter
 * so that the shoulders end above the hips. Which way is judged from where the head is in the
 * (unturned) frame: head on the left -> turn clockwise. Keypoints are always mapped back to the
 * frame, so this decision can be re-made from any frame's result.
 */
export function chooseTurn(pose: Pose | undefined, current: Turn, threshold: number): Turn {
  if (!pose) return current;
  const sx = [seen(pose, 'left_shoulder', threshold), seen(pose, 'right_shoulder', threshold)].filter((k) => k !== undefined);
  const hx = [seen(pose, 'left_hip', threshold), seen(pose, 'right_hip', threshold)].filter((k) => k !== undefined);
  if (!sx.length || !hx.length) return current;
  const shoulderX = sx.reduce((n, k) => n + k.x, 0) / sx.length;
  const hipX = hx.reduce((n, k) => n + k.x, 0) / hx.length;
  const shoulderY = sx.reduce((n, k) => n + k.y, 0) / sx.length;
  const hipY = hx.reduce((n, k) => n + k.y, 0) / hx.length;
  const dx = shoulderX - hipX;
  // Only a clearly horizontal trunk decides; otherwise keep what we have.
  if (Math.abs(dx) < 1.2 * Math.abs(shoulderY - hipY)) return current;
  return dx < 0 ? 'cw' : 'ccw';
}

/** What the turn policy remembers between frames. */
export interface TurnState {
  readonly turn: Turn;
  /** When the current turn began. */
  readonly sinceMs: number;
  /** When the current turn last saw the trunk (its start counts as a sighting). */
  readonly lastSeenMs: number;
  /** Turns in a row that lost the person; each makes the next try wait longer. */
  readonly failures: number;
  /** No turn is tried before this time (after a turn lost the person). */
  readonly retryAtMs: number;
}

export const NO_TURN: TurnState = { turn: 'none', sinceMs: -Infinity, lastSeenMs: -Infinity, failures: 0, retryAtMs: -Infinity };

/** A turned frame that shows no trunk for this long is given up for the frame as it comes. */
export const TURN_GIVE_UP_MS = 600;
/** A turn that has tracked the trunk this long has worked: failures are forgotten. */
const TURN_PROVEN_MS = 1000;
/** Wait before turning again after a failed turn; doubles with each failure in a row, up to a minute. */
const RETRY_MS = 2500;
const RETRY_MAX_MS = 60_000;

const trunkSeen = (pose: Pose | undefined, threshold: number): boolean =>
  !!pose &&
  (seen(pose, 'left_shoulder', threshold) ?? seen(pose, 'right_shoulder', threshold)) !== undefined &&
  (seen(pose, 'left_hip', threshold) ?? seen(pose, 'right_hip', threshold)) !== undefined;

/**
 * The turn for the next frame of a stretch: decided from the chosen stretch (lying ones only; a
 * forward fold's trunk looks horizontal too), never from the pose alone. A turn that loses the
 * person (some framings defeat the model once turned) is given up for the frame as it comes, which
 * had found them, and tried again later, less often after each failure. One policy for the live
 * app and the analyze tool.
 */
export function nextTurn(
  state: TurnState,
  stretchPosture: Exclude<Posture, 'unknown'>,
  pose: Pose | undefined,
  tMs: number,
  threshold: number,
  enabled = true,
): TurnState {
  if (!enabled || stretchPosture !== 'lying') return state.turn === 'none' ? state : NO_TURN;
  // Time went backwards (a video file started again): start afresh, as the analyser does.
  if (tMs < state.lastSeenMs || tMs + RETRY_MAX_MS < state.retryAtMs) state = NO_TURN;
  if (state.turn !== 'none') {
    if (trunkSeen(pose, threshold)) {
      const proven = tMs - state.sinceMs >= TURN_PROVEN_MS;
      return { ...state, turn: chooseTurn(pose, state.turn, threshold), lastSeenMs: tMs, failures: proven ? 0 : state.failures };
    }
    if (tMs - state.lastSeenMs <= TURN_GIVE_UP_MS) return state;
    const failures = state.failures + 1;
    const wait = Math.min(RETRY_MAX_MS, RETRY_MS * 2 ** (failures - 1));
    return { turn: 'none', sinceMs: -Infinity, lastSeenMs: -Infinity, failures, retryAtMs: tMs + wait };
  }
  if (tMs < state.retryAtMs) return state;
  const turn = chooseTurn(pose, 'none', threshold);
  return turn === 'none' ? state : { ...state, turn, sinceMs: tMs, lastSeenMs: tMs };
}
