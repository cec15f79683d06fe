import { describe, expect, it } from 'vitest';
import { STRETCHES } from '../core/stretches/catalog';
import { STRETCH_IDS } from '../core/stretches/types';
import { liveSource, MODELS } from './models';
import { recommendedModel } from './model-choice';

describe('recommendedModel', () => {
  it('gives every one-leg lying stretch, on any machine, a model whose scores tell the leg toward the camera', () => {
    // Which leg works is told from the near side (sidedness.ts), which BlazePose's visibility gives
    // and MoveNet's scores mostly do not: Thunder credited a left-leg clip to the right for 12.9 s.
    const lying = STRETCH_IDS.filter((id) => STRETCHES[id].posture === 'lying' && STRETCHES[id].workingLeg !== undefined);
    expect(lying.length).toBeGreaterThanOrEqual(4);
    for (const id of lying) for (const gpu of [false, true]) expect(MODELS[recommendedModel(id, gpu)].family, id).toBe('blazepose');
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
