import { describe, expect, it } from 'vitest';
import { initialCueState, nextCue } from './cue-debouncer';

const a = { kind: 'fix' as const, text: 'Straighten your knees' };
const b = { kind: 'ok' as const, text: 'Good form: relax and hold' };

describe('nextCue', () => {
  it('ignores a cue that flickers for a frame or two', () => {
    let s = nextCue(initialCueState, b, 0);
    for (let t = 33; t < 3000; t += 33) s = nextCue(s, t % 330 === 0 ? a : b, t);
    expect(s.shown?.text).toBe(b.text);
  });
  it('switches to a cue that persists, but not before the shown one had its time', () => {
    let s = nextCue(initialCueState, b, 0);
    s = nextCue(s, a, 100);
    s = nextCue(s, a, 600);
    expect(s.shown?.text).toBe(b.text); // shown for only 600 ms
    s = nextCue(s, a, 1500);
    expect(s.shown?.text).toBe(a.text);
  });
});
