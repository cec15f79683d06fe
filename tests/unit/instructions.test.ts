import { describe, expect, it } from 'vitest';
import { firstLegWords, INSTRUCTIONS, nextStretchWords, STOP_RULES } from '../../src/core/stretches/instructions';
import { STRETCH_IDS } from '../../src/core/stretches/types';
import { stepPoseCount } from '../../src/ui/step-figures';

describe('instructions', () => {
  it('give every stretch short steps, one picture per step, what to feel and what to avoid', () => {
    for (const id of STRETCH_IDS) {
      const ins = INSTRUCTIONS[id];
      expect(ins.steps.length, id).toBeGreaterThanOrEqual(2);
      expect(ins.steps.length, id).toBeLessThanOrEqual(4);
      expect(stepPoseCount(id), id).toBe(ins.steps.length);
      expect(ins.feel, id).toMatch(/back of/);
      expect(ins.avoid.length, id).toBeGreaterThan(0);
      for (const step of ins.steps) expect(step.length, step).toBeLessThan(120);
    }
  });
  it('name the stop rules for back pain', () => {
    expect(STOP_RULES).toEqual(['Pain that spreads down your leg', 'Numbness or tingling', 'Sharp pain']);
  });
  it('say which leg comes first, and what to get before the next stretch', () => {
    expect(firstLegWords(['right', 'left'])).toBe('Your right leg first, then your left leg.');
    expect(firstLegWords(['left'])).toBe('Your left leg only.');
    expect(firstLegWords([null])).toBeNull();
    expect(nextStretchWords('seated-chair', 'Seated chair stretch')).toBe('Next: Seated chair stretch. Get a sturdy chair without wheels.');
    expect(nextStretchWords('standing-toe-touch', 'Standing toe touch')).toBe('Next: Standing toe touch.');
  });
});
