import { describe, expect, it } from 'vitest';
import { initialCueState, nextCue } from './cue-debouncer';

import { CUE_HOLD, cueUnseen, type Cue } from './cues';

const a: Cue = { kind: 'fix', code: { id: 'rule', stretch: 'standing-toe-touch', rule: 'knees-straight' } };
// Built afresh, not the shared constant: cues are the same by what they say, not by identity.
const b: Cue = { kind: 'ok', code: { id: 'hold' } };

describe('nextCue', () => {
  it('ignores a cue that flickers for a frame or two', () => {
    let s = nextCue(initialCueState, b, 0);
    for (let t = 33; t < 3000; t += 33) s = nextCue(s, t % 330 === 0 ? a : b, t);
    expect(s.shown).toEqual(CUE_HOLD);
  });
  it('switches to a cue that comes in most frames, though the shown one still comes back now and then', () => {
    // "I can't see your legs" shown; then the legs are seen in four frames of five (a model that
    // loses them now and then): good form must not wait for 400 ms without a single lost frame.
    const lost = cueUnseen('knees', 'floor');
    let s = nextCue(initialCueState, lost, 0);
    let switchedAt: number | undefined;
    for (let t = 2000; t < 5000 && switchedAt === undefined; t += 100) {
      s = nextCue(s, (t / 100) % 5 === 0 ? lost : b, t);
      if (s.shown?.kind === 'ok') switchedAt = t;
    }
    expect(switchedAt).toBeDefined();
    expect(switchedAt! - 2000).toBeLessThan(800);
    // Half and half is no majority: the shown cue stays, at every frame.
    s = nextCue(initialCueState, lost, 0);
    for (let t = 2000; t < 5000; t += 100) {
      s = nextCue(s, (t / 100) % 2 === 0 ? lost : b, t);
      expect(s.shown).toEqual(lost);
    }
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
