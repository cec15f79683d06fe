import { describe, expect, it } from 'vitest';
import { parseLaunchParams } from '../../src/app/launch-params';
import { buildPlan } from '../../src/core/session/plan';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { benchQuery as query, CAMERA_FPS } from '../bench/bench-link.mjs';

describe('the benchmark link', () => {
  for (const frames of [150, 300, 2000, 10_000]) {
    it(`is read without problems and its session outlasts a ${frames}-frame run fed at ${CAMERA_FPS} fps`, () => {
      const params = parseLaunchParams(query({ model: 'movenet-lightning', backend: 'wasm', frames }), 'http://127.0.0.1:4399');
      expect(params.problems).toEqual([]);
      expect(params.stretch).toBe('standing-toe-touch');
      const plan = buildPlan(params.stretch!, DEFAULT_SETTINGS, { holdS: params.holdS!, reps: params.reps! });
      const countedS = plan.steps.reduce((sum, step) => sum + (step.stretch.holdMs / 1000) * step.stretch.reps, 0);
      expect(countedS * CAMERA_FPS).toBeGreaterThan(frames + 500);
    });
  }

  it('refuses a run no session can cover, rather than stopping part-way', () => {
    expect(() => query({ model: 'movenet-lightning', backend: 'wasm', frames: 10_000_000 })).toThrow(/more than one session can last/);
  });
});
