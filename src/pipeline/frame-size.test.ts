import { describe, expect, it } from 'vitest';
import { fitWithin } from './frame-size';

describe('fitWithin', () => {
  const box = { width: 960, height: 960 };
  it('scales a 1080p frame down to fit, keeping its shape', () => {
    expect(fitWithin(1920, 1080, box)).toEqual({ width: 960, height: 540 });
    expect(fitWithin(1080, 1920, box)).toEqual({ width: 540, height: 960 });
  });
  it('leaves a frame that already fits as it is', () => {
    expect(fitWithin(640, 480, box)).toEqual({ width: 640, height: 480 });
  });
  it('never gives an empty size', () => {
    expect(fitWithin(0, 0, box)).toEqual({ width: 1, height: 1 });
    expect(fitWithin(100_000, 1, box)).toEqual({ width: 960, height: 1 });
  });
});
