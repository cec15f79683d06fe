import { describe, expect, it } from 'vitest';
import { angleBetween, angleFromHorizontal, angleFromVertical, jointAngle } from './angle';

describe('jointAngle', () => {
  it('reads 180 for three points in a line and 90 for a right angle', () => {
    expect(jointAngle({ x: 0, y: 0 }, { x: 0, y: 1 }, { x: 0, y: 2 })).toBeCloseTo(180, 6);
    expect(jointAngle({ x: 0, y: 0 }, { x: 0, y: 1 }, { x: 1, y: 1 })).toBeCloseTo(90, 6);
  });

  it('does not return NaN when rounding pushes the cosine past 1', () => {
    // Regression: nearly collinear points made acos(1.0000000000000002) = NaN before the clamp.
    const a = { x: 0.1, y: 0.1 };
    const b = { x: 0.30000000000000004, y: 0.30000000000000004 };
    const c = { x: 0.7, y: 0.7 };
    const angle = jointAngle(a, b, c);
    expect(Number.isNaN(angle)).toBe(false);
    expect(angle).toBeCloseTo(180, 3);
  });

  it('is undefined when two points coincide', () => {
    expect(jointAngle({ x: 1, y: 1 }, { x: 1, y: 1 }, { x: 2, y: 2 })).toBeUndefined();
    expect(angleBetween({ x: 0, y: 0 }, { x: 1, y: 0 })).toBeUndefined();
  });
});

describe('angleFromVertical and angleFromHorizontal', () => {
  it('measures against image up (y grows downward)', () => {
    expect(angleFromVertical({ x: 0, y: 10 }, { x: 0, y: 0 })).toBeCloseTo(0, 6);
    expect(angleFromVertical({ x: 0, y: 0 }, { x: 10, y: 0 })).toBeCloseTo(90, 6);
    expect(angleFromVertical({ x: 0, y: 0 }, { x: 0, y: 10 })).toBeCloseTo(180, 6);
  });
  it('ignores direction for the horizontal', () => {
    expect(angleFromHorizontal({ x: 10, y: 0 }, { x: 0, y: 10 })).toBeCloseTo(45, 6);
    expect(angleFromHorizontal({ x: 0, y: 0 }, { x: -10, y: 0 })).toBeCloseTo(0, 6);
  });
});
