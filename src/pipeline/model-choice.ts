/**
 * Which model and frame preparation to use for each stretch by default, from measurements on the
 * synthetic and real fixtures (see README, "Accuracy"). The person can always override the model.
 */
import type { StretchId } from '../core/stretches/types';
import type { ModelId } from './models';

export interface ModelSetup {
  readonly model: ModelId;
  /** Turn the frame so a lying body is upright before inference. */
  readonly turnLying: boolean;
}

const DEFAULT: ModelSetup = { model: 'movenet-lightning', turnLying: true };

export const RECOMMENDED: Readonly<Record<StretchId, ModelSetup>> = {
  'seated-toe-touch': DEFAULT,
  'standing-toe-touch': DEFAULT,
  'supine-leg-extension': DEFAULT,
  'partner-pnf': DEFAULT,
  'elevated-leg': DEFAULT,
  'lying-hamstring': DEFAULT,
  'seated-chair': DEFAULT,
  'doorway-wall': DEFAULT,
};
