/** The set-up screen's check line in the person's language, from the core's readiness code. */
import { msg } from '@lit/localize';
import type { Readiness, ReadinessCheck, ReadinessCode } from '../../core/analysis/readiness';
import { countStoppedWords } from './session-words';

export function readinessWords(code: ReadinessCode): string {
  switch (code.id) {
    case 'looking':
      return msg('Looking for you in the picture…');
    case 'step-in':
      return code.low ? msg('Lie or sit where the camera can see you, side-on') : msg('Step into view, side-on to the camera');
    case 'show-feet':
      return code.low ? msg('Move the camera back or lower so your feet are in the picture') : msg('Step back so your feet are in the picture');
    case 'show-head':
      return msg('Move so your head and shoulders are in the picture');
    case 'turn-side':
      return msg('Turn side-on to the camera');
    case 'ready':
      return msg('Good, I can see you. Get into the stretch.');
    case 'stopped':
      return countStoppedWords(code.reason);
  }
}

/** A readiness check as the set-up screen shows it. */
export const wordedReadiness = (r: ReadinessCheck): Readiness => ({ ready: r.ready, message: readinessWords(r.code) });
