import type { FrameReport } from './form-analyzer';
import type { StretchDefinition } from '../stretches/types';
import { joint, type Pose, type Side } from '../pose/pose';

/** Whether the person is set up for the stretch: whole body seen, side-on. Pure. */
export interface Readiness {
  readonly ready: boolean;
  /** What to change, in plain words; when ready, what happens next. */
  readonly message: string;
}

const seenSide = (pose: Pose, side: Side, threshold: number, limbs: ('shoulder' | 'hip' | 'knee' | 'ankle')[]) =>
  limbs.filter((l) => (pose.keypoints[joint(side, l)]?.score ?? 0) >= threshold);

export function readiness(report: FrameReport | undefined, stretch: StretchDefinition, threshold: number): Readiness {
  const low = stretch.camera !== 'standing';
  if (!report || report.tracking === 'none' || !report.pose) {
    return { ready: false, message: low ? 'Lie or sit where the camera can see you, side-on' : 'Step into view, side-on to the camera' };
  }
  const limbs: ('shoulder' | 'hip' | 'knee' | 'ankle')[] = ['shoulder', 'hip', 'knee', 'ankle'];
  const l = seenSide(report.pose, 'left', threshold, limbs);
  const r = seenSide(report.pose, 'right', threshold, limbs);
  const best = l.length >= r.length ? l : r;
  const missing = limbs.filter((x) => !best.includes(x));
  if (missing.includes('ankle') || missing.includes('knee')) {
    return { ready: false, message: low ? 'Move the camera back or lower so your feet are in the picture' : 'Step back so your feet are in the picture' };
  }
  if (missing.length) return { ready: false, message: 'Move so your head and shoulders are in the picture' };
  if (report.view === 'front') return { ready: false, message: 'Turn side-on to the camera' };
  return { ready: true, message: 'Good, I can see you. Get into the stretch.' };
}
