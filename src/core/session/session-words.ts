/**
 * The session's events in plain words, for the screen-reader announcer and the voice. The one
 * place these sentences live, so they can later be translated.
 */
import { nextStretchWords } from '../stretches/instructions';
import type { CountStopReason, SessionEvent } from './session-events';

/** Why the count stopped, and what the person can do, in words a patient understands. */
export function countStoppedWords(reason: CountStopReason): string {
  switch (reason) {
    case 'no-frames':
      return 'The picture has stopped, so the count waits. Check the camera or the video.';
    case 'camera-ended':
      return 'The camera stopped, so the count waits. Check that it is plugged in, then choose "Use camera".';
    case 'video-ended':
      return 'The video has ended, so the count has stopped.';
    case 'video-failed':
      return 'The video stopped playing, so the count has stopped. Try opening it again.';
    case 'too-slow':
      return 'This device is too slow to judge the stretch, so the count waits. Close other programs or use a faster device.';
  }
}

/** The words to announce for an event; null for events that are not spoken (cues speak their own text). */
export function eventWords(e: SessionEvent): string | null {
  switch (e.type) {
    case 'coaching-began':
      return `${e.stretchName}${e.side ? `, ${e.side} leg` : ''}. Get into the stretch; the count starts when your form is right.`;
    case 'next-step':
      return nextStretchWords(e.stretchId, e.stretchName);
    case 'armed':
      return 'Get into position. The count starts when I can see you side-on.';
    case 'rep-complete':
      return `Hold complete${e.side ? ` on your ${e.side} leg` : ''}. Rest now.`;
    case 'switch-side':
      return `Switch sides: next, your ${e.to} leg.`;
    case 'push-phase':
      return 'Now push gently against your partner’s hand, keeping the leg where it is.';
    case 'target-raised':
      return `Well held. Slide your hips a little closer to the wall: new target ${e.targetDeg} degrees.`;
    case 'rest-over':
      return 'Rest over: back into the stretch.';
    case 'paused':
      return 'Paused.';
    case 'resumed':
      return 'Resumed.';
    case 'count-stopped':
      return countStoppedWords(e.reason);
    case 'session-finished':
      return e.outcome === 'completed' ? 'Session complete. Here is how it went.' : 'Session ended. Here is how it went.';
    case 'cue':
    case 'chime':
    case 'step-finished':
      return null;
  }
}
