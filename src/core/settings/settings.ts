/**
 * The person's settings as validated data. Whatever comes from storage or a link is parsed here:
 * a bad or corrupt value falls back to its default and is reported, never trusted.
 */
export type HoldChoice = 'article' | '30s';
export type Strictness = 'gentle' | 'standard' | 'strict';

export interface Settings {
  /** Hold time: the article's, or 30 s (Bandy and Irion 1994). */
  readonly hold: HoldChoice;
  /** Reps per side; undefined = the stretch's own. */
  readonly reps: number | undefined;
  /** Shifts the angle thresholds: gentle -5 degrees, strict +5 (a clinician can set exact values). */
  readonly strictness: Strictness;
  /** Speak cues aloud (Web Speech). */
  readonly voice: boolean;
  /** A soft chime when a hold completes (Web Audio). */
  readonly chime: boolean;
  readonly largeText: boolean;
  /** Show the webcam as a mirror. */
  readonly mirror: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  hold: 'article',
  reps: undefined,
  strictness: 'standard',
  voice: false,
  chime: false,
  largeText: false,
  mirror: true,
};

/** A kiosk is used by patient after patient in a shared space: quiet unless staff turn sound on. */
export const KIOSK_SETTINGS: Settings = { ...DEFAULT_SETTINGS, voice: false, chime: false, largeText: true };

export interface ParsedSettings {
  readonly settings: Settings;
  readonly problems: readonly string[];
}

export function parseSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): ParsedSettings {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: base, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: base, problems: ['Saved settings were unreadable and have been reset.'] };
  const o = raw as Record<string, unknown>;
  const pick = <T>(key: keyof Settings, ok: (v: unknown) => v is T, fallback: T): T => {
    if (!(key in o) || o[key] === undefined) return fallback;
    if (ok(o[key])) return o[key];
    problems.push(`Setting "${key}" had an invalid value (${JSON.stringify(o[key])}) and was reset.`);
    return fallback;
  };
  const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
  return {
    settings: {
      hold: pick('hold', (v): v is HoldChoice => v === 'article' || v === '30s', base.hold),
      reps: pick('reps', (v): v is number | undefined => v === undefined || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 10), base.reps),
      strictness: pick('strictness', (v): v is Strictness => v === 'gentle' || v === 'standard' || v === 'strict', base.strictness),
      voice: pick('voice', isBool, base.voice),
      chime: pick('chime', isBool, base.chime),
      largeText: pick('largeText', isBool, base.largeText),
      mirror: pick('mirror', isBool, base.mirror),
    },
    problems,
  };
}

/** Degrees added to every "at least" angle threshold and taken from every "at most" one. */
export const STRICTNESS_SHIFT: Readonly<Record<Strictness, number>> = { gentle: -5, standard: 0, strict: 5 };
