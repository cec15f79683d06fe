/**
 * Hand-built stick figures for unit tests: joint positions from segment directions, so a test
 * states the pose it means ("knee bent 30 degrees") and the expected angles follow exactly.
 *
 * Directions are degrees in the image, 0 = up, 90 = toward the person's front, 180 = down,
 * 270 = toward their back. `facing` 1 = facing image-right; -1 mirrors the figure.
 */
import type { JointName, Keypoint, KneeReadingBias, Pose, PoseFrame, Side } from '../../src/core/pose/pose';
import type { BodyTurn } from '../../src/core/pose/body-turn';
import { ms } from '../../src/core/units';

export interface LegSpec {
  /** Direction of hip -> knee. */
  readonly thigh: number;
  /** Direction of knee -> ankle. */
  readonly shank: number;
}

export interface FigureSpec {
  readonly facing?: 1 | -1;
  readonly hip?: { x: number; y: number };
  /** Direction of hip -> shoulder. */
  readonly trunk: number;
  readonly left: LegSpec;
  readonly right: LegSpec;
  /** Image distance between left and right shoulders (and 0.6 of it between hips): 0 for a pure side view. */
  readonly spread?: number;
  /** Scores to override (default 0.9 everywhere). */
  readonly scores?: Partial<Record<JointName, number>>;
  /** Extra joints to add, e.g. feet for BlazePose-like output. */
  readonly feet?: { readonly toesUp: boolean };
  /** The body's turn from side-on as a model's 3D landmarks would give it (BlazePose). */
  readonly turn?: BodyTurn;
}

export const SEG = { trunk: 100, thigh: 90, shank: 90, arm: 70 };

const step = (from: { x: number; y: number }, dirDeg: number, len: number, facing: number) => {
  const r = (dirDeg * Math.PI) / 180;
  return { x: from.x + facing * Math.sin(r) * len, y: from.y - Math.cos(r) * len };
};

export function figure(spec: FigureSpec): Pose {
  const f = spec.facing ?? 1;
  const hipMid = spec.hip ?? { x: 320, y: 240 };
  const spread = spec.spread ?? 0;
  const kp: Partial<Record<JointName, Keypoint>> = {};
  const score = (name: JointName) => spec.scores?.[name] ?? 0.9;
  const put = (name: JointName, p: { x: number; y: number }) => {
    kp[name] = { x: p.x, y: p.y, score: score(name) };
  };
  const shoulderMid = step(hipMid, spec.trunk, SEG.trunk, f);
  // Facing right in a side view, the person's right side is toward the camera (`nearSideByLayout`); spread sets the shoulders (and hips) apart across the image.
  put('left_shoulder', { x: shoulderMid.x - spread / 2, y: shoulderMid.y });
  put('right_shoulder', { x: shoulderMid.x + spread / 2, y: shoulderMid.y });
  put('nose', step(shoulderMid, spec.trunk + 30, 30, f));
  for (const side of ['left', 'right'] as const) {
    const leg = spec[side];
    const dx = ((side === 'left' ? -1 : 1) * spread * 0.6) / 2;
    const hip = { x: hipMid.x + dx, y: hipMid.y };
    const knee = step(hip, leg.thigh, SEG.thigh, f);
    const ankle = step(knee, leg.shank, SEG.shank, f);
    put(`${side}_hip`, hip);
    put(`${side}_knee`, knee);
    put(`${side}_ankle`, ankle);
    const shoulder = side === 'left' ? kp.left_shoulder! : kp.right_shoulder!;
    put(`${side}_wrist`, step(shoulder, spec.trunk + 150, SEG.arm, f));
    if (spec.feet) {
      const heel = step(ankle, leg.shank, 10, f);
      put(`${side}_heel`, heel);
      // Toes up: the foot points at the ceiling; otherwise it carries on along the shank (pointed).
      put(`${side}_foot_index`, step(heel, spec.feet.toesUp ? 10 : leg.shank, 25, f));
    }
  }
  return { keypoints: kp, score: 0.8, ...(spec.turn ? { turn: spec.turn } : {}) };
}

export const frameOf = (tMs: number, poses: Pose[], opts: { hasFeet?: boolean; kneeReadingBias?: KneeReadingBias } = {}): PoseFrame => ({
  tMs: ms(tMs),
  width: 640,
  height: 480,
  poses,
  scoreThreshold: 0.3,
  hasFeet: opts.hasFeet ?? false,
  ...(opts.kneeReadingBias ? { kneeReadingBias: opts.kneeReadingBias } : {}),
});

/** Straight leg pointing in one direction. */
export const straight = (dir: number): LegSpec => ({ thigh: dir, shank: dir });
/** Leg whose knee is bent by `bend` degrees (knee angle = 180 - bend), thigh at `dir`. */
export const bent = (dir: number, bend: number): LegSpec => ({ thigh: dir, shank: dir + bend });

/**
 * A one-leg pose with the working leg on `side`, facing so that side is toward the camera: facing
 * image-left a person's left side is (`nearSideByLayout`), as the set-up asks for the chair and
 * raised-surface stretches.
 */
function nearest(side: Side, body: Pick<FigureSpec, 'trunk' | 'hip'>, working: LegSpec, other: LegSpec): FigureSpec {
  return side === 'left' ? { ...body, facing: -1, left: working, right: other } : { ...body, facing: 1, left: other, right: working };
}

/** Poses for each stretch in good form, the basis the fault tests bend. */
export const GOOD = {
  standingToeTouch: (): FigureSpec => ({ trunk: 125, left: straight(180), right: straight(180) }),
  standingUpright: (): FigureSpec => ({ trunk: 0, left: straight(180), right: straight(180) }),
  seatedToeTouch: (): FigureSpec => ({ trunk: 45, hip: { x: 200, y: 400 }, left: straight(90), right: straight(90) }),
  /** Lying on the back, head toward the person's back (270); one leg raised. */
  lyingOneLegRaised: (raise = 85, other: LegSpec = straight(90)): FigureSpec => ({
    trunk: 270,
    hip: { x: 300, y: 400 },
    left: straight(90 - raise),
    right: other,
  }),
  /** One leg up on a surface (`side`, default left), seen from that side: facing the way that puts it nearest the camera. */
  elevated: (side: Side = 'left'): FigureSpec => nearest(side, { trunk: 30, hip: { x: 300, y: 250 } }, straight(90), straight(180)),
  /** The chair stretch with `side` (default left) straight out, seen from that side. */
  chair: (side: Side = 'left'): FigureSpec => nearest(side, { trunk: 10, hip: { x: 250, y: 250 } }, straight(120), { thigh: 90, shank: 180 }),
};
