import { BOUNCE_HISTORY_MS, judgeBounce, type KeySample } from './bounce';
import type { Convergence } from './merged-legs';

/**
 * Legs read converging for longer than this are moving, not blended. A blend lasts a frame to a
 * few: 3 at 10 a second on the hand-held clips, 2 at 4 a second live.
 */
export const LEGS_CONVERGING_MAX_MS = 250;

/**
 * The key angle's recent readings while the person is in position, and whether they bounce
 * (`bounce.ts`). On one-leg lying stretches the model sometimes draws the legs into each other
 * (`merged-legs.ts`), which reads as a dip of the raised leg:
 * - a blended frame judges no rule (`FormAnalyzer`), so it comes here without a key reading and,
 *   like any frame out of position, forgets the window and the run. Letting the window and the run
 *   go on through blended frames was measured on 10 recorded lying holds: it called bounces on
 *   steady holds, counting 6.8 s of 9.4 and 6.3 of 13.7;
 * - a converging frame's reading is set aside; it is dropped if the convergence ends within
 *   LEGS_CONVERGING_MAX_MS, and put back (with every reading set aside before it) once it lasts
 *   longer, so a bounce that lifts the flat leg with every dip is seen.
 *
 * Measured against the flat leg's own jitter (9 recordings of lying holds replayed through the
 * frame step, live at 2-4 readings a second and `analyze` at 10): with the raised leg steady, the
 * flat leg read more than 5 degrees above its recent median in 0-3% of frames (its 90th percentile:
 * 1-2 degrees). So an ordinary bounce's dip is set aside by jitter about one time in 30, and a
 * unit test bounces through jitter of that size unchanged. Known limit: a bounce that really lifts
 * the flat leg with every dip (a scissor bounce) is seen in full at 10 readings a second, where its
 * dips outlast the limit, but at 4 its two-frame dips look like blends and it is called in fewer
 * frames (4 against 9 in the unit test).
 */
export class BounceWindow {
  private readings: KeySample[] = [];
  private setAside: KeySample[] = [];
  /** When the current run of frames with legs read converging began. */
  private convergingSinceMs: number | undefined;

  constructor(
    private readonly bounceDeg: number,
    private readonly windowMs: number,
  ) {}

  clear(): void {
    this.readings = [];
    this.setAside = [];
    this.convergingSinceMs = undefined;
  }

  /**
   * Adds this frame's key reading and says whether the key angle bounces. `key` undefined: the
   * person is out of position (another rule broke), and a new start forgets the window.
   */
  add(tMs: number, key: number | undefined, legs: Exclude<Convergence, 'blended'>): boolean {
    if (key === undefined) {
      this.clear();
      return false;
    }
    this.convergingSinceMs = legs === 'none' ? undefined : (this.convergingSinceMs ?? tMs);
    const sample = { tMs, value: key };
    if (legs === 'none') {
      this.setAside = [];
      this.readings.push(sample);
    } else if (tMs - (this.convergingSinceMs ?? tMs) <= LEGS_CONVERGING_MAX_MS) this.setAside.push(sample);
    else {
      this.readings.push(...this.setAside, sample);
      this.setAside = [];
    }
    // Kept longer than the bounce window: the readings' jitter is measured over it (bounce.ts).
    this.readings = this.readings.filter((s) => s.tMs > tMs - Math.max(BOUNCE_HISTORY_MS, this.windowMs));
    return judgeBounce(this.readings, tMs, this.bounceDeg, this.windowMs).bouncing;
  }
}
