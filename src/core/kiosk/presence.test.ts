import { describe, expect, it } from 'vitest';
import type { JointName, Keypoint, PoseFrame } from '../pose/pose';
import { personInFrame, PRESENCE_MIN_KEYPOINTS } from './presence';

const frame = (scores: readonly number[][]): PoseFrame =>
  ({
    tMs: 0,
    width: 640,
    height: 480,
    scoreThreshold: 0.3,
    hasFeet: false,
    poses: scores.map((s) => ({
      score: 0.5,
      keypoints: Object.fromEntries(s.map((score, i) => [(['nose', 'left_shoulder', 'right_shoulder', 'left_hip', 'right_hip', 'left_knee', 'right_knee', 'left_ankle'] as JointName[])[i]!, { x: 1, y: 1, score } satisfies Keypoint])),
    })),
  }) as unknown as PoseFrame;

describe('personInFrame', () => {
  it('needs enough of a body seen above the model threshold', () => {
    expect(personInFrame(frame([]))).toBe(false);
    expect(personInFrame(frame([Array(PRESENCE_MIN_KEYPOINTS - 1).fill(0.9)]))).toBe(false);
    expect(personInFrame(frame([Array(8).fill(0.2)]))).toBe(false);
    expect(personInFrame(frame([Array(PRESENCE_MIN_KEYPOINTS).fill(0.9)]))).toBe(true);
    expect(personInFrame(frame([[0.9, 0.9], Array(8).fill(0.5)]))).toBe(true);
  });
});
