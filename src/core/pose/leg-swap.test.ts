import { describe, expect, it } from 'vitest';
import { legsSwapped, SWAPPING_LIMBS } from './leg-swap';
import { PoseSmoother } from './pose-smoother';
import { joint, type JointName, type Keypoint, type Pose } from './pose';
import { ms } from '../units';

const kp = (x: number, y: number, score = 0.9): Keypoint => ({ x, y, score });

/** A person lying on their back, hips at (300, 400): one leg raised near vertical, the other flat. */
const lying = (raisedKnee = kp(310, 310), raisedAnkle = kp(320, 220)): Pose => ({
  score: 0.9,
  keypoints: {
    left_shoulder: kp(160, 395),
    right_shoulder: kp(160, 390),
    left_hip: kp(300, 405),
    right_hip: kp(300, 395),
    left_knee: raisedKnee,
    left_ankle: raisedAnkle,
    right_knee: kp(390, 400),
    right_ankle: kp(480, 400),
  },
});

/** The same pose with the legs' labels exchanged (the hips and the upper body keep theirs). */
function swapLegLabels(pose: Pose): Pose {
  const out: Partial<Record<JointName, Keypoint>> = { ...pose.keypoints };
  for (const limb of SWAPPING_LIMBS) {
    const [l, r] = [joint('left', limb), joint('right', limb)];
    const [left, right] = [pose.keypoints[l], pose.keypoints[r]];
    delete out[l];
    delete out[r];
    if (right) out[l] = right;
    if (left) out[r] = left;
  }
  return { ...pose, keypoints: out };
}

describe('legs swapped by the model', () => {
  it('is told from the legs now being where the other leg was', () => {
    expect(legsSwapped(lying(), swapLegLabels(lying()), 0.3)).toBe(true);
    expect(legsSwapped(swapLegLabels(lying()), lying(), 0.3)).toBe(true);
    // Jitter of a few pixels does not hide it.
    const jittered = swapLegLabels(lying(kp(314, 306), kp(316, 226)));
    expect(legsSwapped(lying(), jittered, 0.3)).toBe(true);
  });
  it('is not a leg that moved: the raised leg lowered to 45 degrees, or the same pose again', () => {
    expect(legsSwapped(lying(), lying(), 0.3)).toBe(false);
    expect(legsSwapped(lying(), lying(kp(365, 335), kp(430, 270)), 0.3)).toBe(false);
  });
  it('is not one leg leaving the other: raised from knees bent side by side, the still leg is where the moving one was', () => {
    const kneesUp: Pose = {
      score: 0.9,
      keypoints: { left_hip: kp(300, 405), right_hip: kp(300, 395), left_knee: kp(360, 330), right_knee: kp(362, 326), left_ankle: kp(420, 400), right_ankle: kp(424, 396) },
    };
    const leftRaised: Pose = { ...kneesUp, keypoints: { ...kneesUp.keypoints, left_knee: kp(330, 320), left_ankle: kp(350, 230) } };
    expect(legsSwapped(kneesUp, leftRaised, 0.3)).toBe(false);
  });
  it('says nothing of legs side by side (standing), nor when a knee or ankle is unseen', () => {
    const standing: Pose = {
      score: 0.9,
      keypoints: { left_hip: kp(300, 200), right_hip: kp(302, 200), left_knee: kp(300, 290), right_knee: kp(304, 290), left_ankle: kp(300, 380), right_ankle: kp(305, 380) },
    };
    expect(legsSwapped(standing, swapLegLabels(standing), 0.3)).toBe(false);
    const hidden = swapLegLabels(lying());
    expect(legsSwapped(lying(), { ...hidden, keypoints: { ...hidden.keypoints, right_ankle: kp(320, 220, 0.1) } }, 0.3)).toBe(false);
  });
});

describe('smoothing across a swap', () => {
  const settle = (smoother: PoseSmoother): number => {
    let t = 0;
    for (; t < 1000; t += 100) smoother.smooth(lying(), ms(t), 480, 0.3);
    return t;
  };
  it('follows the legs, not the labels: the newly labelled left knee is where it is, not halfway', () => {
    const smoother = new PoseSmoother();
    const t = settle(smoother);
    const out = smoother.smooth(swapLegLabels(lying()), ms(t), 480, 0.3, true);
    expect(out.keypoints.left_knee!.x).toBeCloseTo(390, 0);
    expect(out.keypoints.left_knee!.y).toBeCloseTo(400, 0);
    expect(out.keypoints.right_ankle!.y).toBeCloseTo(220, 0);
  });
  it('without the swap known, blends the jump (which read as the legs meeting)', () => {
    const smoother = new PoseSmoother();
    const t = settle(smoother);
    const out = smoother.smooth(swapLegLabels(lying()), ms(t), 480, 0.3);
    expect(Math.abs(out.keypoints.left_knee!.x - 390)).toBeGreaterThan(5);
  });
});
