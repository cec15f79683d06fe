// The link the benchmark opens. Its session must outlast the run: when the last rep's hold is
// counted the app shows the summary and lets the camera go, and frames stop. (A hold of 600 s,
// above the 300 s a link may ask for, was once ignored for the 20 s default: runs over ~150
// frames then never finished. tests/unit/bench-link.test.ts checks this link against the app's
// own link rules.)

/** The fake camera's rate: the fastest the app can ever be fed. */
export const CAMERA_FPS = 60;
/** The longest hold a link may ask for (src/core/schema/dose-bounds.ts). */
export const LONGEST_HOLD_S = 300;
/** The most reps a link may ask for. */
export const MOST_REPS = 20;
/** Frames beyond the run's own: the bare-detector pass and the sampling around it. */
const SLACK_FRAMES = 600;

/**
 * The query string for one benchmark run of `frames` frames: the longest hold, and as many reps of
 * it as a run fed at the camera's full rate needs. Throws if no link can cover the run.
 * @param {{ model: string, backend: string, frames: number, stretch?: string }} run
 */
export function benchQuery({ model, backend, frames, stretch = 'standing-toe-touch' }) {
  const perRep = LONGEST_HOLD_S * CAMERA_FPS;
  const reps = Math.ceil((frames + SLACK_FRAMES) / perRep);
  if (reps > MOST_REPS) throw new Error(`--frames ${frames} is more than one session can last (${MOST_REPS * perRep - SLACK_FRAMES} at most)`);
  const q = new URLSearchParams({ stretch, backend, model, hold: String(LONGEST_HOLD_S), reps: String(reps) });
  return `?${q}`;
}
