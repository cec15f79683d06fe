/**
 * The count said aloud while a hold is counted: every 5 seconds of good form, so a person lying
 * on the floor 3 m from the screen knows the count runs without looking up. The end of the hold is
 * not said here: the session's "Hold complete" says it.
 */

const EVERY_MS = 5000;

/** A 5 s mark to say aloud: the seconds counted, and, near the end, the seconds left (words in src/ui/words/session-words.ts). */
export interface CountMark {
  readonly seconds: number;
  /** Seconds still to hold, when 5 or fewer are left; else null. */
  readonly left: number | null;
}

/**
 * The 5 s mark crossed between two counted times, or null: "10 seconds", and with 5 s left
 * "15 seconds. 5 to go." once worded. Nothing at or past the target.
 */
export function spokenCount(beforeMs: number, afterMs: number, targetMs: number): CountMark | null {
  if (afterMs <= beforeMs) return null;
  const mark = Math.floor(afterMs / EVERY_MS) * EVERY_MS;
  if (mark <= beforeMs || mark <= 0 || mark >= targetMs) return null;
  const left = Math.round((targetMs - mark) / 1000);
  return { seconds: mark / 1000, left: left <= 5 ? left : null };
}
