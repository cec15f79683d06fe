import { describe, expect, it } from 'vitest';
import { isBouncing, judgeBounce, type KeySample } from './bounce';

/** Deterministic reading noise: roughly normal, standard deviation `sd`. */
function noise(sd: number, seed = 7): () => number {
  let s = seed;
  const uniform = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  return () => sd * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** Runs readings at `intervalMs` through the judge as the analyser does (2 s kept, 1 s judged); returns the share of frames after the first second called a bounce. */
function bounceShare(reading: (tMs: number) => number, intervalMs: number, durationMs = 6000): number {
  let history: KeySample[] = [];
  let frames = 0;
  let bounced = 0;
  for (let t = 0; t < durationMs; t += intervalMs) {
    history = [...history, { tMs: t, value: reading(t) }].filter((s) => s.tMs > t - 2000);
    const v = judgeBounce(history, t, 8, 1000);
    if (t >= 1000) {
      frames++;
      if (v.bouncing) bounced++;
    }
  }
  return bounced / frames;
}

/** The old rule: raw readings of the last second against the limit. */
function rawShare(reading: (tMs: number) => number, intervalMs: number, durationMs = 6000): number {
  let window: number[] = [];
  let frames = 0;
  let bounced = 0;
  for (let t = 0; t < durationMs; t += intervalMs) {
    window = [...window, reading(t)].slice(-Math.round(1000 / intervalMs));
    if (t >= 1000) {
      frames++;
      if (isBouncing(window, 8)) bounced++;
    }
  }
  return bounced / frames;
}

const sine = (mean: number, amplitude: number, periodMs: number) => (t: number) => mean + amplitude * Math.sin((2 * Math.PI * t) / periodMs);

describe('bounce against reading noise', () => {
  it('does not call a still hold with frame-to-frame jitter a bounce (3 degrees at 15 fps)', () => {
    const jitter = noise(3);
    const still = () => 80 + jitter();
    // The raw 1 s range rule called most of these frames a bounce.
    expect(rawShare(still, 67)).toBeGreaterThan(0.5);
    // Random jitter now and then draws a run of several frames up and then down (one such run here).
    expect(bounceShare(still, 67)).toBeLessThan(0.2);
  });

  it('drops single-frame misreads (20 degrees off, twice a second) from a still hold', () => {
    const jitter = noise(1.5, 11);
    const misread = (t: number) => 80 + jitter() + (Math.round(t / 67) % 7 === 3 ? -20 : 0);
    expect(rawShare(misread, 67)).toBeGreaterThan(0.5);
    expect(bounceShare(misread, 67)).toBe(0);
  });

  it('still catches a real bounce under the same jitter (8 degrees each way at 1.5 Hz, 15 fps)', () => {
    const jitter = noise(3, 5);
    expect(bounceShare((t) => sine(70, 8, 667)(t) + jitter(), 67)).toBeGreaterThan(0.9);
  });

  it('catches a quick shallow bounce without jitter (6 degrees each way at 1.9 Hz, 15 fps)', () => {
    expect(bounceShare(sine(70, 6, 530), 67)).toBeGreaterThan(0.9);
  });

  it('judges sparse readings raw, where a median would erase the bounce (12 degrees each way at 1.7 Hz, 4 fps)', () => {
    expect(bounceShare(sine(80, 12, 600), 250)).toBeGreaterThan(0.6);
  });

  it('measures a smooth movement as no jitter, and a steady fold deeper as no bounce', () => {
    const history: KeySample[] = [];
    for (let t = 0; t <= 1000; t += 67) history.push({ tMs: t, value: 95 - Math.min(40, (40 * t) / 700) });
    const v = judgeBounce(history, 1000, 8, 1000);
    expect(v.jitterDeg).toBe(0);
    expect(v.bouncing).toBe(false);
  });

  it('raises the limit by the jitter, up to a cap, so a jittery model still catches a clear bounce', () => {
    const history: KeySample[] = [];
    const wild = noise(12, 3);
    for (let t = 0; t <= 2000; t += 67) history.push({ tMs: t, value: 80 + wild() });
    const v = judgeBounce(history, 2000, 8, 1000);
    expect(v.jitterDeg).toBeGreaterThan(4);
    expect(v.limitDeg).toBe(16);
  });
});
