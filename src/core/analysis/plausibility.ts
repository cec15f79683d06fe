/**
 * How believable one model's reading of a frame is, so a second opinion from the other model
 * family can be weighed against the first. Plain evidence, no thresholds of the rules themselves:
 * a reading that found the person, in the stretch's posture, with confident legs of human
 * proportions is more believable than one that did not, whatever verdict either gives.
 */
import { distance } from '../geometry/vector';
import { joint, type Pose, type Side } from '../pose/pose';
import type { RuleSpec, StretchDefinition } from '../stretches/types';
import { bodyFromPose } from './body';
import { KNEE_METRICS } from './metrics';
import type { FrameReport } from './form-analyzer';

/** Shin length over thigh length in adults is about 0.8-1.1; seen at an angle it shrinks or grows, but not past these. */
const SHIN_OVER_THIGH = { min: 0.55, max: 1.6 } as const;

const LEG_SIDES: readonly Side[] = ['left', 'right'];

/**
 * The share of hips, knees and ankles seen above the model's own threshold. (Raw scores are not
 * comparable between model families: MoveNet's 0.3 means what BlazePose's 0.5 does.)
 */
export function legsSeen(pose: Pose | undefined, threshold: number): number {
  if (!pose) return 0;
  let seen = 0;
  for (const side of LEG_SIDES) for (const limb of ['hip', 'knee', 'ankle'] as const) if ((pose.keypoints[joint(side, limb)]?.score ?? 0) >= threshold) seen++;
  return seen / (LEG_SIDES.length * 3);
}

/** Legs whose shin and thigh are both seen and whose lengths no human leg has (a collapsed or swapped leg). */
export function implausibleLegs(pose: Pose | undefined, threshold: number): number {
  if (!pose) return 0;
  let bad = 0;
  for (const side of LEG_SIDES) {
    const hip = pose.keypoints[joint(side, 'hip')];
    const knee = pose.keypoints[joint(side, 'knee')];
    const ankle = pose.keypoints[joint(side, 'ankle')];
    if (!hip || !knee || !ankle || Math.min(hip.score, knee.score, ankle.score) < threshold) continue;
    const thigh = distance(hip, knee);
    const shin = distance(knee, ankle);
    if (thigh <= 0 || shin / thigh < SHIN_OVER_THIGH.min || shin / thigh > SHIN_OVER_THIGH.max) bad++;
  }
  return bad;
}

export interface Plausibility {
  readonly score: number;
  /** Why, for the analyse report and tests. */
  readonly reasons: readonly string[];
}

/** The weight of each piece of evidence; only their order matters (a verdict beats posture beats confidence). */
export function plausibility(report: FrameReport, stretch: StretchDefinition, threshold: number): Plausibility {
  const reasons: string[] = [];
  if (report.tracking === 'none' || !report.pose) return { score: 0, reasons: ['nobody found'] };
  let score = 1;
  if (report.inForm !== null) {
    score += 4;
    reasons.push('judged');
  }
  if (report.posture === stretch.posture) {
    score += 2;
    reasons.push('posture of the stretch');
  } else if (report.posture !== 'unknown') {
    score -= 1;
    reasons.push(`posture ${report.posture}`);
  }
  if (report.tracking === 'ok') score += 0.5;
  const collapsed = implausibleLegs(report.pose, threshold);
  if (collapsed) {
    score -= 2 * collapsed;
    reasons.push(`${collapsed} leg(s) of impossible proportions`);
  }
  const seen = legsSeen(report.pose, threshold);
  score += seen;
  reasons.push(`${Math.round(seen * 6)} of 6 leg joints seen`);
  return { score, reasons };
}

/** One model's reading of a frame, with that model's keypoint threshold. */
export interface Reading {
  readonly report: FrameReport;
  readonly threshold: number;
}

/** How much more plausible a reading must be to win: more than one more leg joint seen. */
const MARGIN = 0.2;

/** Hips this close (in trunk lengths) in two readings of one still: the same person, read twice. */
const SAME_PERSON = 0.5;

/** Whether two readings of one still found the same person (not a helper beside them). */
function samePerson(a: Reading, b: Reading): boolean {
  if (!a.report.pose || !b.report.pose) return false;
  const [x, y] = [bodyFromPose(a.report.pose, a.threshold), bodyFromPose(b.report.pose, b.threshold)];
  if (!x.hipMid || !y.hipMid || !x.shoulderMid || !y.shoulderMid) return false;
  const trunk = Math.max(distance(x.shoulderMid, x.hipMid), distance(y.shoulderMid, y.hipMid));
  return distance(x.hipMid, y.hipMid) < SAME_PERSON * trunk;
}

/**
 * The reading that sees the person turned, when the other sees the same person side-on. Turned
 * 60 degrees off side, the models often pull the far shoulder and hip onto the near ones and read
 * a side view; measured on rendered figures at 60 degrees, one model of the two said "turned" and
 * the other "side-on" in 12 of 39 stills. The reverse is rare: side-on and 30 degrees off, 3 of
 * 146 stills, and none of the real photos. Believing the side-on reading judged sagittal angles
 * seen 60 degrees off (knee errors of 20-36 degrees); believing the turned one asks to turn.
 */
function turnedReading(first: Reading, second: Reading): 'first' | 'second' | undefined {
  const [a, b] = [first.report.view, second.report.view];
  const split = (a === 'front' && b === 'side') || (a === 'side' && b === 'front');
  if (!split || !samePerson(first, second)) return undefined;
  return a === 'front' ? 'first' : 'second';
}

/**
 * Which of two readings of the same still to believe. The first (the default model's) is kept unless
 * the second is clearly more plausible. When both are judged and disagree, the stricter verdict
 * stands unless the crediting reading is the more plausible by a clear margin: a second opinion may
 * rescue a good stretch a model could not read, but not talk a bad one into credit; a stricter
 * verdict resting only on knees just under the line is no such evidence (`kneeOnTheLine`). A reading
 * that sees the same person turned beats one that sees them side-on (`turnedReading`).
 */
export function preferReading(first: Reading, second: Reading, stretch: StretchDefinition): 'first' | 'second' {
  const turned = turnedReading(first, second);
  if (turned) return turned;
  const a = plausibility(first.report, stretch, first.threshold).score;
  const b = plausibility(second.report, stretch, second.threshold).score;
  const [x, y] = [first.report.inForm, second.report.inForm];
  if (x !== null && y !== null && x !== y) {
    const credits = x ? 'first' : 'second';
    const stricter = credits === 'first' ? 'second' : 'first';
    const margin = credits === 'first' ? a - b : b - a;
    if (margin > MARGIN) return credits;
    const [credit, strict] = credits === 'first' ? [first, second] : [second, first];
    return kneeOnTheLine(strict.report, stretch) && samePerson(credit, strict) ? credits : stricter;
  }
  return b > a + MARGIN ? 'second' : 'first';
}

/**
 * A knee read this close under a knee-straight rule's line is on the line: the two model families
 * differ by more than this on the same straight knee (5-10 degrees on real people, below).
 */
const ON_THE_LINE_DEG = 5;

/**
 * Whether a reading's only failures are knee-straight rules missed by less than ON_THE_LINE_DEG.
 * Against the other family's credit of the same person, such a miss is no evidence of bent knees,
 * as a credit's refutation needs plain evidence (CLEARLY_BENT_DEG): a real straight raised leg,
 * mirrored, read 159 by BlazePose against a line of 160 and 162 by Thunder.
 */
function kneeOnTheLine(report: FrameReport, stretch: StretchDefinition): boolean {
  const failed = report.rules.filter((r) => r.state === 'fail');
  if (!failed.length) return false;
  return failed.every((r) => {
    const spec = stretch.rules.find((x) => x.id === r.id);
    const min = spec && kneeLine(spec, stretch);
    return min !== undefined && r.value !== null && r.value > min - ON_THE_LINE_DEG;
  });
}

/** The line of a knee-straight rule (a minimum on a knee metric); undefined for any other rule. */
function kneeLine(spec: RuleSpec, stretch: StretchDefinition): number | undefined {
  return KNEE_METRICS.has(spec.metric) && spec.min ? stretch.thresholds[spec.min] : undefined;
}

/**
 * How far past a knee-straight rule's line a reading must be to refute a credit: the design's
 * allowance for soft knees and model noise (stretches.md: straight at 165, "15 degrees absorbs
 * soft knees and model noise"). Within it, two models merely differ.
 */
const CLEARLY_BENT_DEG = 15;

/** A credit refuted: the knee-straight rule `check` saw broken, and the bent knee it read. */
export interface Refutation {
  readonly rule: string;
  readonly value: number;
}

/**
 * Whether `check`, another model's reading of the same still, refutes the credit `credited` gives,
 * and on which rule and knee: it sees the same person in the stretch's posture from the side, with
 * legs of human proportions, and a knee-straight rule of the stretch broken by CLEARLY_BENT_DEG or
 * more (for a credit resting on one knee, one knee seen that far under the line). A credit is the
 * verdict a person trusts, so it is checked; but only plain evidence overturns it, since on real
 * people the two families often differ by 5-10 degrees on a straight knee (the real seated fold:
 * BlazePose 168, Thunder 155 after calibration).
 */
export function refutation(credited: Reading, check: Reading, stretch: StretchDefinition): Refutation | undefined {
  const r = check.report;
  if (credited.report.inForm !== true || r.posture !== stretch.posture || r.view !== 'side' || !samePerson(credited, check)) return undefined;
  // A leg no human has is no evidence (a shin taken from a helper kneeling behind: a real partner
  // stretch's flat knee read at 84 by Thunder, thigh and shin 1 to 2.2).
  if (implausibleLegs(r.pose, check.threshold) > 0) return undefined;
  for (const spec of stretch.rules) {
    const min = kneeLine(spec, stretch);
    if (min === undefined) continue;
    const rule = r.rules.find((x) => x.id === spec.id);
    if (rule?.state === 'fail' && rule.value !== null && rule.value <= min - CLEARLY_BENT_DEG) return { rule: spec.id, value: rule.value };
    // "Both knees straight" credited on one knee (the other unread) has no more evidence than a
    // check that sees one knee: either knee plainly bent there is enough to refute it.
    if (spec.metric !== 'knees' || !oneKneeSeen(credited.report)) continue;
    const bent = [r.angles.kneeLeft, r.angles.kneeRight].filter((k): k is number => k !== null && k <= min - CLEARLY_BENT_DEG);
    if (bent.length) return { rule: spec.id, value: Math.min(...bent) };
  }
  return undefined;
}

/**
 * A reading's report once its credit, or the reading that gave it, was refuted: not in form, the
 * refuted rule failing at the bent knee seen, and its own words to fix it. The refuting model may
 * judge nothing else (a lone far knee decides no rule); the person still hears what is wrong
 * ("Keep your knees straight"), not what could not be seen.
 */
export function asRefuted(report: FrameReport, refuted: Refutation): FrameReport {
  const rule = report.rules.find((r) => r.id === refuted.rule);
  // Not a rule of this report's stretch: nothing to say it broke.
  if (!rule) return report;
  const rules = report.rules.map((r) => (r === rule ? { ...r, state: 'fail' as const, value: refuted.value } : r));
  return { ...report, rules, inForm: false, counts: false, cue: { kind: 'fix', code: rule.cue } };
}

/** Whether a reading saw exactly one knee. */
const oneKneeSeen = (report: FrameReport): boolean => (report.angles.kneeLeft === null) !== (report.angles.kneeRight === null);

/** Whether a second opinion could change anything: the reading did not credit, or is not the stretch's posture, or has an impossible leg. */
export function worthASecondOpinion(reading: Reading, stretch: StretchDefinition): boolean {
  const r = reading.report;
  return r.inForm !== true || r.posture !== stretch.posture || implausibleLegs(r.pose, reading.threshold) > 0;
}
