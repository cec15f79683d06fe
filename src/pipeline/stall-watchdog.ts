/**
 * Tells a stalled model download from a slow one: it fires once when nothing has progressed for
 * the limit. A slow connection that keeps delivering bytes never trips it; a download that hangs
 * (a server that stops answering) trips it instead of leaving "Loading…" up forever (issue 8).
 * The limit is read at every check, so a test can shorten it while a load is under way.
 */

/** A model download with no progress for this long is reported as stalled. */
export const MODEL_STALL_MS = 30_000;

/** How often the watchdog looks; also how late after the limit it may fire. */
const CHECK_EVERY_MS = 500;

export class StallWatchdog {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastProgressMs: number;
  private stopped = false;

  constructor(
    private readonly limitMs: () => number,
    private readonly onStall: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastProgressMs = now();
    this.check();
  }

  /** Something arrived: the download is alive. */
  progress(): void {
    this.lastProgressMs = this.now();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private check(): void {
    if (this.stopped) return;
    const left = this.lastProgressMs + this.limitMs() - this.now();
    if (left <= 0) {
      this.stop();
      this.onStall();
      return;
    }
    this.timer = setTimeout(() => this.check(), Math.min(left, CHECK_EVERY_MS));
  }
}
