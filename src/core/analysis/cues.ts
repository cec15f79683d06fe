import type { Posture } from './posture';
import type { MetricId } from '../stretches/types';

/** What the person is told, one thing at a time. `setup` = get into frame or position; `fix` = form; `ok` = hold it. */
export interface Cue {
  readonly kind: 'setup' | 'fix' | 'ok';
  readonly text: string;
}

export const CUE_NO_PERSON: Cue = { kind: 'setup', text: "I can't see you: step back into view" };
export const CUE_TURN_SIDE: Cue = { kind: 'setup', text: 'Turn side-on to the camera' };
export const CUE_BOUNCE: Cue = { kind: 'fix', text: "Hold still, don't bounce" };
export const CUE_HOLD: Cue = { kind: 'ok', text: 'Good form: relax and hold' };
export const CUE_PUSH: Cue = { kind: 'ok', text: 'Push gently against your partner, leg still' };

export const CUE_POSTURE: Readonly<Record<Exclude<Posture, 'unknown'>, Cue>> = {
  standing: { kind: 'setup', text: 'Stand up for this stretch' },
  'seated-floor': { kind: 'setup', text: 'Sit on the floor with your legs straight out' },
  'seated-chair': { kind: 'setup', text: 'Sit on the front edge of a chair' },
  lying: { kind: 'setup', text: 'Lie on your back for this stretch' },
};

/** Body parts each metric needs, in plain words, for "I can't see your ..." cues. */
const METRIC_PARTS: Readonly<Record<MetricId, string>> = {
  kneeWorking: 'stretching leg',
  kneeOther: 'other leg',
  knees: 'legs',
  hip: 'hips and shoulders',
  legRaiseWorking: 'stretching leg',
  legRaiseOther: 'other leg',
  legFromHorizontalWorking: 'stretching leg',
  heelLiftWorking: 'feet',
  trunkLeanForward: 'head and shoulders',
  toesFromVerticalWorking: 'feet',
  legRaiseDrift: 'stretching leg',
};

export function cueUnseen(metric: MetricId, camera: 'standing' | 'floor' | 'chair'): Cue {
  const where = camera === 'standing' ? 'step back so your whole body is in the picture' : 'put the camera low and far enough to see you from head to feet';
  return { kind: 'setup', text: `I can't see your ${METRIC_PARTS[metric]}: ${where}` };
}
