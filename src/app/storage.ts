/**
 * The one module that touches localStorage: it keeps the settings. The practice history lives in
 * IndexedDB behind its own single owner, history-store.ts. Nothing here leaves the device.
 *
 * Storage may be missing or refuse every access (private modes, browser policies: the
 * `localStorage` getter itself or `getItem`/`setItem` throw a SecurityError). The app then runs
 * with defaults for this visit and says nothing: the person can still do every stretch.
 */
import { parseSettings, type ParsedSettings, type Settings } from '../core/settings/settings';

const SETTINGS_KEY = 'formhold.settings.v1';
/** Kept apart from the settings: repairing corrupt settings must not show the first-run screen again. */
const FIRST_RUN_KEY = 'formhold.first-run.v1';

/** Reads a key; undefined when absent or when storage refuses (any access can throw). */
function read(key: string): string | undefined {
  try {
    return globalThis.localStorage?.getItem(key) ?? undefined;
  } catch (e) {
    console.info('FormHold: storage is blocked, using default settings for this visit.', e);
    return undefined;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    /* full or blocked: the settings still apply for this visit */
  }
}

/**
 * The saved settings over `base`. When some had to be repaired, the repaired settings are written
 * back at once, so the notice about them is shown on this visit only, not on every visit.
 */
export function loadSettings(base: Settings): ParsedSettings {
  const raw = read(SETTINGS_KEY);
  if (raw === undefined) return { settings: base, problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = raw; // not JSON at all: the schema reports the saved settings as unreadable
  }
  const parsed = parseSettings(json, base);
  if (parsed.problems.length) saveSettings(parsed.settings);
  return parsed;
}

export function saveSettings(settings: Settings): void {
  write(SETTINGS_KEY, JSON.stringify(settings));
}

/** Whether the first-run screen (what FormHold does, privacy, when to stop) was read on this device. */
export function firstRunSeen(): boolean {
  return read(FIRST_RUN_KEY) === 'seen';
}

export function saveFirstRunSeen(): void {
  write(FIRST_RUN_KEY, 'seen');
}

const LANGUAGE_KEY = 'formhold.language.v1';

/** The language the person chose with the switch ("en", "es"); undefined when never chosen. */
export const loadLanguage = (): string | undefined => read(LANGUAGE_KEY);

export function saveLanguage(lang: string): void {
  write(LANGUAGE_KEY, lang);
}
