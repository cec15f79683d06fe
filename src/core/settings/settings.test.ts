import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, KIOSK_SETTINGS, parseSettings } from './settings';

describe('parseSettings', () => {
  it('keeps valid values', () => {
    const { settings, problems } = parseSettings({ hold: '30s', voice: true, reps: 3, strictness: 'gentle' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, hold: '30s', voice: true, reps: 3, strictness: 'gentle' });
    expect(problems).toEqual([]);
  });

  it('resets every corrupt value at once, keeps the good ones, and says which', () => {
    const { settings, problems } = parseSettings({ hold: 'forever', voice: 'yes', reps: 0, chime: true, mirror: null, largeText: 1, strictness: 'harsh' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, chime: true });
    expect(problems).toEqual([
      { path: 'hold', value: 'forever', reason: "the hold time must be the exercise's own or 30 seconds" },
      { path: 'reps', value: 0, reason: 'reps must be a whole number from 1 to 20' },
      { path: 'strictness', value: 'harsh', reason: 'strictness must be gentle, standard or strict' },
      { path: 'voice', value: 'yes', reason: 'spoken cues must be on or off' },
      { path: 'largeText', value: 1, reason: 'large text must be on or off' },
      { path: 'mirror', value: null, reason: 'the mirror view must be on or off' },
    ]);
  });

  it('holds saved reps to the same dose bounds as a link', () => {
    expect(parseSettings({ reps: 2.5 }).problems.map((p) => p.path)).toEqual(['reps']);
    expect(parseSettings({ reps: 20 }).settings.reps).toBe(20);
  });

  it('falls back to the given base, not always the home defaults', () => {
    expect(parseSettings({ voice: 'loud' }, KIOSK_SETTINGS).settings).toEqual(KIOSK_SETTINGS);
  });

  it('ignores fields it does not know (a newer version may add some)', () => {
    expect(parseSettings({ theme: 'dark', voice: true })).toEqual({ settings: { ...DEFAULT_SETTINGS, voice: true }, problems: [] });
  });

  it('survives garbage with one plain message', () => {
    for (const raw of ['}{', [1, 2], 42, true]) {
      const { settings, problems } = parseSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toEqual([{ path: '', value: raw, reason: 'the saved settings were unreadable' }]);
    }
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
});
