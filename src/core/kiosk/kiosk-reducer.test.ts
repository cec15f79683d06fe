import { describe, expect, it } from 'vitest';
import { initialKioskState, kioskConfig, kioskReducer, type KioskAction, type KioskEffect, type KioskState } from './kiosk-reducer';

const C = kioskConfig(10); // idle 10 s: summary shown up to 10 s (less than its 30 s)

/** Runs actions, returning the final state and every effect in order. */
function run(actions: readonly KioskAction[], from: KioskState = initialKioskState()) {
  let state = from;
  const effects: KioskEffect[] = [];
  for (const a of actions) {
    const step = kioskReducer(state, a, C);
    state = step.state;
    if (step.effect) effects.push(step.effect);
  }
  return { state, effects };
}

const frames = (fromMs: number, toMs: number, person: boolean, everyMs = 100): KioskAction[] => {
  const out: KioskAction[] = [];
  for (let t = fromMs; t <= toMs; t += everyMs) out.push({ type: 'frame', tMs: t, person });
  return out;
};

describe('kiosk reducer', () => {
  it('starts a session once someone has been seen for a second without a break', () => {
    expect(run(frames(0, 900, true)).effects).toEqual([]);
    // A break in the middle starts the count again.
    expect(run([...frames(0, 600, true), { type: 'frame', tMs: 700, person: false }, ...frames(800, 1500, true)]).effects).toEqual([]);
    const { state, effects } = run(frames(0, 1000, true));
    expect(effects).toEqual(['start-session']);
    expect(state.phase).toBe('session');
  });

  it('the Start button starts at once', () => {
    expect(run([{ type: 'start', tMs: 5 }]).effects).toEqual(['start-session']);
  });

  it('resets when nobody has been seen nor anything touched for the idle time during a session', () => {
    const inSession = run(frames(0, 1000, true)).state;
    expect(run([...frames(1100, 5000, true), { type: 'tick', tMs: 14_900 }], inSession).effects).toEqual([]);
    expect(run([...frames(1100, 5000, true), { type: 'tick', tMs: 15_000 }], inSession).effects).toEqual(['reset']);
    // A touch is activity too.
    expect(run([{ type: 'touch', tMs: 9000 }, { type: 'tick', tMs: 18_000 }], inSession).effects).toEqual([]);
    // Frames with nobody in them are not.
    expect(run([...frames(1100, 11_000, false), { type: 'tick', tMs: 11_000 }], inSession).effects).toEqual(['reset']);
  });

  it('the summary goes after the idle time (at most 30 s), a touch keeps it, Finish resets at once', () => {
    const inSummary = run([...frames(0, 1000, true), { type: 'summary', tMs: 2000 }]).state;
    expect(inSummary.phase).toBe('summary');
    // Someone still standing there does not keep the summary up.
    expect(run([...frames(2100, 11_900, true), { type: 'tick', tMs: 11_999 }], inSummary).effects).toEqual([]);
    expect(run([...frames(2100, 11_900, true), { type: 'tick', tMs: 12_000 }], inSummary).effects).toEqual(['reset']);
    expect(run([{ type: 'touch', tMs: 8000 }, { type: 'tick', tMs: 12_000 }], inSummary).effects).toEqual([]);
    const finished = run([{ type: 'finish' }], inSummary);
    expect(finished.effects).toEqual(['reset']);
    expect(finished.state).toMatchObject({ phase: 'start', armed: false });
    const long = { ...C, idleMs: 600_000 };
    expect(kioskReducer(inSummary, { type: 'tick', tMs: 2000 + 30_000 }, long).effect).toBe('reset');
  });

  it('after a reset, the person who lingers does not start a new session until the frame has been clear', () => {
    const afterReset = run([...frames(0, 1000, true), { type: 'finish' }]).state;
    expect(run(frames(2000, 10_000, true), afterReset).effects).toEqual([]);
    const cleared = run(frames(2000, 4000, false), afterReset).state;
    expect(cleared.armed).toBe(true);
    expect(run(frames(4100, 5100, true), cleared).effects).toEqual(['start-session']);
    // A touch arms it too.
    const touched = run([{ type: 'touch', tMs: 2000 }], afterReset).state;
    expect(run(frames(2100, 3100, true), touched).effects).toEqual(['start-session']);
  });

  it('ticks on the start screen do nothing', () => {
    expect(run([{ type: 'tick', tMs: 1e9 }]).effects).toEqual([]);
  });
});
