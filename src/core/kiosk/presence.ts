/** Whether a frame shows someone: enough of a body, seen confidently, to be a person standing or lying there. */
import type { PoseFrame } from '../pose/pose';

/** Keypoints above the model's threshold needed to call it a person (a face alone, or a hand, is not enough). */
export const PRESENCE_MIN_KEYPOINTS = 6;

export function personInFrame(frame: PoseFrame): boolean {
  return frame.poses.some((pose) => Object.values(pose.keypoints).filter((k) => k !== undefined && k.score >= frame.scoreThreshold).length >= PRESENCE_MIN_KEYPOINTS);
}
