/**
 * The hold state and the measured angles as data for words a patient understands: what is
 * happening now, and for every number, its target and which way to move. Pure and language-free:
 * src/ui/words/hold-words.ts turns these into sentences in the person's language.
 */
import type { RuleReport, RuleState } from '../analysis/form-analyzer';
import type { HoldStatus } from '../hold/hold-reducer';
import type { MetricId, StretchDefinition } from '../stretches/types';

/** How the hold state is shown: the colour family of the ring and of the word. */
export type HoldTone = 'counting' | 'waiting' | 'rest' | 'paused' | 'problem' | 'done';

/**
 * The tone of a hold status (its word is in src/ui/words/hold-words.ts). "Paused" only when the
 * person pressed Pause: a broken form is "waiting for good form", since there is nothing to resume.
 */
export function holdTone(status: HoldStatus): HoldTone {
  switch (status) {
    case 'waiting':
    case 'paused':
      return 'waiting';
    case 'counting':
      return 'counting';
    case 'resting':
      return 'rest';
    case 'user-paused':
      return 'paused';
    case 'done':
      return 'done';
    case 'lost':
    case 'stalled':
    case 'too-slow':
      return 'problem';
  }
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

/**
 * Which words a readout row uses: the metric's, or the rule's own where the same metric means
 * something else (the elevated-leg stretch's standing knee, the supine stretch's bent other knee).
 */
export type ReadoutWordsKey = Exclude<MetricId, 'heelLiftWorking'> | 'standing-knee-straight' | 'other-knee-bent';

/**
 * What a readout row says, as data (the sentences are in src/ui/words/hold-words.ts):
 * - `unseen`: the part is not seen; `fix`: the value and the target to move to, `dir` saying
 *   whether it must go up or down; `ok`: fine, with its target; `close`: passing a few degrees
 *   short of the target (the analyser's hysteresis), so not "straight enough";
 * - `leaning-back`: a negative forward lean, in degrees back; the heel rows turn a ratio into words.
 */
export type ReadoutFact =
  | { readonly kind: 'unseen'; readonly key: ReadoutWordsKey }
  | { readonly kind: 'fix'; readonly key: ReadoutWordsKey; readonly dir: 'up' | 'down'; readonly value: number; readonly aim: number }
  | { readonly kind: 'ok' | 'close'; readonly key: ReadoutWordsKey; readonly value: number; readonly target: number }
  | { readonly kind: 'leaning-back'; readonly deg: number }
  | { readonly kind: 'heel-unseen' | 'heel-down' | 'heel-up' };

/** One row of the angles readout: the rule it comes from, its verdict and what to say. */
export interface ReadoutLine {
  readonly id: string;
  readonly state: RuleState;
  readonly fact: ReadoutFact;
}

const RULE_KEYS: Readonly<Record<string, ReadoutWordsKey>> = { 'standing-knee-straight': 'standing-knee-straight', 'other-knee-bent': 'other-knee-bent' };

const deg = (v: number) => `${v}°`;

/** The threshold a rule compares with now (the doorway stretch's target replaces legRaiseMin, as in the analyser). */
function threshold(stretch: StretchDefinition, name: string | undefined, legRaiseTarget: number | null): number | undefined {
  if (name === undefined) return undefined;
  if (name === 'legRaiseMin' && legRaiseTarget !== null) return legRaiseTarget;
  return stretch.thresholds[name];
}

/**
 * One readout row, with the target and what to do: "Knee 152°, straighten to 160°", "Knee 172°
 * (straight enough: 160°)" once worded. Ratios mean nothing to a patient and become words ("Heel
 * on the floor"). Null for a row not worth showing: an optional rule not seen, a rule the stretch
 * does not define, or one with no target.
 */
export function readoutLine(rule: RuleReport, stretch: StretchDefinition, legRaiseTarget: number | null = null): ReadoutLine | null {
  const spec = stretch.rules.find((r) => r.id === rule.id);
  if (!spec || rule.metric === 'posture') return null;
  const line = (fact: ReadoutFact): ReadoutLine => ({ id: rule.id, state: rule.state, fact });
  if (rule.metric === 'heelLiftWorking') {
    if (rule.value === null || rule.state === 'unknown') return spec.optional ? null : line({ kind: 'heel-unseen' });
    return line({ kind: rule.state === 'pass' ? 'heel-down' : 'heel-up' });
  }
  const key = RULE_KEYS[rule.id] ?? rule.metric;
  if (rule.value === null || rule.state === 'unknown') return spec.optional ? null : line({ kind: 'unseen', key });
  const v = rule.value;
  const min = threshold(stretch, spec.min, legRaiseTarget);
  const max = threshold(stretch, spec.max, legRaiseTarget);
  if (rule.metric === 'trunkLeanForward' && v < 0 && min !== undefined && v < min) {
    // Leaning back: a negative "forward lean" is not a number to aim from.
    return line({ kind: 'leaning-back', deg: -v });
  }
  if (rule.state === 'fail') {
    if (min !== undefined && v < min) return line({ kind: 'fix', key, dir: 'up', value: v, aim: min });
    if (max !== undefined && v > max) return line({ kind: 'fix', key, dir: 'down', value: v, aim: max });
  }
  // Passing. The analyser keeps a passing rule passing a few degrees past its target (so the count
  // does not flicker): "close enough" then, not "straight enough" beside a number short of it.
  if (max !== undefined) return line({ kind: v <= max ? 'ok' : 'close', key, value: v, target: max });
  if (min !== undefined) return line({ kind: v >= min ? 'ok' : 'close', key, value: v, target: min });
  return null;
}

/** The readout rows for a frame's rules, in the stretch's order. */
export function readoutLines(rules: readonly RuleReport[], stretch: StretchDefinition, legRaiseTarget: number | null = null): ReadoutLine[] {
  return rules.map((r) => readoutLine(r, stretch, legRaiseTarget)).filter((l): l is ReadoutLine => l !== null);
}
