/**
 * The stretches' names and one-line summaries in the person's language, by stretch id (and
 * variation). The catalogue (src/core/stretches/catalog.ts) holds the numbers and rules; every
 * screen names a stretch through here, so a name is translated once.
 */
import { msg, str } from '@lit/localize';
import { STRETCHES } from '../../core/stretches/catalog';
import type { Side } from '../../core/pose/pose';
import type { StretchId } from '../../core/stretches/types';

/** A stretch's own name, without its variation: "Lying hamstring stretch". */
export function stretchBaseName(id: StretchId): string {
  switch (id) {
    case 'seated-toe-touch':
      return msg('Seated toe touch');
    case 'standing-toe-touch':
      return msg('Standing toe touch');
    case 'supine-leg-extension':
      return msg('Lying leg straightening (supine stretch)');
    case 'partner-pnf':
      return msg('Partner stretch: push, then relax (PNF)');
    case 'elevated-leg':
      return msg('Leg on a raised surface');
    case 'lying-hamstring':
      return msg('Lying hamstring stretch');
    case 'seated-chair':
      return msg('Seated chair stretch');
    case 'doorway-wall':
      return msg('Doorway or wall stretch');
  }
}

/** A stretch's name as a step of a plan: with its variation, "Standing toe touch, feet crossed". */
export function stretchName(id: StretchId, variation?: string | null): string {
  if (id === 'standing-toe-touch' && variation === 'feet-together') return msg('Standing toe touch, feet together');
  if (id === 'standing-toe-touch' && variation === 'feet-crossed') return msg('Standing toe touch, feet crossed');
  return stretchBaseName(id);
}

/** One sentence on how the stretch is done, shown under its name. */
export function stretchSummary(id: StretchId, variation?: string | null): string {
  switch (id) {
    case 'seated-toe-touch':
      return msg('Sit on the floor, legs together and straight, and fold forward from the hips toward your toes.');
    case 'standing-toe-touch':
      return variation === 'feet-crossed'
        ? msg('Stand with one foot crossed over the other, knees straight, and bend forward toward your toes.')
        : msg('Stand with your feet together, knees straight, and bend forward toward your toes.');
    case 'supine-leg-extension':
      return msg('Lie on your back, one foot on the floor. Hold the other thigh and straighten that knee until the sole faces the ceiling.');
    case 'partner-pnf':
      return msg('Lie on your back. Your partner lifts one straight leg until you feel the stretch; hold, then push against their hand without lowering the leg.');
    case 'elevated-leg':
      return msg('Stand on one leg with the other straight out on a surface about waist high, and reach toward the toes.');
    case 'lying-hamstring':
      return msg('Lie on your back, other leg flat. Bring one knee to your chest, then straighten it and push the sole toward the ceiling.');
    case 'seated-chair':
      return msg('Sit on the edge of a chair, one leg straight out with the heel down and toes up. Sit tall and lean forward from the hips.');
    case 'doorway-wall':
      return msg('Lie on your back in a doorway, one leg up the wall, the other flat on the floor. Work toward a straight, vertical leg.');
  }
}

/** The angle a stretch records as progress, as a column heading: "Best leg raise". */
export function bestKeyAngleWords(id: StretchId): string {
  switch (keyAngleOf(id)) {
    case 'hip':
      return msg('Best hip angle');
    case 'knee':
      return msg('Best knee angle');
    case 'leg':
      return msg('Best leg raise');
  }
}

export function medianKeyAngleWords(id: StretchId): string {
  switch (keyAngleOf(id)) {
    case 'hip':
      return msg('Median hip angle');
    case 'knee':
      return msg('Median knee angle');
    case 'leg':
      return msg('Median leg raise');
  }
}

/** "Target leg raise: 70° or more." */
export function keyTargetWords(id: StretchId, deg: number, atLeast: boolean): string {
  switch (keyAngleOf(id)) {
    case 'hip':
      return atLeast ? msg(str`Target hip angle: ${deg}° or more.`) : msg(str`Target hip angle: ${deg}° or less.`);
    case 'knee':
      return atLeast ? msg(str`Target knee angle: ${deg}° or more.`) : msg(str`Target knee angle: ${deg}° or less.`);
    case 'leg':
      return atLeast ? msg(str`Target leg raise: ${deg}° or more.`) : msg(str`Target leg raise: ${deg}° or less.`);
  }
}

/** Which angle the catalogue records as the stretch's progress. */
function keyAngleOf(id: StretchId): 'hip' | 'knee' | 'leg' {
  const metric = STRETCHES[id].keyAngle.metric;
  return metric === 'kneeWorking' ? 'knee' : metric === 'legRaiseWorking' ? 'leg' : 'hip';
}

/** "Right leg", "Left leg", "Both legs": a side on its own, as a label. */
export function sideLabel(side: Side | 'both' | null): string {
  if (side === 'left') return msg('Left leg');
  if (side === 'right') return msg('Right leg');
  return msg('Both legs');
}

/** The angle a stretch records as progress, as a noun for labels: "hip angle". */
export function keyAngleLabel(id: StretchId): string {
  switch (keyAngleOf(id)) {
    case 'hip':
      return msg('hip angle');
    case 'knee':
      return msg('knee angle');
    case 'leg':
      return msg('leg raise');
  }
}

/** A variation's short label, as in a list of steps: "feet crossed". */
export function variationLabel(variation: string): string {
  if (variation === 'feet-together') return msg('feet together');
  if (variation === 'feet-crossed') return msg('feet crossed');
  return variation;
}
