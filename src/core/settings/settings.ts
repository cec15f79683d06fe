/**
 * The person's settings as validated data. Whatever comes from storage or a link is parsed here:
 * a bad or corrupt value falls back to its default and is reported, never trusted.
 */
import * as v from 'valibot';
import { RepCountSchema } from '../schema/dose-schema';
import { fieldsSchema, parseFields } from '../schema/parse-fields';
import type { Problem } from '../schema/problem';

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
  // On at home: lying on the floor 3 m away, the person hears the cue and the count (mute in the header).
  voice: true,
  chime: false,
  largeText: false,
  mirror: true,
};

/** A kiosk is used by patient after patient in a shared space: quiet unless staff turn sound on. */
export const KIOSK_SETTINGS: Settings = { ...DEFAULT_SETTINGS, voice: false, chime: false, largeText: true };

export interface ParsedSettings {
  readonly settings: Settings;
  /** Every saved value that could not be used; each was replaced by its default. */
  readonly problems: readonly Problem[];
}

const onOff = (what: string) => v.optional(v.boolean(`${what} must be on or off`));

/** Saved settings as stored: every field optional (older saves lack newer fields), unknown fields dropped. */
export const SettingsSchema = fieldsSchema(
  {
    hold: v.optional(v.picklist(['article', '30s'], "the hold time must be the exercise's own or 30 seconds")),
    reps: v.optional(RepCountSchema),
    strictness: v.optional(v.picklist(['gentle', 'standard', 'strict'], 'strictness must be gentle, standard or strict')),
    voice: onOff('spoken cues'),
    chime: onOff('the chime'),
    largeText: onOff('large text'),
    mirror: onOff('the mirror view'),
  },
  'the saved settings were unreadable',
);

/** Settings from storage (already JSON-parsed): each bad value falls back to `base` and is reported. */
export function parseSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): ParsedSettings {
  if (raw === undefined || raw === null) return { settings: base, problems: [] };
  const { output, problems } = parseFields(SettingsSchema, raw);
  // A key present but undefined (from code, never from JSON) keeps the base value.
  const valid = Object.fromEntries(Object.entries(output ?? {}).filter(([, value]) => value !== undefined)) as Partial<Settings>;
  return { settings: { ...base, ...valid }, problems };
}

/** Degrees added to every "at least" angle threshold and taken from every "at most" one. */
export const STRICTNESS_SHIFT: Readonly<Record<Strictness, number>> = { gentle: -5, standard: 0, strict: 5 };
