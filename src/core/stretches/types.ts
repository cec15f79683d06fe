import type { Posture } from '../analysis/posture';

export const STRETCH_IDS = [
  'seated-toe-touch',
  'standing-toe-touch',
  'supine-leg-extension',
  'partner-pnf',
  'elevated-leg',
  'lying-hamstring',
  'seated-chair',
  'doorway-wall',
] as const;
export type StretchId = (typeof STRETCH_IDS)[number];

export const isStretchId = (value: string): value is StretchId => (STRETCH_IDS as readonly string[]).includes(value);

/**
 * Numbers a form rule reads off a frame. "working" is the leg being stretched, "other" the
 * opposite one; "knees" is the straighter-judged worst of the seen knees (both-leg stretches).
 */
export type MetricId =
  | 'kneeWorking'
  | 'kneeOther'
  | 'knees'
  | 'hip'
  | 'legRaiseWorking'
  | 'legRaiseOther'
  | 'legFromHorizontalWorking'
  | 'heelLiftWorking'
  | 'trunkLeanForward'
  | 'toesFromVerticalWorking'
  | 'legRaiseDrift';

/**
 * A form rule: a metric compared with named thresholds of the stretch. `optional` rules are
 * judged when their keypoints are seen but never block the count when they are not (a MoveNet
 * model has no feet, so "toes up" is unknown there by design).
 */
export interface RuleSpec {
  readonly id: string;
  readonly metric: MetricId;
  /** Names of thresholds in the stretch's `thresholds`: pass when value >= min and <= max. */
  readonly min?: string;
  readonly max?: string;
  readonly optional?: boolean;
  /** Hysteresis margin for this rule, replacing the default (degrees), for rules whose tolerance is itself small. */
  readonly margin?: number;
  /** Only during the push phase of the partner stretch. */
  readonly phase?: 'push';
}

export type CameraSetup = 'standing' | 'floor' | 'chair';
export type WorkingLeg = 'raised' | 'horizontal' | 'forward';

/** A way of doing a stretch that is counted as its own step (the standing toe touch with the feet crossed). */
export interface StretchVariation {
  readonly id: string;
  /** Said after the stretch's name: "feet crossed". */
  readonly label: string;
  readonly summary: string;
}

export interface StretchDefinition {
  readonly id: StretchId;
  readonly name: string;
  readonly summary: string;
  readonly posture: Exclude<Posture, 'unknown'>;
  /** How the working leg is told from the other one; undefined for two-leg stretches. */
  readonly workingLeg: WorkingLeg | undefined;
  /** The article's hold, or 30 s where it gives none. */
  readonly holdMs: number;
  readonly reps: number;
  readonly restMs: number;
  readonly camera: CameraSetup;
  /**
   * The working leg must be the one nearer the camera: as the far leg it lies behind the other one
   * (a chair sitter's straight leg behind the bent one's shin, a raised leg behind the standing one),
   * and the models misread it (see `askedLegFar` in form-analyzer.ts).
   */
  readonly workingLegNear?: true;
  /** Defaults; every one can be overridden (a clinician's prescription) and is validated. Degrees unless named otherwise. */
  readonly thresholds: Readonly<Record<string, number>>;
  readonly rules: readonly RuleSpec[];
  /** The angle recorded as progress, and which direction is better. */
  readonly keyAngle: { readonly metric: MetricId; readonly better: 'higher' | 'lower'; readonly label: string };
  /** Whether the hands reach toward the feet, so "reach" is a progress figure worth showing. */
  readonly reaches: boolean;
  /** Two-phase partner hold (relaxed hold, then push without lowering the leg). */
  readonly pnf?: { readonly holdMs: number; readonly pushMs: number };
  /** Ways of doing it, each done and counted as its own step of a plan, in this order. */
  readonly variations?: readonly StretchVariation[];
  /** The variation a plan step does (set by the plan, never in the catalogue). */
  readonly variation?: StretchVariation;
  /** The doorway stretch's target leg raise that rises with progress. */
  readonly progression?: { readonly startDeg: number; readonly stepDeg: number; readonly maxDeg: number };
}
