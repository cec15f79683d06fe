/**
 * The count said aloud while a hold is counted: every 5 seconds of good form, so a person lying
 * on the floor 3 m from the screen knows the count runs without looking up. The end of the hold is
 * not said here: the session's "Hold complete" says it.
 */

const EVERY_MS = 5000;

/**
 * Words for the 5 s mark crossed between two counted times, or null. "10 seconds", and with 5 s
 * left "15 seconds. 5 to go." Nothing at or past the target.
 */
export function spokenCount(beforeMs: number, afterMs: number, targetMs: number): string | null {
  if (afterMs <= beforeMs) return null;
  const mark = Math.floor(afterMs / EVERY_MS) * EVERY_MS;
  if (mark <= beforeMs || mark <= 0 || mark >= targetMs) return null;
  const s = mark / 1000;
  const left = Math.round((targetMs - mark) / 1000);
  return left <= 5 ? `${s} seconds. ${left} to go.` : `${s} seconds.`;
}
