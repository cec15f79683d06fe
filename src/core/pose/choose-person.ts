import { distance, type Vec2 } from '../geometry/vector';
import type { Pose } from './pose';

/** What the chooser remembers between frames: where the chosen person was. */
export interface PersonTrack {
  readonly centre: Vec2;
  readonly size: number;
}

export interface PersonChoice {
  readonly pose: Pose | undefined;
  readonly track: PersonTrack | undefined;
  /** How many people with enough confident keypoints were in view. */
  readonly candidates: number;
}

interface Candidate {
  readonly pose: Pose;
  readonly centre: Vec2;
  readonly size: number;
  readonly widerThanTall: boolean;
}

function describe(pose: Pose, threshold: number): Candidate | undefined {
  const pts = Object.values(pose.keypoints).filter((k) => k.score >= threshold);
  if (pts.length < 4) return undefined;
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  return {
    pose,
    centre: { x: (Math.max(...xs) + Math.min(...xs)) / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2 },
    size: Math.hypot(w, h),
    widerThanTall: w > h,
  };
}

/**
 * Picks the person doing the stretch when several are in view (a partner, a clinician beside a
 * kiosk): the largest, most central one, favouring a lying body for floor stretches and one in the
 * stretch's own posture (the one sitting with legs out, not the helper kneeling behind), and above
 * all the one chosen before, so the choice does not jump between people from frame to frame.
 */
export function choosePerson(
  poses: readonly Pose[],
  previous: PersonTrack | undefined,
  frame: { width: number; height: number },
  options: { threshold: number; preferLying: boolean; inPosture?: (pose: Pose) => boolean },
): PersonChoice {
  const candidates = poses.map((p) => describe(p, options.threshold)).filter((c): c is Candidate => !!c);
  if (candidates.length === 0) return { pose: undefined, track: undefined, candidates: 0 };
  const diagonal = Math.hypot(frame.width, frame.height);
  const centre = { x: frame.width / 2, y: frame.height / 2 };
  let best: Candidate | undefined;
  let bestScore = -Infinity;
  for (const c of candidates) {
    let score = c.size / diagonal - (0.5 * distance(c.centre, centre)) / diagonal;
    if (options.preferLying && c.widerThanTall) score += 0.3;
    // Only worth asking with a choice to make (a single person is who they are).
    if (candidates.length > 1 && options.inPosture?.(c.pose)) score += 0.3;
    if (previous && distance(c.centre, previous.centre) < 0.5 * Math.max(previous.size, c.size)) score += 1;
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  const chosen = best as Candidate;
  return { pose: chosen.pose, track: { centre: chosen.centre, size: chosen.size }, candidates: candidates.length };
}
