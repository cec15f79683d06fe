/**
 * The rate frames arrive at, learnt from their own timestamps: what a gap between two frames
 * means depends on it. At 30 fps a one-second gap is a stall; at 1 fps it is the next frame.
 * Pure; no timer.
 */

export interface FrameClock {
  /** Timestamp of the latest frame seen; null before the first (or after a new source). */
  readonly lastFrameMs: number | null;
  /** The latest intervals between frames, oldest first, at most RECENT_INTERVALS of them. */
  readonly intervalsMs: readonly number[];
}

export const NEW_FRAME_CLOCK: FrameClock = { lastFrameMs: null, intervalsMs: [] };

/** How many recent intervals the typical one is the median of: a few seconds at any usable rate. */
export const RECENT_INTERVALS = 9;

/**
 * A gap up to this many typical intervals is explained by the frame rate (a frame or two dropped
 * or late) and counts in full; a longer one is a stall and counts nothing. The same multiple says
 * when frames have stopped: at 1 fps with about a second of inference delay, a tick sees up to
 * ~2.25 s without a frame (interval + delay + the 250 ms tick), still under 3 intervals.
 */
export const GAP_FACTOR = 3;

/**
 * Frames typically further apart than this are too few to judge a stretch: a break in form of a
 * second or two could fall between two frames unseen, and the bounce check (a 1 s window) would
 * see one frame at a time. Below ~0.67 fps the app says the device is too slow instead of counting.
 * At 1 fps (1000 ms) a hold is still judged, one frame a second.
 */
export const TOO_SLOW_INTERVAL_MS = 1500;

/** The clock after a frame at `tMs`. Time going back (a new file, a photo) starts it afresh. */
export function clockAfterFrame(c: FrameClock, tMs: number): FrameClock {
  if (c.lastFrameMs === null || tMs < c.lastFrameMs) return { lastFrameMs: tMs, intervalsMs: [] };
  if (tMs === c.lastFrameMs) return c;
  return { lastFrameMs: tMs, intervalsMs: [...c.intervalsMs, tMs - c.lastFrameMs].slice(-RECENT_INTERVALS) };
}

/** Intervals needed before the rate is called too slow: one long first interval is not a verdict. */
export const TOO_SLOW_AFTER_INTERVALS = 3;

/** The median of the recent intervals (robust to a stall or a burst); null before the second frame. */
export function typicalIntervalMs(c: FrameClock): number | null {
  const n = c.intervalsMs.length;
  if (n === 0) return null;
  const sorted = [...c.intervalsMs].sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  return n % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The longest gap before a frame that still counts in full: `floorMs` (always explained), or a
 * small multiple of the typical interval on a slower but usable stream. Judged on the clock before
 * that frame, so a stall never explains itself; a rate too slow to judge explains nothing.
 */
export function countableGapMs(c: FrameClock, floorMs: number): number {
  const typical = typicalIntervalMs(c);
  return typical === null || typical > TOO_SLOW_INTERVAL_MS ? floorMs : Math.max(floorMs, GAP_FACTOR * typical);
}

/** Whether frames arrive too rarely to judge a stretch (once a few intervals are known). */
export function isTooSlow(c: FrameClock): boolean {
  const typical = typicalIntervalMs(c);
  return c.intervalsMs.length >= TOO_SLOW_AFTER_INTERVALS && typical !== null && typical > TOO_SLOW_INTERVAL_MS;
}

/**
 * Whether, at `tMs`, frames have stopped: none for longer than the grace period and than the rate
 * explains. No verdict before the rate is known (two frames): after a single frame a slow device
 * and a frozen one look the same. (A source that knows it stopped says so: see source-stopped.)
 */
export function framesStopped(c: FrameClock, tMs: number, graceMs: number): boolean {
  const typical = typicalIntervalMs(c);
  if (c.lastFrameMs === null || typical === null) return false;
  return tMs - c.lastFrameMs > Math.max(graceMs, GAP_FACTOR * typical);
}
