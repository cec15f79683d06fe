import { describe, expect, it } from 'vitest';
import { STRETCH_IDS } from '../core/stretches/types';
import { liveSource, MODELS } from './models';
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

describe('what the live camera is for the next frame', () => {
  it('finds a seated hold on the floor afresh every frame, and a lying one only when the last frame read another posture', () => {
    expect(liveSource('seated-floor')).toBe('live-steady');
    expect(liveSource('lying')).toBe('live');
    expect(liveSource('lying', 'lying')).toBe('live');
    expect(liveSource('lying', 'unknown')).toBe('live');
    expect(liveSource('lying', 'seated-floor')).toBe('live-steady');
    expect(liveSource('lying', 'standing')).toBe('live-steady');
    expect(liveSource('standing', 'seated-chair')).toBe('live');
    expect(liveSource(undefined)).toBe('live');
  });
});
