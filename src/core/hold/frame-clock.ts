/**
 * The rate frames arrive at, learnt from their own timestamps: what a gap between two frames
 * means depends on it. At 30 fps a one-second gap is a stall; at 1 fps it is the next frame.
 * Whether frames still arrive at all is told by the ticks: a tick that finds no new frame since the
 * one before. Pure; no timer, no clock read.
 */

export interface FrameClock {
  /** Timestamp of the latest frame seen; null before the first (or after a new source). */
  readonly lastFrameMs: number | null;
  /** The latest intervals between frames, oldest first, at most RECENT_INTERVALS of them. */
  readonly intervalsMs: readonly number[];
  /** A frame arrived since the last tick. */
  readonly arrivedSinceTick: boolean;
  /** The latest tick that found a newly arrived frame: when frames last arrived, on the ticks' clock. */
  readonly arrivalTickMs: number | null;
}

export const NEW_FRAME_CLOCK: FrameClock = { lastFrameMs: null, intervalsMs: [], arrivedSinceTick: false, arrivalTickMs: null };

/** How many recent intervals are kept: half a second at 30 fps, 15 s at 1 fps. */
export const RECENT_INTERVALS = 15;

/**
 * A gap up to this many "slow" intervals (the slower end of recent ones, see slowIntervalMs) is
 * explained by the frame rate and its jitter (a frame or two dropped or late) and counts in full;
 * a longer one is a stall and counts nothing. The same multiple says when frames have stopped.
 */
export const GAP_FACTOR = 3;

/**
 * Frames typically (median) further apart than this are too few to judge a stretch: a break in form
 * of a second or two could fall between two frames unseen, and the bounce check (a 1 s window)
 * would see one frame at a time. Below ~0.67 fps the app says the device is too slow instead of
 * counting. At 1 fps (1000 ms) a hold is still judged, one frame a second.
 */
export const TOO_SLOW_INTERVAL_MS = 1500;

/** Intervals needed before the rate is called too slow: one long first interval is not a verdict. */
export const TOO_SLOW_AFTER_INTERVALS = 3;

/** The clock after a frame at `tMs`. Time going back (a new file, a photo) starts the rate afresh. */
export function clockAfterFrame(c: FrameClock, tMs: number): FrameClock {
  if (c.lastFrameMs === null || tMs < c.lastFrameMs) return { ...c, lastFrameMs: tMs, intervalsMs: [], arrivedSinceTick: true };
  if (tMs === c.lastFrameMs) return c;
  return { ...c, lastFrameMs: tMs, intervalsMs: [...c.intervalsMs, tMs - c.lastFrameMs].slice(-RECENT_INTERVALS), arrivedSinceTick: true };
}

/** The clock after a tick at `tMs`: notes whether a frame arrived since the last one. */
export function clockAfterTick(c: FrameClock, tMs: number): FrameClock {
  return c.arrivedSinceTick ? { ...c, arrivedSinceTick: false, arrivalTickMs: tMs } : c;
}

const quantile = (values: readonly number[], q: number): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
};

/** The median of the recent intervals: the device's frame rate. Null before the second frame. */
export const typicalIntervalMs = (c: FrameClock): number | null => quantile(c.intervalsMs, 0.5);

/**
 * The slower end of the recent intervals (80th percentile): on a busy device frames come
 * irregularly, and a gap like the slower fifth of them is part of the stream, not a stall. One
 * stall among the recent intervals does not move it.
 */
export const slowIntervalMs = (c: FrameClock): number | null => quantile(c.intervalsMs, 0.8);

/**
 * The longest gap before a frame that still counts in full: `floorMs` (always explained), or a
 * small multiple of the slow interval on a slower but usable stream. Judged on the clock before
 * that frame, so a stall never explains itself; a rate too slow to judge explains nothing.
 */
export function countableGapMs(c: FrameClock, floorMs: number): number {
  const typical = typicalIntervalMs(c);
  const slow = slowIntervalMs(c);
  if (typical === null || slow === null || typical > TOO_SLOW_INTERVAL_MS) return floorMs;
  return Math.max(floorMs, GAP_FACTOR * slow);
}

/** Whether frames arrive too rarely to judge a stretch (once a few intervals are known). */
export function isTooSlow(c: FrameClock): boolean {
  const typical = typicalIntervalMs(c);
  return c.intervalsMs.length >= TOO_SLOW_AFTER_INTERVALS && typical !== null && typical > TOO_SLOW_INTERVAL_MS;
}

/**
 * Whether, at the tick `tMs`, frames have stopped arriving: none for longer than the grace period
 * and than the rate explains. Measured from arrival (the tick that found the last frame), not from
 * the frame's capture time, so a slow model's delay is not taken for a stall. No verdict before the
 * rate is known (two frames): after one frame a slow device and a frozen one look the same. (A
 * source that knows it stopped says so: see the source-stopped action.)
 */
export function framesStopped(c: FrameClock, tMs: number, graceMs: number): boolean {
  const slow = slowIntervalMs(c);
  if (c.arrivalTickMs === null || c.arrivedSinceTick || slow === null) return false;
  return tMs - c.arrivalTickMs > Math.max(graceMs, GAP_FACTOR * slow);
}
