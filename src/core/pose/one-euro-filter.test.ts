import { describe, expect, it } from 'vitest';
import { FormAnalyzer } from '../analysis/form-analyzer';
import { resolveStretch } from '../stretches/validate';
import { bent, figure, frameOf, GOOD } from '../../../tests/unit/figure';
import { ms } from '../units';
import { OneEuroFilter } from './one-euro-filter';
import { DEFAULT_SMOOTHING } from './pose-smoother';

describe('OneEuroFilter', () => {
  it('removes jitter from a still value', () => {
    const f = new OneEuroFilter(DEFAULT_SMOOTHING);
    let maxDev = 0;
    for (let i = 0; i < 300; i++) {
      const noisy = 0.5 + (i % 2 ? 0.004 : -0.004);
      const out = f.filter(noisy, ms(i * 33));
      if (i > 30) maxDev = Math.max(maxDev, Math.abs(out - 0.5));
    }
    expect(maxDev).toBeLessThan(0.002);
  });

  it('delays the knee-bend verdict by well under 100 ms at a normal bending speed', () => {
    // Knees bend from straight at 90 degrees a second; compare when the smoothed and the raw
    // analysers first see the knee rule fail.
    const firstFail = (smoothing: boolean) => {
      const a = new FormAnalyzer(resolveStretch('standing-toe-touch'), { hysteresisDeg: 0, bounceDeg: 90, bounceWindowMs: 1000, smoothing });
      for (let t = 0; t < 4000; t += 16) {
        const bend = t < 1000 ? 0 : Math.min(60, ((t - 1000) / 1000) * 90);
        const r = a.analyze(frameOf(t, [figure({ ...GOOD.standingToeTouch(), left: bent(180 - bend / 2, bend), right: bent(180 - bend / 2, bend) })]));
        if (r.rules.find((x) => x.id === 'knees-straight')?.state === 'fail') return t;
      }
      return Infinity;
    };
    const lag = firstFail(true) - firstFail(false);
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(100);
  });
});
