/**
 * Which model to use for each stretch by default, from measurements on the synthetic and real
 * fixtures (see README, "Accuracy"). The person can always override the model.
 */
import type { StretchId } from '../core/stretches/types';
import { MODELS, type ModelId } from './models';

export interface ModelSetup {
  /** Affordable on any machine: ~20-30 frames a second on two CPU cores with wasm. */
  readonly model: ModelId;
  /**
   * Better, and used when inference runs on real graphics hardware (too slow on a CPU). No stretch
   * has one now (LYING says why Thunder left); the app still re-picks once acceleration is known.
   */
  readonly accelerated?: ModelId;
}

const LIGHTNING: ModelSetup = { model: 'movenet-lightning' };
const BLAZEPOSE_FULL: ModelSetup = { model: 'blazepose-full' };
/**
 * Lying bodies, turned upright: BlazePose full on any machine. MoveNet Thunder reads the rendered
 * lying figures' angles closer (below) and was the GPU choice, but a one-leg stretch must be
 * credited to the leg that works, and which leg is toward the camera is told from the model's
 * scores (`sidedness.ts`): BlazePose's visibility tells it, MoveNet's scores mostly do not. The
 * synthetic supine clip (left leg raised) studied for the right leg: Thunder counted 12.9 s and
 * named the leg in 33 of 248 frames; BlazePose full counted 0 s and named it in 208. On the real
 * photos Thunder also credited 5 of 7 good stretches against BlazePose full's 7.
 */
const LYING: ModelSetup = BLAZEPOSE_FULL;

/**
 * Measured with `npm run accuracy` (synthetic stills and clips, side view and 30 degrees off):
 * - standing toe touch: Lightning knee/hip error 2.0/2.7 (BlazePose bends straight standing knees;
 *   Thunder counts the standing clip 10 s short);
 * - leg on a raised surface: BlazePose full 1.5/4.0 against Lightning 10/28 and Thunder 15/15;
 * - lying stretches, turned upright: Thunder has the lowest errors (lying hamstring 5.0/5.8 side,
 *   5.0/7.4 at 30 degrees, against BlazePose full's 6.0/9.0 and 15/12) and counts the supine clip's
 *   good form to 0.0 s, but runs at 9 fps on two CPU cores and cannot tell which leg is raised
 *   (LYING); BlazePose full (21 fps) counts it within 0.3 s;
 * - seated toe touch: BlazePose full judges every figure (Lightning 75%), gets more verdicts right
 *   30 degrees off side (50% against 33%) and is the only live model that sees the real forward
 *   fold's knees as straight (Lightning reads 151);
 * - chair: no model did well; Lightning is the least bad at live speed (BlazePose heavy is better
 *   on side-view figures but not on the real seated photos and runs at ~5 fps on a CPU).
 */
export const RECOMMENDED: Readonly<Record<StretchId, ModelSetup>> = {
  'seated-toe-touch': BLAZEPOSE_FULL,
  'standing-toe-touch': LIGHTNING,
  'supine-leg-extension': LYING,
  'partner-pnf': LYING,
  'elevated-leg': BLAZEPOSE_FULL,
  'lying-hamstring': LYING,
  'seated-chair': LIGHTNING,
  'doorway-wall': LYING,
};

/** The model for a stretch on this machine: the heavier one only where a GPU runs it. */
export const recommendedModel = (stretch: StretchId, accelerated: boolean): ModelId => {
  const setup = RECOMMENDED[stretch];
  return (accelerated && setup.accelerated) || setup.model;
};

/**
 * The other model family, asked for a second opinion on a still the first could not read well
 * (nobody found, a leg missing or collapsed, the wrong posture). MoveNet and BlazePose fail on
 * different pictures: on low-resolution greyscale and mirrored copies of the real photos, Thunder
 * read lying legs BlazePose lost, and BlazePose reads seated and raised-leg stills MoveNet bends.
 */
export const secondOpinionModel = (model: ModelId): ModelId => (MODELS[model].family === 'blazepose' ? 'movenet-thunder' : 'blazepose-full');

/**
 * The last opinion on a still still not read in the stretch's posture after the other family's
 * (typically a helper in view, whom a single-person model locked on): MoveNet MultiPose sees
 * everyone in the picture, and the person chooser keeps the one in the stretch's posture (the one
 * sitting with legs out, not the helper behind). On its own it judged 32% of the rendered stills,
 * so it is never the first opinion.
 */
export const PEOPLE_OPINION_MODEL: ModelId = 'movenet-multipose';
