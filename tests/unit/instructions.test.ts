import { describe, expect, it } from 'vitest';
import { firstLegWords, instructions, nextStretchWords, stepsFor, stopRules } from '../../src/ui/words/instruction-words';
import { ruleCueWords } from '../../src/ui/words/cue-words';
import { STRETCHES } from '../../src/core/stretches/catalog';
import { STRETCH_IDS } from '../../src/core/stretches/types';
import { stepPoseCount } from '../../src/ui/step-figures';

describe('instructions', () => {
  it('give every stretch short steps, one picture per step, what to feel and what to avoid', () => {
    for (const id of STRETCH_IDS) {
      const ins = instructions(id);
      expect(ins.steps.length, id).toBeGreaterThanOrEqual(2);
      expect(ins.steps.length, id).toBeLessThanOrEqual(4);
      expect(stepPoseCount(id), id).toBe(ins.steps.length);
      expect(ins.feel, id).toMatch(/back of/);
      expect(ins.avoid.length, id).toBeGreaterThan(0);
      for (const step of ins.steps) expect(step.length, step).toBeLessThan(120);
    }
  });
  it('name the stop rules for back pain', () => {
    expect(stopRules()).toEqual(['Pain that spreads down your leg', 'Numbness or tingling', 'Sharp pain']);
  });
  it('say which leg comes first, and what to get before the next stretch', () => {
    expect(firstLegWords(['right', 'left'])).toBe('Your right leg first, then your left leg.');
    expect(firstLegWords(['left'])).toBe('Your left leg only.');
    expect(firstLegWords([null])).toBeNull();
    expect(nextStretchWords('seated-chair', null)).toBe('Next: Seated chair stretch. Get a sturdy chair without wheels.');
    expect(nextStretchWords('standing-toe-touch', 'feet-crossed')).toBe('Next: Standing toe touch, feet crossed.');
  });
  it('give the feet-crossed toe touch its own first step, the rest shared', () => {
    const crossed = stepsFor('standing-toe-touch', 'feet-crossed');
    expect(crossed[0]).toMatch(/crossed/);
    expect(crossed.slice(1)).toEqual(stepsFor('standing-toe-touch').slice(1));
  });
  it('word every rule of every stretch with its own cue, never the fallback', () => {
    for (const st of Object.values(STRETCHES)) for (const r of st.rules) expect(ruleCueWords(st.id, r.id), `${st.id}/${r.id}`).not.toBe('Get into position');
  });
});
