import { describe, expect, it } from 'vitest';
import { progressBar } from './progress-bar.mjs';

describe('progressBar', () => {
  it('fills in proportion and gives the rate', () => {
    expect(progressBar(135, 300, 10, 20)).toBe('[#########-----------]  45% 135/300 frames, 13.5 frames/s');
    expect(progressBar(300, 300, 20, 10)).toBe('[##########] 100% 300/300 frames, 15.0 frames/s');
  });
  it('copes with nothing done, nothing to do and no time yet', () => {
    expect(progressBar(0, 0, 0, 4)).toBe('[----]   0% 0/0 frames, 0.0 frames/s');
  });
});
