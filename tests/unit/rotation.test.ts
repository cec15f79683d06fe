import { describe, expect, it } from 'vitest';
import { nextTurn, NO_TURN, TURN_GIVE_UP_MS, type TurnState } from '../../src/core/pose/rotation';
import { figure, GOOD } from './figure';

const lying = figure(GOOD.lyingOneLegRaised()); // facing right, head toward image-left
const lyingMirrored = figure({ ...GOOD.lyingOneLegRaised(), facing: -1 }); // head toward image-right
const standing = figure(GOOD.standingUpright());
const T = 0.3;

/** Runs the policy over frames `[tMs, pose]` and returns the state after each. */
function run(frames: [number, typeof lying | undefined][], from: TurnState = NO_TURN, posture: 'lying' | 'standing' = 'lying') {
  const out: TurnState[] = [];
  let s = from;
  for (const [t, pose] of frames) out.push((s = nextTurn(s, posture, pose, t, T)));
  return out;
}

describe('turn policy for lying stretches', () => {
  it('turns so the shoulders end above the hips, from which side the head is on', () => {
    expect(run([[0, lying]])[0]!.turn).toBe('cw');
    expect(run([[0, lyingMirrored]])[0]!.turn).toBe('ccw');
  });
  it('never turns for a stretch done upright, nor an upright body', () => {
    expect(run([[0, lying]], NO_TURN, 'standing')[0]!.turn).toBe('none');
    expect(run([[0, standing]])[0]!.turn).toBe('none');
  });
  it('keeps the turn through a short loss of the person', () => {
    const states = run([[0, lying], [100, undefined], [TURN_GIVE_UP_MS, undefined], [TURN_GIVE_UP_MS + 50, lying]]);
    expect(states.map((s) => s.turn)).toEqual(['cw', 'cw', 'cw', 'cw']);
  });
  it('gives up a turn that loses the person, and retries later, less often each time', () => {
    const states = run([
      [0, lying],
      [300, undefined],
      [TURN_GIVE_UP_MS + 1, undefined], // lost in the turned frame: back to the frame as it comes
      [700, lying], // found again unturned, but too soon to try turning again
      [3101, lying], // 2.5 s after giving up: try again
      [3500, undefined],
      [3101 + TURN_GIVE_UP_MS + 1, undefined], // second failure
      [3702 + 4000, lying], // waits 5 s now, not 2.5
      [3702 + 5000, lying],
    ]);
    expect(states.map((s) => s.turn)).toEqual(['cw', 'cw', 'none', 'none', 'cw', 'cw', 'none', 'none', 'cw']);
    expect(states[6]!.failures).toBe(2);
  });
  it('starts afresh when time goes backwards, as when a video file starts again', () => {
    const waiting: TurnState = { ...NO_TURN, failures: 5, retryAtMs: 200_000 };
    expect(run([[100, lying]], waiting)[0]!.turn).toBe('cw');
    expect(run([[150_000, lying]], waiting)[0]!.turn).toBe('none'); // still waiting, time moving on
  });
  it('forgets failures once a turn has tracked the person for a second', () => {
    const failed: TurnState = { ...NO_TURN, failures: 3, retryAtMs: 0 };
    const states = run([[0, lying], [500, lying], [1000, lying]], failed);
    expect(states.map((s) => s.failures)).toEqual([3, 3, 0]);
  });
});
