import { describe, expect, it } from 'vitest';
import { bodyTurn, type WorldPoint } from './body-turn';

/** Shoulders and hips 0.35 m and 0.25 m across, the body's left-right line turned `deg` from the camera's axis. */
function world(shouldersDeg: number, hipsDeg = shouldersDeg, score = 0.9): WorldPoint[] {
  const across = (deg: number, half: number, y: number, side: 1 | -1) => {
    const r = (deg * Math.PI) / 180;
    return { x: side * half * Math.sin(r), y, z: side * half * Math.cos(r), score };
  };
  return [
    { name: 'left_shoulder', ...across(shouldersDeg, 0.175, -0.5, 1) },
    { name: 'right_shoulder', ...across(shouldersDeg, 0.175, -0.5, -1) },
    { name: 'left_hip', ...across(hipsDeg, 0.125, 0, 1) },
    { name: 'right_hip', ...across(hipsDeg, 0.125, 0, -1) },
  ];
}

describe('bodyTurn', () => {
  it('reads 0 side-on and 90 facing the camera, whichever way the person faces', () => {
    expect(bodyTurn(world(0)).shoulders).toBeCloseTo(0);
    expect(bodyTurn(world(90)).hips).toBeCloseTo(90);
    expect(bodyTurn(world(-60)).shoulders).toBeCloseTo(60);
    expect(bodyTurn(world(180 - 30)).hips).toBeCloseTo(30);
  });
  it('measures each line on its own', () => {
    const t = bodyTurn(world(55, 20));
    expect(t.shoulders).toBeCloseTo(55);
    expect(t.hips).toBeCloseTo(20);
  });
  it('leaves out a line whose ends the model was not sure of', () => {
    const points = world(60).map((p) => (p.name === 'left_hip' ? { ...p, score: 0.1 } : p));
    const t = bodyTurn(points);
    expect(Object.keys(t)).toEqual(['shoulders']);
    expect(t.shoulders).toBeCloseTo(60);
    expect(bodyTurn([])).toEqual({});
  });
});
