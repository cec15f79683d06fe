import type { Ms } from '../units';
import type { Vec2 } from '../geometry/vector';
import { bodyTurn, type BodyTurn, type WorldPoint } from './body-turn';

/** The joints FormHold reasons about, named as pose-detection names them (MoveNet and BlazePose agree). */
export const JOINT_NAMES = [
  'nose',
  'left_ear',
  'right_ear',
  'left_shoulder',
  'right_shoulder',
  'left_elbow',
  'right_elbow',
  'left_wrist',
  'right_wrist',
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
  'left_heel',
  'right_heel',
  'left_foot_index',
  'right_foot_index',
] as const;
export type JointName = (typeof JOINT_NAMES)[number];

export type Side = 'left' | 'right';
export const otherSide = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/** A joint joined to a side: `joint('left', 'knee')` is 'left_knee'. */
export type Limb = 'shoulder' | 'elbow' | 'wrist' | 'hip' | 'knee' | 'ankle' | 'heel' | 'foot_index' | 'ear';
export const joint = (side: Side, limb: Limb): JointName => `${side}_${limb}` as JointName;

/** One detected keypoint in image pixels of the analysed frame, with the model's confidence 0..1. */
export interface Keypoint extends Vec2 {
  readonly score: number;
}

/** One person as the pose model returned them; joints the model does not produce are absent. */
export interface Pose {
  readonly keypoints: Partial<Record<JointName, Keypoint>>;
  /** The model's overall score for the person, 0..1. */
  readonly score: number;
  /** How far the body is turned from side-on, where the model gives 3D landmarks (BlazePose). */
  readonly turn?: BodyTurn;
}

/** Everything the analyser needs from one frame: plain numbers, no tensors. */
export interface PoseFrame {
  readonly tMs: Ms;
  readonly width: number;
  readonly height: number;
  readonly poses: readonly Pose[];
  /** The keypoint score below which this model's points are treated as not seen. */
  readonly scoreThreshold: number;
  /** True when the model gives feet (heel, toes), so foot rules can be judged. */
  readonly hasFeet: boolean;
  /**
   * How many degrees this model reads a straight knee short of the truth, per posture (measured;
   * see the model table). The analyser adds it to knee readings; absent = no correction known.
   */
  readonly kneeReadingBias?: KneeReadingBias;
}

/** Degrees a model under-reads a straight knee, per posture it was measured in. */
export type KneeReadingBias = Readonly<Partial<Record<'standing' | 'seated-floor' | 'seated-chair' | 'lying', number>>>;

/** Converts pose-detection's keypoint list (with names) into FormHold's pose, dropping joints it does not use. */
export function poseFromNamedKeypoints(
  keypoints: ReadonlyArray<{ x: number; y: number; score?: number; name?: string }>,
  score?: number,
  world?: readonly WorldPoint[],
): Pose {
  const known = new Set<string>(JOINT_NAMES);
  const out: Partial<Record<JointName, Keypoint>> = {};
  let sum = 0;
  for (const k of keypoints) {
    const s = k.score ?? 0;
    sum += s;
    if (k.name && known.has(k.name) && Number.isFinite(k.x) && Number.isFinite(k.y)) {
      out[k.name as JointName] = { x: k.x, y: k.y, score: s };
    }
  }
  return { keypoints: out, score: score ?? (keypoints.length ? sum / keypoints.length : 0), ...(world?.length ? { turn: bodyTurn(world) } : {}) };
}

/** The keypoint if the model saw it with at least the given confidence, else undefined. */
export function seen(pose: Pose, name: JointName, threshold: number): Keypoint | undefined {
  const k = pose.keypoints[name];
  return k && k.score >= threshold ? k : undefined;
}
