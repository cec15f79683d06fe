/**
 * Which model and frame preparation to use for each stretch by default, from measurements on the
 * synthetic and real fixtures (see README, "Accuracy"). The person can always override the model.
 */
import type { StretchId } from '../core/stretches/types';
import type { ModelId } from './models';

export interface ModelSetup {
  readonly model: ModelId;
}

const LIGHTNING: ModelSetup = { model: 'movenet-lightning' };
/** BlazePose full: better knees and hips on legs off the floor and on lying bodies turned upright. */
const BLAZEPOSE_FULL: ModelSetup = { model: 'blazepose-full' };

/**
 * Measured with `npm run accuracy` (synthetic stills and clips, side view and 30 degrees off):
 * - standing toe touch: Lightning knee/hip error 2.0/2.7 (BlazePose bends straight standing knees);
 * - leg on a raised surface: BlazePose full 1.5/4.0 against Lightning 28/25;
 * - lying stretches, turned upright: BlazePose full counts the supine clip's good form within
 *   0.3 s (Lightning 1.1 s) and has lower knee error on lying stills seen from the side;
 * - seated on the floor and on a chair: no live model did well; Lightning is the least bad at
 *   live speed (BlazePose heavy is better seen from the side but runs at ~5 fps on a CPU).
 */
export const RECOMMENDED: Readonly<Record<StretchId, ModelSetup>> = {
  'seated-toe-touch': LIGHTNING,
  'standing-toe-touch': LIGHTNING,
  'supine-leg-extension': BLAZEPOSE_FULL,
  'partner-pnf': BLAZEPOSE_FULL,
  'elevated-leg': BLAZEPOSE_FULL,
  'lying-hamstring': BLAZEPOSE_FULL,
  'seated-chair': LIGHTNING,
  'doorway-wall': BLAZEPOSE_FULL,
};
