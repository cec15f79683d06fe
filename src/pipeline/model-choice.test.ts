import { describe, expect, it } from 'vitest';
import { STRETCH_IDS } from '../core/stretches/types';
import { MODELS } from './models';
import { recommendedModel } from './model-choice';

describe('recommendedModel', () => {
  it('takes the heavier lying model only where a GPU runs it', () => {
    expect(recommendedModel('lying-hamstring', false)).toBe('blazepose-full');
    expect(recommendedModel('lying-hamstring', true)).toBe('movenet-thunder');
    expect(recommendedModel('supine-leg-extension', true)).toBe('movenet-thunder');
  });
  it('keeps a stretch without a measured better model on its one choice', () => {
    expect(recommendedModel('standing-toe-touch', true)).toBe('movenet-lightning');
    expect(recommendedModel('elevated-leg', true)).toBe('blazepose-full');
  });
  it('names a known single-person model for every stretch on every machine', () => {
    for (const id of STRETCH_IDS) for (const gpu of [false, true]) expect(MODELS[recommendedModel(id, gpu)].multiPerson).toBe(false);
  });
});
