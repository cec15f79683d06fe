/**
 * One thing wrong with data that came from outside the app: a link, saved settings, and later a
 * prescription or a backup. Every parser reports all of them at once, in this one shape, so the
 * UI can show each in plain words and the rest of the data still works.
 */
export interface Problem {
  /** Where: the link parameter or setting name; dotted for nested data ("steps.0.reps"); "" for the whole input. */
  readonly path: string;
  /** The value exactly as it was given (the text from a link, anything from a saved file). */
  readonly value: unknown;
  /**
   * Why it was not used, in English, for developers and logs: "a hold must be between 5 and 300
   * seconds". The person reads a sentence in their language made from the path and value
   * (src/ui/words: problem-words, link-words, prescription-words).
   */
  readonly reason: string;
}

/** A value as a person would recognise it in a message, kept short (a link can hold anything). */
export function showValue(value: unknown, maxChars = 40): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}
