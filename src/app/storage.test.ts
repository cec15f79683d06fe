import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings/settings';
import { loadSettings, saveSettings } from './storage';

const KEY = 'formhold.settings.v1';

/** A Map-backed localStorage with the parts storage.ts uses. */
function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: vi.fn((k: string) => items.get(k) ?? null),
    setItem: vi.fn((k: string, v: string) => void items.set(k, v)),
  };
}

const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('loadSettings', () => {
  it('reads saved settings', () => {
    vi.stubGlobal('localStorage', fakeStorage({ [KEY]: JSON.stringify({ voice: false }) }));
    expect(loadSettings(DEFAULT_SETTINGS)).toEqual({ settings: { ...DEFAULT_SETTINGS, voice: false }, problems: [] });
  });

  // Issue 8: a getItem that throws (privacy modes, policies) left the page blank.
  it('starts with the defaults, and no message, when reading storage throws', () => {
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const storage = fakeStorage();
    storage.getItem.mockImplementation(() => {
      throw securityError();
    });
    vi.stubGlobal('localStorage', storage);
    expect(loadSettings(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('starts with the defaults when the localStorage getter itself throws, and saving is harmless', () => {
    vi.spyOn(console, 'info').mockImplementation(() => {});
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw securityError();
      },
    });
    try {
      expect(loadSettings(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
      expect(() => saveSettings(DEFAULT_SETTINGS)).not.toThrow();
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });

  // Issue 8: the repaired settings were never written back, so the notice came on every visit.
  it('writes repaired settings back once, so the next visit has no notice', () => {
    const storage = fakeStorage({ [KEY]: JSON.stringify({ voice: 'yes', chime: true }) });
    vi.stubGlobal('localStorage', storage);
    const first = loadSettings(DEFAULT_SETTINGS);
    expect(first.problems.map((p) => p.path)).toEqual(['voice']);
    expect(storage.setItem).toHaveBeenCalledTimes(1);
    expect(JSON.parse(storage.items.get(KEY)!)).toEqual({ ...DEFAULT_SETTINGS, chime: true });
    const second = loadSettings(DEFAULT_SETTINGS);
    expect(second).toEqual({ settings: { ...DEFAULT_SETTINGS, chime: true }, problems: [] });
    expect(storage.setItem).toHaveBeenCalledTimes(1);
  });

  it('replaces unreadable saved text with the defaults', () => {
    const storage = fakeStorage({ [KEY]: '{"hold": 7, "largeText": "maybe"' });
    vi.stubGlobal('localStorage', storage);
    expect(loadSettings(DEFAULT_SETTINGS).problems.map((p) => p.path)).toEqual(['']);
    expect(loadSettings(DEFAULT_SETTINGS).problems).toEqual([]);
  });

  it('still returns the repaired settings when writing them back throws (storage full)', () => {
    const storage = fakeStorage({ [KEY]: JSON.stringify({ voice: 'yes' }) });
    storage.setItem.mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.stubGlobal('localStorage', storage);
    expect(loadSettings(DEFAULT_SETTINGS).settings).toEqual(DEFAULT_SETTINGS);
  });
});
