/**
 * The hold state and the measured angles in words a patient understands: what is happening now,
 * and for every number, its target and what to do to reach it. Pure, so the coaching screen, the
 * voice and the tests all read the same sentences.
 */
import type { RuleReport, RuleState } from '../analysis/form-analyzer';
import type { HoldStatus } from '../hold/hold-reducer';
import type { MetricId, StretchDefinition } from '../stretches/types';

/** How the hold state is shown: the colour family of the ring and of the word. */
export type HoldTone = 'counting' | 'waiting' | 'rest' | 'paused' | 'problem' | 'done';

export interface HoldWords {
  /** A few words, large under the ring: what is happening now. */
  readonly word: string;
  readonly tone: HoldTone;
}

/**
 * What the hold is doing, in plain words. "Paused" only when the person pressed Pause: a broken
 * form is "waiting for good form", since the person has nothing to resume.
 */
export function holdStatusWords(status: HoldStatus): HoldWords {
  switch (status) {
    case 'waiting':
    case 'paused':
      return { word: 'Waiting for good form', tone: 'waiting' };
    case 'counting':
      return { word: 'Hold it', tone: 'counting' };
    case 'resting':
      return { word: 'Rest', tone: 'rest' };
    case 'user-paused':
      return { word: 'Paused', tone: 'paused' };
    case 'done':
      return { word: 'Done', tone: 'done' };
    case 'lost':
      return { word: "Can't see you", tone: 'problem' };
    case 'stalled':
      return { word: 'Picture stopped', tone: 'problem' };
    case 'too-slow':
      return { word: 'Device too slow', tone: 'problem' };
  }
}

/** The cue line while the person presses Pause: what to do to go on. */
export const PAUSED_WORDS = 'Paused. Press Resume when you are ready.';

/** The cue line during a rest, instead of form cues: nothing to fix while resting. */
export function restWords(switchingTo: 'left' | 'right' | null): string {
  return switchingTo ? `Rest and relax. Next, your ${switchingTo} leg.` : 'Rest and relax. Nothing to do until the next hold.';
}

/**
 * The short label drawn at a joint on the picture: the angle, and the target when it is not met
 * ("152° → 165°"), or a tick when it is ("172° ✓"). Null when the rule has no angle to show.
 */
export function jointLabelText(rule: RuleReport, stretch: StretchDefinition, legRaiseTarget: number | null = null, suffix = ''): string | null {
  const spec = stretch.rules.find((r) => r.id === rule.id);
  if (!spec || rule.value === null) return null;
  const v = rule.value;
  const min = threshold(stretch, spec.min, legRaiseTarget);
  const max = threshold(stretch, spec.max, legRaiseTarget);
  const aim = min !== undefined && v < min ? min : max !== undefined && v > max ? max : undefined;
  if (rule.state === 'fail' && aim !== undefined) return `${deg(v)}${suffix} → ${deg(aim)}`;
  return rule.state === 'pass' ? `${deg(v)}${suffix} ✓` : `${deg(v)}${suffix}`;
}

/** One row of the angles readout: the rule it comes from, its verdict and the sentence. */
export interface ReadoutLine {
  readonly id: string;
  readonly state: RuleState;
  readonly text: string;
}

/** How a metric is named and what to say to move it toward its target. */
interface MetricWords {
  readonly label: string;
  /** Below the minimum: what to do, said before the target ("straighten to"). */
  readonly raise?: string;
  /** Above the maximum: what to do, said before the target ("lower it to"). */
  readonly lower?: string;
  /** Passing: why it is fine ("straight enough"). */
  readonly enough: string;
}

const METRIC_WORDS: Readonly<Record<Exclude<MetricId, 'heelLiftWorking'>, MetricWords>> = {
  knees: { label: 'Knees', raise: 'straighten to', enough: 'straight enough' },
  kneeWorking: { label: 'Knee', raise: 'straighten to', enough: 'straight enough' },
  kneeOther: { label: 'Other knee', raise: 'straighten to', enough: 'straight enough' },
  hip: { label: 'Hip angle', lower: 'bend forward to', enough: 'bent far enough' },
  legRaiseWorking: { label: 'Leg raise', raise: 'aim for', enough: 'high enough' },
  legRaiseOther: { label: 'Other leg raise', lower: 'lower it to', enough: 'low enough' },
  legFromHorizontalWorking: { label: 'Leg tilt', lower: 'level it to', enough: 'level enough' },
  trunkLeanForward: { label: 'Forward lean', lower: 'sit up to', enough: 'fine up to' },
  toesFromVerticalWorking: { label: 'Toes tilt', lower: 'point them up to', enough: 'fine up to' },
  legRaiseDrift: { label: 'Leg moved', lower: 'keep it within', enough: 'fine up to' },
};

/** Words that depend on the rule, not only the metric: the elevated-leg stretch's standing knee, the supine stretch's bent other knee. */
const RULE_WORDS: Readonly<Record<string, MetricWords>> = {
  'standing-knee-straight': { label: 'Standing knee', raise: 'straighten to', enough: 'straight enough' },
  'other-knee-bent': { label: 'Other knee', lower: 'bend it to', enough: 'bent enough' },
};

const deg = (v: number) => `${v}°`;

/** The threshold a rule compares with now (the doorway stretch's target replaces legRaiseMin, as in the analyser). */
function threshold(stretch: StretchDefinition, name: string | undefined, legRaiseTarget: number | null): number | undefined {
  if (name === undefined) return undefined;
  if (name === 'legRaiseMin' && legRaiseTarget !== null) return legRaiseTarget;
  return stretch.thresholds[name];
}

/**
 * One readout row in plain words, with the target and what to do: "Knee 152°, straighten to
 * 160°", "Knee 172° (straight enough: 160°)". Ratios mean nothing to a patient and become words
 * ("Heel on the floor"). Null for a row not worth showing: an optional rule not seen, a rule the
 * stretch does not define, or one with no target.
 */
export function readoutLine(rule: RuleReport, stretch: StretchDefinition, legRaiseTarget: number | null = null): ReadoutLine | null {
  const spec = stretch.rules.find((r) => r.id === rule.id);
  if (!spec || rule.metric === 'posture') return null;
  const line = (text: string): ReadoutLine => ({ id: rule.id, state: rule.state, text });
  if (rule.metric === 'heelLiftWorking') {
    if (rule.value === null || rule.state === 'unknown') return spec.optional ? null : line("Heel: can't see it");
    return line(rule.state === 'pass' ? 'Heel on the floor' : 'Lower your heel to the floor');
  }
  const words = RULE_WORDS[rule.id] ?? METRIC_WORDS[rule.metric];
  const label = words.label;
  if (rule.value === null || rule.state === 'unknown') return spec.optional ? null : line(`${label}: can't see it`);
  const v = rule.value;
  const min = threshold(stretch, spec.min, legRaiseTarget);
  const max = threshold(stretch, spec.max, legRaiseTarget);
  if (rule.metric === 'trunkLeanForward' && v < 0 && min !== undefined && v < min) {
    // Leaning back: a negative "forward lean" is not a number to aim from.
    return line(`Leaning back ${deg(-v)}, sit up tall`);
  }
  if (rule.state === 'fail') {
    if (min !== undefined && v < min) return line(`${label} ${deg(v)}, ${words.raise ?? 'aim for'} ${deg(min)}`);
    if (max !== undefined && v > max) return line(`${label} ${deg(v)}, ${words.lower ?? 'aim for'} ${deg(max)}`);
  }
  // Passing. The analyser keeps a passing rule passing a few degrees past its target (so the count
  // does not flicker): say "close enough" then, not "straight enough" beside a number short of it.
  if (min !== undefined && max !== undefined) return line(`${label} ${deg(v)} (${v <= max ? `${words.enough} ${deg(max)}` : `close enough to ${deg(max)}`})`);
  if (min !== undefined) return line(`${label} ${deg(v)} (${v >= min ? `${words.enough}: ${deg(min)}` : `close enough to ${deg(min)}`})`);
  if (max !== undefined) {
    const enough = words.enough.endsWith(' to') ? `${words.enough} ${deg(max)}` : `${words.enough}: ${deg(max)}`;
    return line(`${label} ${deg(v)} (${v <= max ? enough : `close enough to ${deg(max)}`})`);
  }
  return null;
}

/** The readout rows for a frame's rules, in the stretch's order. */
export function readoutLines(rules: readonly RuleReport[], stretch: StretchDefinition, legRaiseTarget: number | null = null): ReadoutLine[] {
  return rules.map((r) => readoutLine(r, stretch, legRaiseTarget)).filter((l): l is ReadoutLine => l !== null);
}
