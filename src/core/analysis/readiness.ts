import type { FrameReport } from './form-analyzer';
import type { StretchDefinition } from '../stretches/types';
import { joint, type Pose, type Side } from '../pose/pose';
import type { CountStopReason } from '../session/session-events';

/**
 * What to say on the set-up screen, as data (the words are in src/ui/words/readiness-words.ts):
 * what to change, or, when ready, what happens next. `looking`: no frame judged yet; `stopped`:
 * the source stopped (its reason says why).
 */
export type ReadinessCode =
  | { readonly id: 'looking' | 'step-in' | 'show-feet' | 'show-head' | 'turn-side' | 'ready'; readonly low: boolean }
  | { readonly id: 'stopped'; readonly reason: CountStopReason };

/** Whether the person is set up for the stretch: whole body seen, side-on. Pure. */
export interface ReadinessCheck {
  readonly ready: boolean;
  readonly code: ReadinessCode;
}

/** A readiness as the set-up screen shows it: worded in the UI from a ReadinessCheck. */
export interface Readiness {
  readonly ready: boolean;
  readonly message: string;
}

const seenSide = (pose: Pose, side: Side, threshold: number, limbs: ('shoulder' | 'hip' | 'knee' | 'ankle')[]) =>
  limbs.filter((l) => (pose.keypoints[joint(side, l)]?.score ?? 0) >= threshold);

export function readiness(report: FrameReport | undefined, stretch: StretchDefinition, threshold: number): ReadinessCheck {
  const low = stretch.camera !== 'standing';
  if (!report || report.tracking === 'none' || !report.pose) {
    return { ready: false, code: { id: 'step-in', low } };
  }
  const limbs: ('shoulder' | 'hip' | 'knee' | 'ankle')[] = ['shoulder', 'hip', 'knee', 'ankle'];
  const l = seenSide(report.pose, 'left', threshold, limbs);
  const r = seenSide(report.pose, 'right', threshold, limbs);
  const best = l.length >= r.length ? l : r;
  const missing = limbs.filter((x) => !best.includes(x));
  // Where the analyser asks to turn side-on with the knees in view (turned toward the camera, a
  // model often loses the ankles of legs in plain view), the set-up screen asks the same, not to move the camera.
  if (missing.includes('ankle') && !missing.includes('knee') && report.cue.code.id === 'turn-side') {
    return { ready: false, code: { id: 'turn-side', low } };
  }
  if (missing.includes('ankle') || missing.includes('knee')) {
    return { ready: false, code: { id: 'show-feet', low } };
  }
  if (missing.length) return { ready: false, code: { id: 'show-head', low } };
  if (report.view === 'front') return { ready: false, code: { id: 'turn-side', low } };
  return { ready: true, code: { id: 'ready', low } };
}
