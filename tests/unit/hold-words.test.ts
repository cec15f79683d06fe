import { describe, expect, it } from 'vitest';
import type { RuleReport, RuleState } from '../../src/core/analysis/form-analyzer';
import type { HoldStatus } from '../../src/core/hold/hold-reducer';
import { holdTone, jointLabelText, readoutLine, readoutLines } from '../../src/core/session/hold-words';
import { holdStatusWord, readoutText } from '../../src/ui/words/hold-words';
import { STRETCHES } from '../../src/core/stretches/catalog';
import type { MetricId, StretchId } from '../../src/core/stretches/types';

/** A rule report for one of a stretch's rules, as the analyser makes it. */
function rule(stretch: StretchId, id: string, value: number | null, state: RuleState): RuleReport {
  const spec = STRETCHES[stretch].rules.find((r) => r.id === id);
  if (!spec) throw new Error(`${stretch} has no rule ${id}`);
  return { id, metric: spec.metric, value, state, cue: { id: 'rule', stretch, rule: id } };
}
const text = (stretch: StretchId, id: string, value: number | null, state: RuleState, legRaiseTarget: number | null = null) => {
  const line = readoutLine(rule(stretch, id, value, state), STRETCHES[stretch], legRaiseTarget);
  return line ? readoutText(line.fact) : undefined;
};

describe('hold status words', () => {
  it('says "Paused" only when the person pressed Pause', () => {
    // The bug: the ring said PAUSED whenever the form broke, though nobody pressed Pause.
    const statuses: HoldStatus[] = ['waiting', 'counting', 'paused', 'lost', 'stalled', 'too-slow', 'resting', 'user-paused', 'done'];
    const paused = statuses.filter((s) => /paus/i.test(holdStatusWord(s)));
    expect(paused).toEqual(['user-paused']);
  });

  it('colours only a pressed Pause as paused, and every trouble alike', () => {
    expect(holdTone('paused')).toBe('waiting');
    expect(holdTone('user-paused')).toBe('paused');
    expect(['lost', 'stalled', 'too-slow'].map((s) => holdTone(s as HoldStatus))).toEqual(['problem', 'problem', 'problem']);
  });

  it('names every state plainly', () => {
    expect(holdStatusWord('waiting')).toBe('Waiting for good form');
    expect(holdStatusWord('paused')).toBe('Waiting for good form');
    expect(holdStatusWord('counting')).toBe('Hold it');
    expect(holdStatusWord('resting')).toBe('Rest');
    expect(holdStatusWord('user-paused')).toBe('Paused');
    expect(holdStatusWord('done')).toBe('Done');
    expect(holdStatusWord('stalled')).toBe('Picture stopped');
    expect(holdStatusWord('too-slow')).toBe('Device too slow');
    expect(holdStatusWord('lost')).toBe("Can't see you");
  });
});

describe('readout words', () => {
  it('gives a failing angle its target and what to do', () => {
    expect(text('supine-leg-extension', 'knee-straight', 152, 'fail')).toBe('Knee 152°, straighten to 160°');
    expect(text('standing-toe-touch', 'knees-straight', 150, 'fail')).toBe('Knees 150°, straighten to 165°');
    expect(text('lying-hamstring', 'leg-raised', 62, 'fail')).toBe('Leg raise 62°, aim for 70°');
    expect(text('standing-toe-touch', 'hip-fold', 120, 'fail')).toBe('Hip angle 120°, bend forward to 100°');
    expect(text('lying-hamstring', 'other-leg-flat', 30, 'fail')).toBe('Other leg raise 30°, lower it to 20°');
    expect(text('supine-leg-extension', 'other-knee-bent', 160, 'fail')).toBe('Other knee 160°, bend it to 130°');
    expect(text('elevated-leg', 'standing-knee-straight', 150, 'fail')).toBe('Standing knee 150°, straighten to 165°');
    expect(text('seated-chair', 'trunk-tall', 124, 'fail')).toBe('Forward lean 124°, sit up to 45°');
    expect(text('seated-chair', 'trunk-tall', -12, 'fail')).toBe('Leaning back 12°, sit up tall');
  });

  it('says why a passing angle is fine, with its target', () => {
    expect(text('supine-leg-extension', 'knee-straight', 172, 'pass')).toBe('Knee 172° (straight enough: 160°)');
    expect(text('lying-hamstring', 'leg-raised', 75, 'pass')).toBe('Leg raise 75° (high enough: 70°)');
    expect(text('standing-toe-touch', 'hip-fold', 80, 'pass')).toBe('Hip angle 80° (bent far enough: 100°)');
    expect(text('seated-chair', 'trunk-tall', 20, 'pass')).toBe('Forward lean 20° (fine up to 45°)');
  });

  it('never calls a number short of its target "enough" while the analyser lets it pass', () => {
    // Hysteresis keeps a passing knee passing down to 5° under its target: "straight enough: 165°"
    // beside 162° would contradict itself.
    expect(text('standing-toe-touch', 'knees-straight', 162, 'pass')).toBe('Knees 162° (close enough to 165°)');
    expect(text('lying-hamstring', 'other-leg-flat', 23, 'pass')).toBe('Other leg raise 23° (close enough to 20°)');
  });

  it("uses the doorway stretch's current target, not the starting one", () => {
    expect(text('doorway-wall', 'leg-raised', 62, 'fail', 70)).toBe('Leg raise 62°, aim for 70°');
    expect(text('doorway-wall', 'leg-raised', 62, 'pass')).toBe('Leg raise 62° (high enough: 60°)');
  });

  it('turns the heel-lift ratio into words', () => {
    expect(text('seated-chair', 'heel-down', -0.07, 'pass')).toBe('Heel on the floor');
    expect(text('seated-chair', 'heel-down', 0.4, 'fail')).toBe('Lower your heel to the floor');
  });

  it('says a required part is not seen, and leaves out an optional one', () => {
    expect(text('standing-toe-touch', 'knees-straight', null, 'unknown')).toBe("Knees: can't see it");
    expect(text('seated-chair', 'toes-up', null, 'unknown')).toBeUndefined();
  });

  it('shows no raw number without words on any rule of any stretch', () => {
    for (const stretch of Object.values(STRETCHES)) {
      for (const spec of stretch.rules) {
        for (const state of ['pass', 'fail'] as const) {
          const value = spec.metric === ('heelLiftWorking' satisfies MetricId) ? 0.3 : 50;
          const line = readoutLine({ id: spec.id, metric: spec.metric, value, state, cue: { id: 'rule', stretch: stretch.id, rule: spec.id } }, stretch);
          expect(line, `${stretch.id}/${spec.id}`).not.toBeNull();
          if (spec.metric !== 'heelLiftWorking') expect(readoutText(line!.fact), `${stretch.id}/${spec.id}`).toMatch(/^[A-Z][a-z].* \d+°.*\d+°/);
        }
      }
    }
  });

  it('leaves out the posture and working-side rows', () => {
    const rows = readoutLines(
      [
        { id: 'posture', metric: 'posture', state: 'pass', value: null, cue: { id: 'posture', posture: 'standing' } },
        { id: 'working-side', metric: 'posture', state: 'fail', value: null, cue: { id: 'wrong-leg', seen: 'left', want: 'right' } },
        rule('standing-toe-touch', 'knees-straight', 170, 'pass'),
      ],
      STRETCHES['standing-toe-touch'],
    );
    expect(rows.map((r) => r.id)).toEqual(['knees-straight']);
  });
});

describe('readout data', () => {
  it('carries the value, the target and the way to move, not sentences', () => {
    const line = readoutLine(rule('supine-leg-extension', 'knee-straight', 152, 'fail'), STRETCHES['supine-leg-extension']);
    expect(line).toEqual({ id: 'knee-straight', state: 'fail', fact: { kind: 'fix', key: 'kneeWorking', dir: 'up', value: 152, aim: 160 } });
    const close = readoutLine(rule('standing-toe-touch', 'knees-straight', 162, 'pass'), STRETCHES['standing-toe-touch']);
    expect(close?.fact).toEqual({ kind: 'close', key: 'knees', value: 162, target: 165 });
  });
});

describe('labels at the joints', () => {
  it('carry the target while it is not met, and a tick once it is', () => {
    expect(jointLabelText(rule('standing-toe-touch', 'knees-straight', 152, 'fail'), STRETCHES['standing-toe-touch'])).toBe('152° → 165°');
    expect(jointLabelText(rule('standing-toe-touch', 'hip-fold', 130, 'fail'), STRETCHES['standing-toe-touch'])).toBe('130° → 100°');
    expect(jointLabelText(rule('standing-toe-touch', 'knees-straight', 172, 'pass'), STRETCHES['standing-toe-touch'])).toBe('172° ✓');
    expect(jointLabelText(rule('doorway-wall', 'leg-raised', 62, 'fail'), STRETCHES['doorway-wall'], 70, ' raise')).toBe('62° raise → 70°');
    expect(jointLabelText(rule('standing-toe-touch', 'knees-straight', null, 'unknown'), STRETCHES['standing-toe-touch'])).toBeNull();
  });
});
