import { describe, expect, it } from 'vitest';
import { parseLaunchParams } from '../../src/app/launch-params';
import { buildPlan } from '../../src/core/session/plan';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { benchQuery as query, MOST_FRAMES, SLOWEST_FPS } from '../bench/bench-link.mjs';

describe('the benchmark link', () => {
  for (const frames of [150, 300, 2000, MOST_FRAMES]) {
    it(`is read without problems and its session outlasts a ${frames}-frame run even at ${SLOWEST_FPS} fps`, () => {
      const params = parseLaunchParams(query({ model: 'movenet-lightning', backend: 'wasm', frames, threads: 2 }), 'http://127.0.0.1:4399');
      expect(params.problems).toEqual([]);
      expect(params.stretch).toBe('standing-toe-touch');
      expect(params.threads).toBe(2);
      const plan = buildPlan(params.stretch!, DEFAULT_SETTINGS, { holdS: params.holdS!, reps: params.reps! });
      const countedS = plan.steps.reduce((sum, step) => sum + (step.stretch.holdMs / 1000) * step.stretch.reps, 0);
      // The session's length is clock time: the slower the frames, the sooner it ends in frames.
      expect(countedS * SLOWEST_FPS).toBeGreaterThanOrEqual(frames);
    });
  }

  it('refuses a run no session can cover, rather than stopping part-way', () => {
    expect(() => query({ model: 'movenet-lightning', backend: 'wasm', frames: MOST_FRAMES + 1 })).toThrow(/more than one session can last/);
  });
});
