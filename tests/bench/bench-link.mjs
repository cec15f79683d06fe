// The link the benchmark opens. Its session must outlast the run: when the last rep's hold is
// counted the app shows the summary and lets the camera go, and frames stop. The session's length
// is clock time, so a slow machine (or a loaded one) is the hard case: the hold counts on while few
// frames come. (A hold of 600 s, above the 300 s a link may ask for, was once ignored for the 20 s
// default: runs then never finished. tests/unit/bench-link.test.ts checks this link against the
// app's own link rules.)

/** The slowest app the benchmark must still outlast, in frames per second. */
export const SLOWEST_FPS = 1;
/** The longest hold a link may ask for (src/core/schema/dose-bounds.ts). */
export const LONGEST_HOLD_S = 300;
/** The most reps a link may ask for. */
export const MOST_REPS = 20;

/** The most frames a run may ask for: a session of the longest holds, at the slowest rate. */
export const MOST_FRAMES = LONGEST_HOLD_S * MOST_REPS * SLOWEST_FPS;

/**
 * The query string for one benchmark run of `frames` frames: the longest session a link can ask
 * for. Throws if even that could end before the run at SLOWEST_FPS.
 * @param {{ model: string, backend: string, frames: number, threads?: number, stretch?: string }} run
 */
export function benchQuery({ model, backend, frames, threads, stretch = 'standing-toe-touch' }) {
  if (frames > MOST_FRAMES) throw new Error(`--frames ${frames} is more than one session can last on a slow machine (${MOST_FRAMES} at most)`);
  const q = new URLSearchParams({ stretch, backend, model, hold: String(LONGEST_HOLD_S), reps: String(MOST_REPS), ...(threads ? { threads: String(threads) } : {}) });
  return `?${q}`;
}
