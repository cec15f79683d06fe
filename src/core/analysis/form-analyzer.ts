import { legsSwapped } from '../pose/leg-swap';
import { PoseSmoother } from '../pose/pose-smoother';
import { choosePerson, type PersonTrack } from '../pose/choose-person';
import { otherSide, type Pose, type PoseFrame, type Side } from '../pose/pose';
import type { MetricId, RuleSpec, StretchDefinition } from '../stretches/types';
import { bodyAngles, legOf, type BodyAngles } from './angles';
import { BounceWindow } from './bounce-window';
import { LEGS_HISTORY_MS, legsConvergence, type Convergence, type LegsSample } from './merged-legs';
import { SideEvidence } from './side-evidence';
import { bodyFromPose, type Body } from './body';
import { CUE_BOUNCE, CUE_HOLD, CUE_NO_PERSON, CUE_PUSH, CUE_TURN_SIDE, cueNearLeg, cuePosture, cueUnseen, type Cue, type CueCode } from './cues';
import { computeMetrics, KNEE_METRICS, type Metrics } from './metrics';
import { calibrateKnees } from './calibration';
import { kneesBentAnyView, type BentAnyView } from './bent-any-view';
import { anatomicalSide, nearLabelByScores, nearSideLegsForward } from './sidedness';
import { classifyPosture, postureTellsTurned, type Posture } from './posture';
import { classifyView, type View } from './view';
import { chooseWorkingLeg } from './working-leg';

export type RuleState = 'pass' | 'fail' | 'unknown';

export interface RuleReport {
  readonly id: string;
  readonly state: RuleState;
  /** The measured value, whole units where shown to people; null when unknown. */
  readonly value: number | null;
  /** What to say when the rule fails (words in src/ui/words/cue-words.ts). */
  readonly cue: CueCode;
  readonly metric: MetricId | 'posture';
}

/** Angles reported per side of the person, in degrees, null when not seen. */
export interface ReportedAngles {
  readonly kneeLeft: number | null;
  readonly kneeRight: number | null;
  readonly hipLeft: number | null;
  readonly hipRight: number | null;
  readonly legRaiseLeft: number | null;
  readonly legRaiseRight: number | null;
  readonly trunkLean: number | null;
  readonly trunkLeanForward: number | null;
  readonly reach: number | null;
  readonly toesFromVertical: number | null;
}

export interface FrameReport {
  readonly tMs: number;
  /** 'none' = nobody in view; 'partial' = someone, but not every joint the rules need. */
  readonly tracking: 'ok' | 'partial' | 'none';
  readonly people: number;
  readonly posture: Posture;
  readonly view: View;
  /** The working leg (one-leg stretches), as the session names it, or with no side asked as the side evidence settles it; null for two-leg stretches or not yet known. */
  readonly side: Side | null;
  /** The chosen person, smoothed, in frame pixels (for the overlay); which model labels are the working leg. */
  readonly pose: Pose | undefined;
  readonly workingLabel: Side | null;
  readonly angles: ReportedAngles;
  readonly metrics: Metrics;
  readonly rules: readonly RuleReport[];
  readonly bouncing: boolean;
  /** true: every rule passes; false: some rule fails; null: cannot judge (something unseen). */
  readonly inForm: boolean | null;
  /** Whether this frame's time counts toward the hold. */
  readonly counts: boolean;
  readonly keyAngle: number | null;
  readonly cue: Cue;
}

/** What the session tells the analyser about the moment: phase of the partner stretch, targets, side. */
export interface AnalysisContext {
  /** The leg the session asks to stretch, for one-leg stretches. */
  readonly side?: Side;
  readonly phase?: 'hold' | 'push';
  readonly pushReferenceRaise?: number;
  /** The doorway stretch's current target leg raise, replacing legRaiseMin. */
  readonly legRaiseTarget?: number;
}

export interface AnalyzerSettings {
  /** A passing rule keeps passing until it is this much worse than its threshold (degrees). */
  readonly hysteresisDeg: number;
  /** The key angle moving more than this within `bounceWindowMs` while in position is a bounce (beyond the readings' jitter: bounce.ts). */
  readonly bounceDeg: number;
  readonly bounceWindowMs: number;
  readonly smoothing: boolean;
}

export const DEFAULT_ANALYZER_SETTINGS: AnalyzerSettings = {
  hysteresisDeg: 5,
  bounceDeg: 8,
  bounceWindowMs: 1000,
  smoothing: true,
};

/** Hysteresis margin for metrics that are ratios rather than degrees. */
const RATIO_METRICS: ReadonlySet<MetricId> = new Set(['heelLiftWorking']);
const RATIO_MARGIN = 0.05;
/** A swap is only looked for against a frame at most this old. */
const SWAP_GAP_MS = 1000;

const round = (v: number | undefined): number | null => (v === undefined ? null : Math.round(v));
const round2 = (v: number | undefined): number | null => (v === undefined ? null : Math.round(v * 100) / 100);

const NOT_BENT: BentAnyView = {};

/**
 * The knee angle that breaks a knee-straight rule from any view (`bent-any-view.ts`), if any. For
 * both knees, either knee bent does; for one leg, the working one or the other, both knees must be
 * bent, since which leg works cannot be told where the angles cannot be judged. The straighter of
 * the bent knees is reported then.
 */
function bentAnyViewValue(rule: RuleSpec, bent: BentAnyView): number | undefined {
  if (rule.min === undefined || !KNEE_METRICS.has(rule.metric)) return undefined;
  const knees = [bent.left, bent.right].filter((k): k is number => k !== undefined);
  if (rule.metric === 'knees') return knees.length ? Math.min(...knees) : undefined;
  return knees.length === 2 ? Math.max(...knees) : undefined;
}

/**
 * Turns a stream of timestamped poses into frame reports for one stretch. Pure logic (no DOM, no
 * tfjs); it keeps only what judging a stream needs: the tracked person, filters, rule hysteresis,
 * the working leg and a one-second window of the key angle.
 */
export class FormAnalyzer {
  private track: PersonTrack | undefined;
  private readonly smoother = new PoseSmoother();
  private readonly passing = new Map<string, boolean>();
  private workingLabel: Side | undefined;
  private readonly bounce: BounceWindow;
  /** Both legs' recent raise readings, for one-leg lying stretches (`merged-legs.ts`). */
  private legsWindow: LegsSample[] = [];
  private readonly sideEvidence = new SideEvidence();
  /** The model's last pose of the tracked person, unsmoothed, to see its legs' labels swap. */
  private lastRaw: { pose: Pose; tMs: number } | undefined;
  /** The view on the last frame with a person: a side view is kept through readings' jitter. */
  private lastView: View | undefined;
  private lastTMs = -Infinity;

  constructor(
    readonly stretch: StretchDefinition,
    private readonly settings: AnalyzerSettings = DEFAULT_ANALYZER_SETTINGS,
  ) {
    this.bounce = new BounceWindow(settings.bounceDeg, settings.bounceWindowMs);
  }

  /** Forget everything about the stream (a new file, a new person, a new rep on the other side). */
  reset(): void {
    this.track = undefined;
    this.smoother.reset();
    this.passing.clear();
    this.workingLabel = undefined;
    this.bounce.clear();
    this.legsWindow = [];
    this.sideEvidence.clear();
    this.lastRaw = undefined;
    this.lastView = undefined;
    this.lastTMs = -Infinity;
  }

  analyze(frame: PoseFrame, context: AnalysisContext = {}): FrameReport {
    if (frame.tMs <= this.lastTMs) this.reset();
    this.lastTMs = frame.tMs;
    const choice = choosePerson(frame.poses, this.track, frame, {
      threshold: frame.scoreThreshold,
      preferLying: this.stretch.posture === 'lying',
      inPosture: (p) => {
        const b = bodyFromPose(p, frame.scoreThreshold);
        return classifyPosture(b, bodyAngles(b), this.stretch.posture) === this.stretch.posture;
      },
    });
    this.track = choice.track;
    if (!choice.pose) return this.emptyReport(frame, choice.candidates);

    const swapped = this.noteLegSwap(choice.pose, frame);
    const pose = this.settings.smoothing
      ? this.smoother.smooth(choice.pose, frame.tMs, frame.height, frame.scoreThreshold, swapped)
      : choice.pose;
    const body = bodyFromPose(pose, frame.scoreThreshold);
    const measured = bodyAngles(body);
    const posture = classifyPosture(body, measured, this.stretch.posture);
    const angles = calibrateKnees(measured, posture, frame.kneeReadingBias);
    const view = classifyView(body, this.lastView, pose.turn);
    this.lastView = view;

    const role = this.stretch.workingLeg;
    const working = role ? chooseWorkingLeg(role, angles, this.workingLabel) : undefined;
    if (working) this.workingLabel = working;

    const metrics = computeMetrics(body, angles, working, context.phase === 'push' ? context.pushReferenceRaise : undefined, nearLabelByScores(pose));
    // Side-on the angles themselves are judged: the bent-knee evidence is only looked for otherwise.
    const bent = view === 'side' ? NOT_BENT : kneesBentAnyView(body, angles);
    const legs = this.legsConvergence(frame.tMs, metrics);
    const farLeg = this.askedLegFar(body, posture, view, context);
    const rules = this.judge(metrics, posture, view, context, (role !== undefined && working === undefined) || farLeg !== undefined, bent, legs === 'blended');
    const sideKnown = working && this.sideEvidence.heard(frame.tMs);
    const { wrongLeg, doubt, settled } = this.sideEvidence.check(frame.tMs, context.side, sideKnown ? anatomicalSide(working, pose, body, posture) : undefined);
    // The working leg is reported under the session's side; with none asked, under the side the
    // evidence settled on, never the model's label (BlazePose named a raised right leg "left" in 2
    // frames of 3): a leg the evidence does not name yet is no side's.
    const reportedSide: Side | null = role ? (context.side ?? settled ?? null) : null;
    if (wrongLeg && context.side) rules.splice(1, 0, { id: 'working-side', metric: 'posture', state: 'fail', value: null, cue: { id: 'wrong-leg', seen: wrongLeg, want: context.side } });
    const required = rules.filter((r) => !this.isOptional(r.id));
    const inForm = required.some((r) => r.state === 'fail') ? false : required.every((r) => r.state === 'pass') ? true : null;

    const key = metrics[this.stretch.keyAngle.metric];
    // The key angle is watched while every other rule holds, whether its own rule passes or not: a
    // bounce that dips past the key threshold for a moment is still a bounce when it comes back (the
    // spec's 1 s window, as in the clips' truth). Another rule breaking (a knee bends) is a new
    // start: the window is forgotten.
    const keyMetric = this.stretch.keyAngle.metric;
    const positioned = required.every((r) => r.state === 'pass' || r.metric === keyMetric);
    // A blended frame judges no rule, so it is not positioned and forgets the window (bounce-window.ts).
    const bouncing = this.bounce.add(frame.tMs, positioned ? key : undefined, legs === 'blended' ? 'none' : legs);
    // While the evidence so far says "the other leg" but has not lasted long enough to say so, the
    // hold does not count either: the wrong leg never earns a moment of the other side's time.
    const counts = inForm === true && !bouncing && !doubt;

    const cue = this.chooseCue(rules, posture, view, bouncing, counts, context, body, farLeg);
    const tracking = rules.some((r) => r.state === 'unknown' && !this.isOptional(r.id)) ? 'partial' : 'ok';
    return {
      tMs: frame.tMs,
      tracking,
      people: choice.candidates,
      posture,
      view,
      side: reportedSide,
      pose,
      workingLabel: working ?? null,
      angles: this.reportAngles(angles, working, reportedSide),
      metrics,
      rules,
      bouncing,
      inForm,
      counts,
      keyAngle: round(key),
      cue,
    };
  }

  /**
   * Whether the model named the legs the other way round from its last frame. The side evidence then
   * starts afresh, and when the model keeps swapping them its sides are no evidence for a while. A
   * frame with nobody in between does not stop the comparison: a model that loses a person for a
   * frame often finds them again with the legs' labels swapped, and the filters must follow the legs.
   */
  private noteLegSwap(raw: Pose, frame: PoseFrame): boolean {
    const last = this.lastRaw;
    this.lastRaw = { pose: raw, tMs: frame.tMs };
    if (!last || frame.tMs - last.tMs > SWAP_GAP_MS || !legsSwapped(last.pose, raw, frame.scoreThreshold)) return false;
    this.sideEvidence.noteSwap(frame.tMs);
    return true;
  }

  /**
   * Whether the session asks for the leg away from the camera, on a stretch whose working leg must
   * be the near one (`workingLegNear`): seen from the side, which way the person faces, by the head
   * and the legs together, tells which of their sides is toward the camera (`nearSideLegsForward`),
   * whatever the model's labels.
   * Measured on rendered figures with the working leg far: good chair stretches were told to
   * straighten a straight leg (5 of 6 side-on and 30 degrees off), and a bent standing knee behind a
   * raised leg was credited. Such a leg is not judged; the person is asked to turn round.
   * Returns the asked side when it is the far one.
   */
  private askedLegFar(body: Body, posture: Posture, view: View, context: AnalysisContext): Side | undefined {
    const side = context.side;
    if (!this.stretch.workingLegNear || !side || view !== 'side' || posture !== this.stretch.posture) return undefined;
    return nearSideLegsForward(body) === otherSide(side) ? side : undefined;
  }

  private isOptional(ruleId: string): boolean {
    return this.stretch.rules.find((r) => r.id === ruleId)?.optional === true;
  }

  /** `legsBlended`: the model drew the legs blended into each other (`merged-legs.ts`): no rule is judged on the frame. */
  private judge(metrics: Metrics, posture: Posture, view: View, context: AnalysisContext, workingUnseen: boolean, bent: BentAnyView, legsBlended: boolean): RuleReport[] {
    // Out of a side view, standing, seated on a chair and on the floor are misread for each other: not a failure, unknown.
    const postureKnown = posture !== 'unknown' && (view === 'side' || postureTellsTurned(posture, this.stretch.posture));
    const postureState: RuleState = !postureKnown ? 'unknown' : posture === this.stretch.posture ? 'pass' : 'fail';
    const reports: RuleReport[] = [
      { id: 'posture', metric: 'posture', state: postureState, value: null, cue: cuePosture(this.stretch.posture).code },
    ];
    // Sagittal angles are only trustworthy from the side: from the front every angle rule is unknown.
    const sagittalTrusted = view === 'side';
    const otherPosture = posture !== 'unknown' && posture !== this.stretch.posture;
    for (const rule of this.stretch.rules) {
      if (rule.phase === 'push' && context.phase !== 'push') continue;
      let value = metrics[rule.metric];
      let state: RuleState = 'unknown';
      if (value !== undefined && sagittalTrusted && !workingUnseen && !legsBlended) state = this.test(rule, value, context);
      else if (!sagittalTrusted && !otherPosture) {
        // Out of a side view, a knee plainly bent in any view still breaks a knee-straight rule,
        // unless the body is read in another posture: such a reading is no witness of its knees (60
        // degrees off side, a good seated fold read as a chair sitter with a knee at 17). (In a side
        // view an unjudged knee is unseen, or a lone far knee the model guessed: no evidence.)
        value = bentAnyViewValue(rule, bent);
        if (value !== undefined) state = 'fail';
      }
      // An unseen frame keeps the rule's last verdict for hysteresis: a dropout is not a failure.
      if (state !== 'unknown') this.passing.set(rule.id, state === 'pass');
      reports.push({ id: rule.id, metric: rule.metric, state, value: state === 'unknown' ? null : RATIO_METRICS.has(rule.metric) ? round2(value) : round(value), cue: { id: 'rule', stretch: this.stretch.id, rule: rule.id } });
    }
    return reports;
  }

  private threshold(name: string | undefined, context: AnalysisContext): number | undefined {
    if (name === undefined) return undefined;
    if (name === 'legRaiseMin' && context.legRaiseTarget !== undefined) return context.legRaiseTarget;
    return this.stretch.thresholds[name];
  }

  /** Compare with hysteresis: once passing, a rule fails only when worse than its threshold by the margin. */
  private test(rule: RuleSpec, value: number, context: AnalysisContext): RuleState {
    const fullMargin = rule.margin ?? (RATIO_METRICS.has(rule.metric) ? RATIO_MARGIN : this.settings.hysteresisDeg);
    const margin = this.passing.get(rule.id) ? fullMargin : 0;
    const min = this.threshold(rule.min, context);
    const max = this.threshold(rule.max, context);
    if (min !== undefined && value < min - margin) return 'fail';
    if (max !== undefined && value > max + margin) return 'fail';
    return 'pass';
  }

  /**
   * How this frame's legs read against their recent readings (`merged-legs.ts`), for one-leg
   * stretches whose key angle is the leg raise; 'none' otherwise.
   */
  private legsConvergence(tMs: number, metrics: Metrics): Convergence {
    const [raised, flat] = [metrics.legRaiseWorking, metrics.legRaiseOther];
    if (this.stretch.keyAngle.metric !== 'legRaiseWorking' || raised === undefined || flat === undefined) return 'none';
    const now = { tMs, raised, flat };
    const seen = legsConvergence(this.legsWindow, now);
    this.legsWindow = [...this.legsWindow.filter((s) => s.tMs >= tMs - LEGS_HISTORY_MS), now];
    return seen;
  }

  private chooseCue(rules: readonly RuleReport[], posture: Posture, view: View, bouncing: boolean, counts: boolean, context: AnalysisContext, body: Body, farLeg: Side | undefined): Cue {
    const camera = this.stretch.camera;
    const postureRule = rules[0];
    const trunkSeen = !!(body.shoulderMid && body.hipMid);
    // Posture unknown: say what is missing (the trunk, or the legs), never blame the wrong part.
    // Turned toward the camera with the trunk and a knee in view, the feet are in the picture but
    // the models lose them (rendered figures 60 degrees off side: 6 of 8 not judged for unseen legs
    // read so), and turning side-on is what brings them back, not moving the camera.
    if (posture === 'unknown') return view === 'front' && trunkSeen && (body.left.knee || body.right.knee) ? CUE_TURN_SIDE : cueUnseen(trunkSeen ? 'knees' : 'hip', camera);
    if (postureRule?.state === 'fail') return cuePosture(this.stretch.posture);
    // Facing the camera, a knee seen plainly bent is the fix to make first; then turning side-on.
    if (view === 'front') {
      const bentKnee = rules.find((r) => r.state === 'fail' && r.metric !== 'posture');
      return bentKnee ? { kind: 'fix', code: bentKnee.cue } : CUE_TURN_SIDE;
    }
    // The asked leg away from the camera: the wrong leg first, if it is the one worked, then turning round.
    if (farLeg) {
      const wrongLeg = rules.find((r) => r.id === 'working-side' && r.state === 'fail');
      return wrongLeg ? { kind: 'fix', code: wrongLeg.cue } : cueNearLeg(farLeg);
    }
    const unseen = rules.find((r) => r.state === 'unknown' && r.metric !== 'posture' && !this.isOptional(r.id));
    if (unseen && unseen.metric !== 'posture') return cueUnseen(unseen.metric, camera);
    const failed = rules.find((r) => r.state === 'fail');
    if (failed) return { kind: 'fix', code: failed.cue };
    if (bouncing) return CUE_BOUNCE;
    if (counts && context.phase === 'push') return CUE_PUSH;
    return CUE_HOLD;
  }

  /** Per-side angles; for one-leg stretches the working leg is reported under the session's side. */
  private reportAngles(angles: BodyAngles, working: Side | undefined, reportedSide: Side | null): ReportedAngles {
    let left = angles.left;
    let right = angles.right;
    if (working && reportedSide && working !== reportedSide) {
      left = angles.right;
      right = angles.left;
    }
    const w = working ? legOf(angles, working) : undefined;
    const reaches = [angles.left.reach, angles.right.reach].filter((r): r is number => r !== undefined);
    const reach = w ? w.reach : reaches.length ? Math.min(...reaches) : undefined;
    return {
      kneeLeft: round(left.knee),
      kneeRight: round(right.knee),
      hipLeft: round(left.hip),
      hipRight: round(right.hip),
      legRaiseLeft: round(left.legRaise),
      legRaiseRight: round(right.legRaise),
      trunkLean: round(angles.trunkLean),
      trunkLeanForward: round(angles.trunkLeanForward),
      reach: round2(reach),
      toesFromVertical: round(w?.toesFromVertical),
    };
  }

  private emptyReport(frame: PoseFrame, people: number): FrameReport {
    this.bounce.clear();
    this.legsWindow = [];
    const nulls: ReportedAngles = {
      kneeLeft: null, kneeRight: null, hipLeft: null, hipRight: null, legRaiseLeft: null,
      legRaiseRight: null, trunkLean: null, trunkLeanForward: null, reach: null, toesFromVertical: null,
    };
    return {
      tMs: frame.tMs,
      tracking: 'none',
      people,
      posture: 'unknown',
      view: 'unknown',
      side: null,
      pose: undefined,
      workingLabel: null,
      angles: nulls,
      metrics: {},
      rules: [
        { id: 'posture', metric: 'posture', state: 'unknown', value: null, cue: cuePosture(this.stretch.posture).code },
        ...this.stretch.rules.filter((r) => r.phase === undefined).map((r) => ({ id: r.id, metric: r.metric, state: 'unknown' as const, value: null, cue: { id: 'rule' as const, stretch: this.stretch.id, rule: r.id } })),
      ],
      bouncing: false,
      inForm: null,
      counts: false,
      keyAngle: null,
      cue: CUE_NO_PERSON,
    };
  }
}

