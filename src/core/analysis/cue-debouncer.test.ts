import { describe, expect, it } from 'vitest';
import { initialCueState, nextCue } from './cue-debouncer';

import { CUE_HOLD, type Cue } from './cues';

const a: Cue = { kind: 'fix', code: { id: 'rule', stretch: 'standing-toe-touch', rule: 'knees-straight' } };
// Built afresh, not the shared constant: cues are the same by what they say, not by identity.
const b: Cue = { kind: 'ok', code: { id: 'hold' } };

describe('nextCue', () => {
  it('ignores a cue that flickers for a frame or two', () => {
    let s = nextCue(initialCueState, b, 0);
    for (let t = 33; t < 3000; t += 33) s = nextCue(s, t % 330 === 0 ? a : b, t);
    expect(s.shown).toEqual(CUE_HOLD);
  });
  it('switches to a cue that persists, but not before the shown one had its time', () => {
    let s = nextCue(initialCueState, b, 0);
    s = nextCue(s, a, 100);
    s = nextCue(s, a, 600);
    expect(s.shown).toEqual(CUE_HOLD); // shown for only 600 ms
    s = nextCue(s, a, 1500);
    expect(s.shown?.code).toEqual(a.code);
  });
});

describe('sameCue by content', () => {
  it('keeps the shown cue when an equal cue arrives as a new object, and tells different rules apart', () => {
    let s = nextCue(initialCueState, a, 0);
    s = nextCue(s, { kind: 'fix', code: { id: 'rule', stretch: 'standing-toe-touch', rule: 'knees-straight' } }, 2000);
    expect(s.candidate).toBeUndefined();
    s = nextCue(s, { kind: 'fix', code: { id: 'rule', stretch: 'standing-toe-touch', rule: 'hip-fold' } }, 2100);
    expect(s.candidate?.code).toEqual({ id: 'rule', stretch: 'standing-toe-touch', rule: 'hip-fold' });
  });
});
