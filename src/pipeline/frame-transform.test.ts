import { describe, expect, it } from 'vitest';
import { frameTransform, toPrepared, toSource } from './frame-transform';

describe('frameTransform', () => {
  it('pads a landscape frame to a square for BlazePose', () => {
    const t = frameTransform(640, 480, 'none', true);
    expect([t.width, t.height, t.padX, t.padY]).toEqual([640, 640, 0, 80]);
    expect(toSource(t, 100, 180)).toEqual({ x: 100, y: 100 });
  });
  it('turns a frame clockwise so the left edge (a lying head) ends on top, and maps back', () => {
    const t = frameTransform(640, 480, 'cw', false);
    expect([t.width, t.height]).toEqual([480, 640]);
    expect(toPrepared(t, 0, 240)).toEqual({ u: 240, v: 0 }); // the left edge goes to the top
    for (const [x, y] of [[0, 0], [639, 0], [100, 400], [320, 240]] as const) {
      for (const rot of ['none', 'cw', 'ccw'] as const) {
        for (const square of [false, true]) {
          const tt = frameTransform(640, 480, rot, square);
          const p = toPrepared(tt, x, y);
          expect(toSource(tt, p.u, p.v)).toEqual({ x, y });
        }
      }
    }
  });
  it('turns counter-clockwise so the right edge ends on top', () => {
    const t = frameTransform(640, 480, 'ccw', false);
    expect(toPrepared(t, 639, 240).v).toBeCloseTo(1, 6);
  });
});
