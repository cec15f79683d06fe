import { describe, expect, it } from 'vitest';
import { initialHoldState } from '../../src/core/hold/hold-reducer';
import { emptyRecord } from '../../src/core/hold/records';
import { summarise } from '../../src/core/session/summary';
import { resolveStretch } from '../../src/core/stretches/validate';
import { comparisonWords, workOnWords } from '../../src/ui/words/summary-words';
import { countMarkWords, eventWords } from '../../src/ui/words/session-words';
import { keyTargetWords, stretchName } from '../../src/ui/words/stretch-words';
import { readinessWords } from '../../src/ui/words/readiness-words';
import { spokenCount } from '../../src/core/session/spoken-count';

describe('summary words (English, the source language)', () => {
  it('say the difference between the legs and what to work on', () => {
    const base = initialHoldState(resolveStretch('lying-hamstring'));
    const s = summarise({
      ...base,
      records: {
        both: emptyRecord(),
        right: { ...emptyRecord(), countedMs: 30_400, repsDone: 1, keyAngles: [74, 75, 76], faultMs: { 'knee-straight': 6000 } },
        left: { ...emptyRecord(), countedMs: 30_100, repsDone: 1, keyAngles: [82, 83, 84], faultMs: {} },
      },
    });
    expect(comparisonWords(s.comparison!)).toBe('Right leg about 8 degrees tighter.');
    expect(workOnWords(s.workOn)).toBe('Work on: straighten your knee (6 s out of form).');
    expect(keyTargetWords('lying-hamstring', 70, true)).toBe('Target leg raise: 70° or more.');
  });
  it('name what was not done, and never "good form throughout" then', () => {
    expect(workOnWords({ anyHeld: true, fault: { cue: { id: 'use-asked-leg' }, seconds: 9 }, notDone: ['right'], short: null })).toBe('Work on: use the leg the stretch asks for (9 s out of form). Not done: right leg.');
    expect(workOnWords({ anyHeld: true, fault: null, notDone: [], short: { done: 0, of: 2 } })).toBe('Not finished: 0 of 2 holds done.');
    expect(workOnWords({ anyHeld: true, fault: null, notDone: [], short: null })).toBe('Good form throughout: keep it up.');
    expect(workOnWords({ anyHeld: false, fault: null, notDone: [], short: null })).toMatch(/No time was held/);
  });
  it('count aloud and announce in whole sentences', () => {
    expect(countMarkWords(spokenCount(4900, 5100, 20_000)!)).toBe('5 seconds.');
    expect(countMarkWords(spokenCount(14_900, 15_050, 20_000)!)).toBe('15 seconds. 5 to go.');
    expect(eventWords({ type: 'coaching-began', stepIndex: 0, stretchId: 'lying-hamstring', variation: null, side: 'right' })).toBe('Lying hamstring stretch, right leg. Get into the stretch; the count starts when your form is right.');
    expect(eventWords({ type: 'rep-complete', side: null, rep: 1 })).toBe('Hold complete. Rest now.');
    expect(stretchName('standing-toe-touch', 'feet-crossed')).toBe('Standing toe touch, feet crossed');
    expect(readinessWords({ id: 'show-feet', low: true })).toBe('Move the camera back or lower so your feet are in the picture');
    expect(readinessWords({ id: 'stopped', reason: 'video-ended' })).toBe('The video has ended, so the count has stopped.');
  });
});

describe('problem words (English)', () => {
  it('name the setting that was reset, and why a backup was refused', async () => {
    const { settingsProblemWords, backupRefusalWords } = await import('../../src/ui/words/problem-words');
    const { parseSettings } = await import('../../src/core/settings/settings');
    const { readBackup } = await import('../../src/core/history/backup-schema');
    const { problems } = parseSettings({ reps: 0, voice: 'yes' });
    expect(problems.map(settingsProblemWords)).toEqual([
      'A saved setting was put back to its default: reps must be a whole number from 1 to 20.',
      'A saved setting was put back to its default: spoken cues must be on or off.',
    ]);
    expect(settingsProblemWords(parseSettings('garbage').problems[0]!)).toBe('Your saved settings were unreadable, so they are back to their defaults.');
    const newer = readBackup(JSON.stringify({ format: 'formhold-history', version: 99 }));
    expect(!newer.ok && backupRefusalWords(newer.problem)).toBe('This backup comes from a newer FormHold (backup version 99; this FormHold reads version 1). Update FormHold, then import it again.');
  });
});
