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

/**
 * The turn for the next frame of a stretch: decided from the chosen stretch (lying ones only; a
 * forward fold's trunk looks horizontal too), never from the pose alone. One policy for the live
 * app and the analyze tool.
 */
export function turnFor(stretchPosture: Exclude<Posture, 'unknown'>, pose: Pose | undefined, current: Turn, threshold: number, enabled = true): Turn {
  return enabled && stretchPosture === 'lying' ? chooseTurn(pose, current, threshold) : 'none';
}
