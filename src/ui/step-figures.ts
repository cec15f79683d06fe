/**
 * One stick figure per instruction step (src/ui/words/instruction-words.ts), built from the same
 * segment directions as the chooser's figures (0 = up, 90 = forward, 180 = down, 270 = back). The
 * last step of each stretch is the held position, the chooser's own figure.
 */
import { svg } from 'lit';
import type { StretchId } from '../core/stretches/types';
import { FIGURES, stick, type Stick } from './figures';

const lying = (legs: Stick['legs'], arm = 90, prop?: Stick['prop']): Stick => ({ hip: [55, 86], trunk: 270, legs, arm, ground: 90, ...(prop ? { prop } : {}) });

const STEP_POSES: Readonly<Record<StretchId, readonly Stick[]>> = {
  'standing-toe-touch': [
    { hip: [50, 52], trunk: 0, legs: [[180, 180]], arm: 180, ground: 96 },
    FIGURES['standing-toe-touch'],
    { hip: [50, 52], trunk: 70, legs: [[180, 180]], arm: 170, ground: 96 },
  ],
  'seated-toe-touch': [{ hip: [30, 88], trunk: 0, legs: [[90, 90]], arm: 150, ground: 92 }, FIGURES['seated-toe-touch']],
  'supine-leg-extension': [lying([[40, 140], [40, 140]]), lying([[40, 140], [10, 110]], 20), FIGURES['supine-leg-extension']],
  'partner-pnf': [lying([[90, 90], [90, 90]]), FIGURES['partner-pnf'], FIGURES['partner-pnf'], lying([[10, 10], [90, 90]], 100)],
  'elevated-leg': [
    { hip: [40, 50], trunk: 0, legs: [[180, 180]], arm: 180, ground: 96, prop: 'box' },
    { hip: [40, 50], trunk: 0, legs: [[180, 180], [90, 90]], arm: 170, ground: 96, prop: 'box' },
    FIGURES['elevated-leg'],
  ],
  'lying-hamstring': [lying([[90, 90], [90, 90]]), lying([[5, 5], [340, 90]], 10), FIGURES['lying-hamstring']],
  'seated-chair': [
    { hip: [35, 60], trunk: 0, legs: [[90, 180]], arm: 160, ground: 96, prop: 'chair' },
    { hip: [35, 60], trunk: 0, legs: [[120, 120], [90, 180]], arm: 160, ground: 96, prop: 'chair' },
    FIGURES['seated-chair'],
  ],
  'doorway-wall': [lying([[90, 90], [90, 90]], 90, 'wall'), lying([[90, 90], [20, 20]], 90, 'wall'), FIGURES['doorway-wall']],
};

/** The picture for step `index` of a stretch's instructions (the held position past the last). */
export function stepFigure(id: StretchId, index: number) {
  const poses = STEP_POSES[id];
  const pose = poses[Math.min(index, poses.length - 1)] ?? FIGURES[id];
  return svg`<svg viewBox="0 0 100 100" role="img" aria-hidden="true" class="figure">${stick(pose)}</svg>`;
}

/** How many pictures a stretch has: one per step (checked by a unit test against the words). */
export const stepPoseCount = (id: StretchId) => STEP_POSES[id].length;
