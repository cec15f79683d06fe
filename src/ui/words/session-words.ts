/**
 * The session's events in the person's language, for the screen-reader announcer and the voice:
 * the one place these sentences live. Whole sentences per case (word order differs by language).
 */
import { msg, str } from '@lit/localize';
import type { Side } from '../../core/pose/pose';
import type { CountStopReason, SessionEvent } from '../../core/session/session-events';
import type { CountMark } from '../../core/session/spoken-count';
import { nextStretchWords } from './instruction-words';
import { stretchName } from './stretch-words';

/** Why the count stopped, and what the person can do, in words a patient understands. */
export function countStoppedWords(reason: CountStopReason): string {
  switch (reason) {
    case 'no-frames':
      return msg('The picture has stopped, so the count waits. Check the camera or the video.');
    case 'camera-ended':
      return msg('The camera stopped, so the count waits. Check that it is plugged in, then choose "Use camera".');
    case 'video-ended':
      return msg('The video has ended, so the count has stopped.');
    case 'video-failed':
      return msg('The video stopped playing, so the count has stopped. Try opening it again.');
    case 'too-slow':
      return msg('This device is too slow to judge the stretch, so the count waits. Close other programs or use a faster device.');
  }
}

/** The count said aloud every 5 s of good form: "10 seconds.", near the end "15 seconds. 5 to go." */
export function countMarkWords(mark: CountMark): string {
  const s = mark.seconds;
  if (mark.left === null) return msg(str`${s} seconds.`);
  const left = mark.left;
  return msg(str`${s} seconds. ${left} to go.`);
}

function began(name: string, side: Side | null): string {
  if (side === 'left') return msg(str`${name}, left leg. Get into the stretch; the count starts when your form is right.`);
  if (side === 'right') return msg(str`${name}, right leg. Get into the stretch; the count starts when your form is right.`);
  return msg(str`${name}. Get into the stretch; the count starts when your form is right.`);
}

function repComplete(side: Side | null): string {
  if (side === 'left') return msg('Hold complete on your left leg. Rest now.');
  if (side === 'right') return msg('Hold complete on your right leg. Rest now.');
  return msg('Hold complete. Rest now.');
}

/** The words to announce for an event; null for events that are not spoken (cues speak their own text). */
export function eventWords(e: SessionEvent): string | null {
  switch (e.type) {
    case 'coaching-began':
      return began(stretchName(e.stretchId, e.variation), e.side);
    case 'next-step':
      return nextStretchWords(e.stretchId, e.variation);
    case 'armed':
      return msg('Get into position. The count starts when I can see you side-on.');
    case 'rep-complete':
      return repComplete(e.side);
    case 'switch-side':
      if (e.turnRound) return e.to === 'left' ? msg('Switch sides: next, your left leg. Turn around so it is nearest the camera.') : msg('Switch sides: next, your right leg. Turn around so it is nearest the camera.');
      return e.to === 'left' ? msg('Switch sides: next, your left leg.') : msg('Switch sides: next, your right leg.');
    case 'push-phase':
      return msg('Now push gently against your partner’s hand, keeping the leg where it is.');
    case 'target-raised': {
      const deg = e.targetDeg;
      return msg(str`Well held. Slide your hips a little closer to the wall: new target ${deg} degrees.`);
    }
    case 'rest-over':
      return msg('Rest over: back into the stretch.');
    case 'paused':
      return msg('Paused.');
    case 'resumed':
      return msg('Resumed.');
    case 'count-stopped':
      return countStoppedWords(e.reason);
    case 'session-finished':
      return e.outcome === 'completed' ? msg('Session complete. Here is how it went.') : msg('Session ended. Here is how it went.');
    case 'cue':
    case 'chime':
    case 'step-finished':
      return null;
  }
}
