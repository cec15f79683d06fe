import type { Ms } from '../units';
import { OneEuroFilter, type OneEuroSettings } from './one-euro-filter';
import { SWAPPING_LIMBS } from './leg-swap';
import { joint, type JointName, type Keypoint, type Pose } from './pose';

/**
 * Defaults chosen so a still pose loses its jitter while a knee that bends at a realistic
 * speed crosses a threshold well under 100 ms later than the raw keypoints do (see the test).
 * Positions are filtered in frame heights, so the settings do not depend on the resolution.
 */
export const DEFAULT_SMOOTHING: OneEuroSettings = { minCutoffHz: 1.5, beta: 8, derivativeCutoffHz: 1 };

/** After this long unseen, a joint's filter starts afresh instead of gliding from a stale place. */
const STALE_MS = 300;

type JointFilter = { x: OneEuroFilter; y: OneEuroFilter; lastSeenMs: number };

/**
 * Smooths every keypoint of the tracked person with its own One Euro filters. When the model swaps
 * the legs' labels (`leg-swap.ts`), the legs' filters swap with them: each filter follows a leg, not
 * a label, so a swap is never blended into a leg halfway between the two (which read as a bounce).
 */
export class PoseSmoother {
  private readonly filters = new Map<JointName, JointFilter>();

  constructor(private readonly settings: OneEuroSettings = DEFAULT_SMOOTHING) {}

  /**
   * Returns the pose with keypoints at or above `threshold` smoothed; the others pass through.
   * `legsSwapped`: the model named the legs the other way round from the last frame (`legsSwapped`).
   */
  smooth(pose: Pose, tMs: Ms, frameHeight: number, threshold: number, legsSwapped = false): Pose {
    if (legsSwapped) this.swapLegFilters();
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
    return { ...pose, keypoints: out };
  }

  reset(): void {
    this.filters.clear();
  }

  private swapLegFilters(): void {
    for (const limb of SWAPPING_LIMBS) {
      const left = this.filters.get(joint('left', limb));
      const right = this.filters.get(joint('right', limb));
      this.filters.delete(joint('left', limb));
      this.filters.delete(joint('right', limb));
      if (right) this.filters.set(joint('left', limb), right);
      if (left) this.filters.set(joint('right', limb), left);
    }
  }
}
