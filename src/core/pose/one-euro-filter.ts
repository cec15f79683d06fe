import type { Ms } from '../units';

/** Settings of a One Euro filter (Casiez, Roussel and Vogel, CHI 2012). */
export interface OneEuroSettings {
  /** Cut-off frequency at rest, Hz: lower removes more jitter from a still pose. */
  readonly minCutoffHz: number;
  /** How fast the cut-off rises with speed: higher lags less on fast moves. */
  readonly beta: number;
  /** Cut-off for the speed estimate, Hz. */
  readonly derivativeCutoffHz: number;
}

const alpha = (cutoffHz: number, dtS: number): number => {
  const tau = 1 / (2 * Math.PI * cutoffHz);
  return 1 / (1 + tau / dtS);
};

/**
 * Smooths one number over time. Driven by frame timestamps, never the wall clock, so the same
 * frames give the same output in a test, in a file analysis and live.
 */
export class OneEuroFilter {
  private last: { tMs: number; value: number; derivative: number } | undefined;

  constructor(private readonly settings: OneEuroSettings) {}

  filter(value: number, tMs: Ms): number {
    const last = this.last;
    if (!last || tMs <= last.tMs) {
      this.last = { tMs, value, derivative: 0 };
      return value;
    }
    const dtS = (tMs - last.tMs) / 1000;
    const rawDerivative = (value - last.value) / dtS;
    const derivative = last.derivative + alpha(this.settings.derivativeCutoffHz, dtS) * (rawDerivative - last.derivative);
    const cutoff = this.settings.minCutoffHz + this.settings.beta * Math.abs(derivative);
    const smoothed = last.value + alpha(cutoff, dtS) * (value - last.value);
    this.last = { tMs, value: smoothed, derivative };
    return smoothed;
  }

  reset(): void {
    this.last = undefined;
  }
}
