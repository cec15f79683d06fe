import { describe, expect, it } from 'vitest';
import { BounceWindow } from './bounce-window';
type Legs = 'none' | 'converging';

/** Feeds readings 4 a second (judged raw, as live on two CPU cores) and says which frames bounced. */
function feed(readings: ReadonlyArray<readonly [number, Legs]>): boolean[] {
  const window = new BounceWindow(8, 1000);
  return readings.map(([value, legs], i) => window.add(i * 250, value, legs));
}
const steady = (n: number): Array<[number, Legs]> => Array.from({ length: n }, () => [85, 'none']);

describe('the bounce window of a one-leg lying stretch', () => {
  it('drops a dip read with the legs converging when the legs read as they were within 250 ms', () => {
    const bounced = feed([...steady(6), [65, 'converging'], [85, 'none'], ...steady(4)]);
    expect(bounced.some(Boolean)).toBe(false);
    // The same dip with the flat leg where it was is a bounce.
    expect(feed([...steady(6), [65, 'none'], [85, 'none'], ...steady(4)]).some(Boolean)).toBe(true);
  });

  it('puts the set-aside dip back when the legs go on converging', () => {
    // Converging at 65, then at 85 half a second on: the legs moved, so the dip to 65 and the way
    // back up are both readings.
    const bounced = feed([...steady(6), [65, 'converging'], [75, 'converging'], [85, 'converging'], ...steady(2)]);
    expect(bounced.slice(8).some(Boolean)).toBe(true);
  });

  it('forgets everything when the person leaves the position', () => {
    const window = new BounceWindow(8, 1000);
    for (let i = 0; i < 6; i++) window.add(i * 250, 85, 'none');
    window.add(1500, undefined, 'none');
    expect(window.add(1750, 65, 'none')).toBe(false);
  });
});
