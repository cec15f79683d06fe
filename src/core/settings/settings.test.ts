import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings';

describe('parseSettings', () => {
  it('keeps valid values', () => {
    const { settings, problems } = parseSettings({ hold: '30s', voice: true, reps: 3 });
    expect(settings).toMatchObject({ hold: '30s', voice: true, reps: 3 });
    expect(problems).toEqual([]);
  });
  it('resets a corrupt value and says which', () => {
    const { settings, problems } = parseSettings({ hold: 'forever', voice: 'yes', reps: 0 });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('"hold"');
  });
  it('survives garbage', () => {
    expect(parseSettings('}{').settings).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings([1, 2]).problems).toHaveLength(1);
  });
});
