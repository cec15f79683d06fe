import { distance } from '../geometry/vector';
import type { BodyTurn } from '../pose/body-turn';
import type { Body } from './body';

export type View = 'side' | 'front' | 'unknown';

/** Shoulders, and hips, this far apart (over the torso length) mean the person is not side-on. */
const SHOULDERS_APART = 0.5;
const HIPS_APART = 0.38;

/**
 * How much further apart, once a stream is seen side-on, shoulders or hips must read before it is
 * called turned. On a steady real side view filmed hand-held (the standing toe-touch photo under
 * zoom and pan, MoveNet Lightning) the hips' reading wandered 0.29-0.45 from frame to frame while
 * the shoulders stayed at 0.19-0.34, so a third of the frames crossed 0.38 and asked to turn
 * side-on. A real turn keeps going: 60 degrees off side puts the hips about 0.4-0.5 apart and the
 * shoulders further, so it still crosses the band. A still, or a stream not yet seen side-on, has
 * no band.
 */
const SIDE_KEPT_MARGIN = 0.05;

/**
 * A model's 3D landmarks (BlazePose) turned this far from side-on, by both the shoulder line and the
 * hip line, mean the person is not side-on, whatever the picture's 2D spread says. Measured with
 * BlazePose full on the rendered figures of other bodies (both lines' smaller turn): at most 11
 * degrees side-on and 45 at 30 degrees off (one of 38 more: a misread lying figure at 80), but at
 * least 50 in 19 of 38 at 60 degrees off, where the far shoulder and hip are often pulled in line
 * with the near ones and the 2D spread reads side-on. Real photos: at most 25 on every side view,
 * 72-86 facing the camera. Both lines must agree: a reaching arm turns the shoulders alone (a real
 * side view read 37).
 */
const TURNED_3D_DEG = 50;
/** Once a stream is seen side-on, the 3D turn must read this much further to call it turned. */
const TURN_KEPT_MARGIN_DEG = 5;

function turnedIn3d(turn: BodyTurn | undefined, previous: View | undefined): boolean {
  if (turn?.shoulders === undefined || turn.hips === undefined) return false;
  return Math.min(turn.shoulders, turn.hips) >= TURNED_3D_DEG + (previous === 'side' ? TURN_KEPT_MARGIN_DEG : 0);
}

/**
 * Side or front view. From the side the two shoulders (and hips) nearly coincide; from the front
 * they are apart by about half a torso length or more. Sagittal angles are only trusted from the side.
 * `previous`: the stream's view on its last frame (see SIDE_KEPT_MARGIN). `turn`: the body's turn
 * from the model's 3D landmarks, where it gives them (see TURNED_3D_DEG).
 */
export function classifyView(body: Body, previous?: View, turn?: BodyTurn): View {
  const { shoulderMid, hipMid, left, right } = body;
  if (!shoulderMid || !hipMid) return 'unknown';
  if (turnedIn3d(turn, previous)) return 'front';
  const torso = distance(shoulderMid, hipMid);
  if (torso < 1) return 'unknown';
  // Either pair apart is enough: turned 60 degrees off side, models often lose the far shoulder or
  // pull it in, while the hips still show the turn. Measured on the rendered figures (true points):
  // hips apart by 0.05 of the torso side-on and 0.22-0.26 at 30 degrees (so about 0.4 at 60); on
  // real side-view photos the models put them at most 0.35 apart. Shoulders: 0.3-0.45 at 30 degrees.
  const shoulders = left.shoulder && right.shoulder ? distance(left.shoulder, right.shoulder) / torso : undefined;
  const hips = left.hip && right.hip ? distance(left.hip, right.hip) / torso : undefined;
  if (shoulders === undefined && hips === undefined) return 'side'; // one of each seen: the far side is hidden, as from the side
  const margin = previous === 'side' ? SIDE_KEPT_MARGIN : 0;
  return (shoulders ?? 0) >= SHOULDERS_APART + margin || (hips ?? 0) >= HIPS_APART + margin ? 'front' : 'side';
}
