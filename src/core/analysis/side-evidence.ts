import { otherSide, type Side } from '../pose/pose';

/** How far back the working-side check looks, how long its evidence must span, and how one-sided it must be. */
const SIDE_WINDOW_MS = 2000;
const SIDE_EVIDENCE_MS = 1500;
const SIDE_AGAINST_SHARE = 0.8;
/**
 * When the model swaps the legs' labels (`leg-swap.ts`) a third time within SWAPS_RECUR_MS, its
 * left and right are not evidence for SIDE_AFTER_SWAP_MS. Live, on a lying person seen obliquely,
 * BlazePose swapped them every 1-4 s and named the raised right leg "left" in 2 frames of 3, which
 * called the right leg the wrong one. A lone swap, or one swapped frame (two swaps: out and back;
 * the synthetic supine clip has one as the leg rises), only starts the evidence afresh. The price:
 * while the model keeps swapping, the leg it shows is credited, as with a model that never tells
 * the near side.
 */
const SIDE_AFTER_SWAP_MS = 5000;
const SWAPS_RECUR_MS = 10_000;
const SWAPS_RECUR_COUNT = 3;

export interface SideVerdict {
  /** The working leg's side, when it is reliably not the one asked for. */
  readonly wrongLeg: Side | undefined;
  /** The evidence so far says "the other leg", not yet for long enough to say so: nothing counts meanwhile. */
  readonly doubt: boolean;
  /**
   * The working leg's side as the evidence settles it (the same 80% over 1.5 s), whether or not a
   * side was asked for: what a file studied for whichever leg works may name the leg.
   */
  readonly settled: Side | undefined;
}

/**
 * Whether the working leg of a one-leg stretch is the side the session asks for, from a stream of
 * frames: at least 80% of the frames with evidence over at least 1.5 s must say the other side. On
 * single rendered stills the cues named the raised leg's side right in 19 of 21 (BlazePose full;
 * the 2 misses: the model swapped the leg labels only), so a still never decides it, and a
 * moment's doubt never blocks a hold for long. The same evidence settles which leg works when no
 * side is asked (a file studied for whichever leg works). Starts afresh when the asked side changes
 * or the model swaps the legs' labels. Pure: no DOM, no clock.
 */
export class SideEvidence {
  private window: Array<{ tMs: number; seen: Side }> = [];
  private asked: Side | undefined;
  /** Until when the model's left and right are no evidence (it keeps swapping the legs). */
  private silentUntilMs = -Infinity;
  /** When the model swapped the legs lately (the last SWAPS_RECUR_MS). */
  private swapsMs: number[] = [];

  clear(): void {
    this.window = [];
    this.asked = undefined;
    this.silentUntilMs = -Infinity;
    this.swapsMs = [];
  }

  /** The model named the legs the other way round at `tMs`: the evidence starts afresh, and recurring swaps silence it. */
  noteSwap(tMs: number): void {
    this.swapsMs = [...this.swapsMs.filter((t) => t > tMs - SWAPS_RECUR_MS), tMs];
    if (this.swapsMs.length >= SWAPS_RECUR_COUNT) this.silentUntilMs = tMs + SIDE_AFTER_SWAP_MS;
    this.window = [];
  }

  /** Whether the model's left and right count as evidence at `tMs`. */
  heard(tMs: number): boolean {
    return tMs >= this.silentUntilMs;
  }

  /**
   * `asked`: the side the session asks for, undefined when whichever leg works is judged (a file
   * studied without a side). `seen`: the working leg's anatomical side on this frame, undefined
   * without evidence.
   */
  check(tMs: number, asked: Side | undefined, seen: Side | undefined): SideVerdict {
    if (asked !== this.asked) {
      this.asked = asked;
      this.window = [];
    }
    if (seen) this.window.push({ tMs, seen });
    this.window = this.window.filter((s) => s.tMs > tMs - SIDE_WINDOW_MS);
    const lasted = this.window.length > 0 && tMs - this.window[0]!.tMs >= SIDE_EVIDENCE_MS;
    const saying = (side: Side) => this.window.length > 0 && this.window.filter((s) => s.seen === side).length >= SIDE_AGAINST_SHARE * this.window.length;
    const settled = !lasted ? undefined : saying('left') ? 'left' : saying('right') ? 'right' : undefined;
    if (!asked) return { wrongLeg: undefined, doubt: false, settled };
    const doubt = saying(otherSide(asked));
    return { wrongLeg: doubt && lasted ? otherSide(asked) : undefined, doubt, settled };
  }
}
