/**
 * The coach's cues in the person's language: the one place a cue code (src/core/analysis/cues.ts)
 * becomes the sentence shown large on the coach screen and spoken by the voice.
 */
import { msg } from '@lit/localize';
import type { CueCode } from '../../core/analysis/cues';
import type { Posture } from '../../core/analysis/posture';
import type { CameraSetup, MetricId, StretchId } from '../../core/stretches/types';

export function cueWords(code: CueCode): string {
  switch (code.id) {
    case 'no-person':
      return msg("I can't see you: step back into view");
    case 'turn-side':
      return msg('Turn side-on to the camera');
    case 'bounce':
      return msg("Hold still, don't bounce");
    case 'hold':
      return msg('Good form: relax and hold');
    case 'push':
      return msg('Push gently against your partner, leg still');
    case 'use-asked-leg':
      return msg('Use the leg the stretch asks for');
    case 'posture':
      return postureWords(code.posture);
    case 'unseen':
      return unseenWords(code.metric, code.camera);
    case 'rule':
      return ruleCueWords(code.stretch, code.rule);
    case 'wrong-leg':
      return code.seen === 'left' ? msg('This is your left leg: switch to your right leg') : msg('This is your right leg: switch to your left leg');
    case 'near-leg':
      return code.side === 'left' ? msg('Turn around so your left leg is nearest the camera') : msg('Turn around so your right leg is nearest the camera');
  }
}

function postureWords(posture: Exclude<Posture, 'unknown'>): string {
  switch (posture) {
    case 'standing':
      return msg('Stand up for this stretch');
    case 'seated-floor':
      return msg('Sit on the floor with your legs straight out');
    case 'seated-chair':
      return msg('Sit on the front edge of a chair');
    case 'lying':
      return msg('Lie on your back for this stretch');
  }
}

type Part = 'stretching-leg' | 'other-leg' | 'legs' | 'hips' | 'head' | 'feet';

/** Body parts each metric needs, for "I can't see your ..." cues. */
const METRIC_PARTS: Readonly<Record<MetricId, Part>> = {
  kneeWorking: 'stretching-leg',
  kneeOther: 'other-leg',
  knees: 'legs',
  hip: 'hips',
  legRaiseWorking: 'stretching-leg',
  legRaiseOther: 'other-leg',
  legFromHorizontalWorking: 'stretching-leg',
  heelLiftWorking: 'feet',
  trunkLeanForward: 'head',
  toesFromVerticalWorking: 'feet',
  legRaiseDrift: 'stretching-leg',
};

/** "I can't see your feet: step back so your whole body is in the picture", as one sentence per part and camera. */
function unseenWords(metric: MetricId, camera: CameraSetup): string {
  const part = METRIC_PARTS[metric];
  if (camera === 'standing') {
    switch (part) {
      case 'stretching-leg':
        return msg("I can't see your stretching leg: step back so your whole body is in the picture");
      case 'other-leg':
        return msg("I can't see your other leg: step back so your whole body is in the picture");
      case 'legs':
        return msg("I can't see your legs: step back so your whole body is in the picture");
      case 'hips':
        return msg("I can't see your hips and shoulders: step back so your whole body is in the picture");
      case 'head':
        return msg("I can't see your head and shoulders: step back so your whole body is in the picture");
      case 'feet':
        return msg("I can't see your feet: step back so your whole body is in the picture");
    }
  }
  switch (part) {
    case 'stretching-leg':
      return msg("I can't see your stretching leg: put the camera low and far enough to see you from head to feet");
    case 'other-leg':
      return msg("I can't see your other leg: put the camera low and far enough to see you from head to feet");
    case 'legs':
      return msg("I can't see your legs: put the camera low and far enough to see you from head to feet");
    case 'hips':
      return msg("I can't see your hips and shoulders: put the camera low and far enough to see you from head to feet");
    case 'head':
      return msg("I can't see your head and shoulders: put the camera low and far enough to see you from head to feet");
    case 'feet':
      return msg("I can't see your feet: put the camera low and far enough to see you from head to feet");
  }
}

/** A form rule's cue when it fails: what to do, for that stretch. */
export function ruleCueWords(stretch: StretchId, rule: string): string {
  switch (`${stretch}/${rule}`) {
    case 'seated-toe-touch/knees-straight':
      return msg('Keep your knees straight');
    case 'seated-toe-touch/hip-fold':
      return msg('Fold forward from the hips');
    case 'standing-toe-touch/knees-straight':
      return msg('Straighten your knees');
    case 'standing-toe-touch/hip-fold':
      return msg('Bend further forward');
    case 'supine-leg-extension/other-knee-bent':
      return msg('Keep your other knee bent, foot on the floor');
    case 'supine-leg-extension/knee-straight':
      return msg('Straighten your raised knee');
    case 'supine-leg-extension/leg-raised':
      return msg('Raise your thigh toward vertical');
    case 'partner-pnf/knee-straight':
      return msg('Keep your raised knee straight');
    case 'partner-pnf/leg-raised':
      return msg('Let your partner raise the leg further');
    case 'partner-pnf/leg-still':
      return msg('Hold the leg where it is while you push');
    case 'elevated-leg/standing-knee-straight':
      return msg('Straighten your standing knee');
    case 'elevated-leg/knee-straight':
      return msg('Straighten the leg on the surface');
    case 'elevated-leg/leg-level':
      return msg('Rest the leg on a surface about waist high');
    case 'lying-hamstring/knee-straight':
      return msg('Straighten your knee');
    case 'lying-hamstring/leg-raised':
      return msg('Bring the leg closer to vertical');
    case 'seated-chair/knee-straight':
      return msg('Straighten your leg');
    case 'seated-chair/heel-down':
      return msg('Rest your heel on the floor');
    case 'seated-chair/trunk-tall':
      return msg('Sit up tall and lean from the hips');
    case 'seated-chair/toes-up':
      return msg('Point your toes toward the ceiling');
    case 'doorway-wall/knee-straight':
      return msg('Straighten your knee on the wall');
    case 'doorway-wall/leg-raised':
      return msg('Slide your hips closer to the wall');
  }
  // Rules shared by the lying stretches with the other leg flat.
  if (rule === 'other-knee-straight') return msg('Keep the other leg straight on the floor');
  if (rule === 'other-leg-flat') return msg('Keep the other leg flat on the floor');
  return msg('Get into position');
}
