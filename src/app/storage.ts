/**
 * The one module that touches persistent storage. Today it keeps settings in localStorage;
 * progress history will live behind this same module. Nothing here leaves the device.
 */
import { parseSettings, type ParsedSettings, type Settings } from '../core/settings/settings';

const SETTINGS_KEY = 'formhold.settings.v1';

function store(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked (private mode, policies): run with defaults
  }
}

export function loadSettings(base: Settings): ParsedSettings {
  const raw = store()?.getItem(SETTINGS_KEY);
  if (raw === null || raw === undefined) return { settings: base, problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { settings: base, problems: ['Saved settings were unreadable and have been reset.'] };
  }
  return parseSettings(json, base);
}

export function saveSettings(settings: Settings): void {
  try {
    store()?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    /* full or blocked: settings still apply for this visit */
  }
}
