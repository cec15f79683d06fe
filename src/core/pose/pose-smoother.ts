import type { Ms } from '../units';
import { OneEuroFilter, type OneEuroSettings } from './one-euro-filter';
import type { JointName, Keypoint, Pose } from './pose';

/**
 * Defaults chosen so a still pose loses its jitter while a knee that bends at a realistic
 * speed crosses a threshold well under 100 ms later than the raw keypoints do (see the test).
 * Positions are filtered in frame heights, so the settings do not depend on the resolution.
 */
export const DEFAULT_SMOOTHING: OneEuroSettings = { minCutoffHz: 1.5, beta: 8, derivativeCutoffHz: 1 };

/** After this long unseen, a joint's filter starts afresh instead of gliding from a stale place. */
const STALE_MS = 300;

/** Smooths every keypoint of the tracked person with its own One Euro filters. */
export class PoseSmoother {
  private readonly filters = new Map<JointName, { x: OneEuroFilter; y: OneEuroFilter; lastSeenMs: number }>();

  constructor(private readonly settings: OneEuroSettings = DEFAULT_SMOOTHING) {}

  /** Returns the pose with keypoints at or above `threshold` smoothed; the others pass through. */
  smooth(pose: Pose, tMs: Ms, frameHeight: number, threshold: number): Pose {
    const out: Partial<Record<JointName, Keypoint>> = {};
    for (const [name, k] of Object.entries(pose.keypoints) as [JointName, Keypoint][]) {
      if (k.score < threshold) {
        out[name] = k;
        continue;
      }
      let f = this.filters.get(name);
      if (!f || tMs - f.lastSeenMs > STALE_MS) {
        f = { x: new OneEuroFilter(this.settings), y: new OneEuroFilter(this.settings), lastSeenMs: tMs };
        this.filters.set(name, f);
      }
      f.lastSeenMs = tMs;
      out[name] = {
        x: f.x.filter(k.x / frameHeight, tMs) * frameHeight,
        y: f.y.filter(k.y / frameHeight, tMs) * frameHeight,
        score: k.score,
      };
    }
    return { keypoints: out, score: pose.score };
  }

  reset(): void {
    this.filters.clear();
  }
}
