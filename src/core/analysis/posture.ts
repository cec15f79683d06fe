import { distance } from '../geometry/vector';
import type { BodyAngles } from './angles';
import type { Body } from './body';

/** legDrop above which a leg is a standing leg (1 = ankle straight below the hip). */
const STANDING_DROP = 0.88;
/**
 * Seated legs: below FLOOR_DROP the heels are about level with the hips (on the floor, seen from
 * the side); from CHAIR_DROP up a leg slopes from a seat to the floor (seat ~0.45 m over a leg of
 * ~0.9 m) or hangs from the knee. In between, a floor sitter seen from a low camera turned toward
 * the feet (perspective drops the nearer heels) and a chair sitter with a long leg and a low seat
 * both fit, so the band is read as the seated posture the person chose.
 */
const FLOOR_DROP = 0.3;
const CHAIR_DROP = 0.5;
/**
 * A standing leg's thigh hangs from the hip too: its vertical share of the hip->knee line is 0.85-1
 * on the real standing photos (side-on, facing, knees bent or not, and the standing leg of a
 * leg-on-a-step stretch). A chair sitter facing the camera has shins straight down, so the whole
 * leg reads like a standing one (0.94-0.95), but the thighs come toward the camera and slope in
 * the picture (0.45-0.49 on the real front-view sitter).
 */
const THIGH_HANGS = 0.7;

export type Posture = 'standing' | 'seated-floor' | 'seated-chair' | 'lying' | 'unknown';

/**
 * Whether a posture read out of a side view can stand against the one expected. Turned toward the
 * camera, legs come at it and their picture shortens: on rendered figures 60 degrees off side, both
 * live models read every chair sitter as standing and floor sitters as chair sitters, and a person
 * standing with one leg up on a box as a chair sitter (the raised thigh comes at the camera like a
 * sitter's); a front-view lunge reads as a chair sitter too. So among standing, seated on a chair
 * and seated on the floor, a mismatch there is no evidence either way (measured: keeping the
 * less-upright misreadings as failures judged 12 of 39 stills at 60 degrees, against 9). Lying
 * against the rest still shows from any side: the trunk lies along the floor.
 */
export function postureTellsTurned(seen: Posture, expected: Posture): boolean {
  return seen === expected || seen === 'lying' || expected === 'lying';
}

/**
 * Posture from where the hips sit against the ankles and which way the trunk points, in the image
 * of a roughly level camera. Unknown when the trunk or every leg is unseen: never a guess.
 * `expected` (the chosen stretch's posture) only settles the floor-or-chair band, never more.
 */
export function classifyPosture(body: Body, angles: BodyAngles, expected?: Posture): Posture {
  const { shoulderMid, hipMid } = body;
  const lean = angles.trunkLean;
  const drops = [angles.left.legDrop, angles.right.legDrop].filter((d): d is number => d !== undefined);
  if (!shoulderMid || !hipMid || lean === undefined || drops.length === 0) return 'unknown';
  const maxDrop = Math.max(...drops);
  const thighDrops = (['left', 'right'] as const).flatMap((side) => {
    const { hip, knee } = body[side];
    const length = hip && knee ? distance(hip, knee) : 0;
    return hip && knee && length > 1 ? [(knee.y - hip.y) / length] : [];
  });
  // Two cues for a standing leg, not one; but only both thighs seen, and both sloping, overrule the
  // legs' line (a standing person's one bent knee, seen from the front, slopes its thigh too).
  const thighHangs = thighDrops.length < 2 || Math.max(...thighDrops) >= THIGH_HANGS;

  // A leg hanging straight down from the hip: on their feet (toe touch folds included; a bent
  // standing knee still reads about 0.95). A chair sitter's bent leg reads 0.7-0.85 when the
  // thigh slopes down a little, so the line sits above that.
  if (maxDrop > STANDING_DROP && thighHangs) return 'standing';

  // Trunk near horizontal with the legs on the far side of the hips from the head: on their back.
  // A seated forward fold also has a near-horizontal trunk, but its head lies over its legs.
  if (lean > 55 && lean < 125) {
    const legXs = (['left', 'right'] as const)
      .flatMap((s) => [body[s].knee, body[s].ankle])
      .filter((p) => p !== undefined)
      .map((p) => p.x - hipMid.x);
    const legSide = legXs.length ? legXs.reduce((a, b) => a + b, 0) / legXs.length : 0;
    const headSide = shoulderMid.x - hipMid.x;
    const trunkLength = distance(shoulderMid, hipMid);
    if (Math.sign(legSide) !== Math.sign(headSide) || Math.abs(legSide) < 0.15 * trunkLength) return 'lying';
  }
  const floorDrop = expected === 'seated-floor' ? CHAIR_DROP : FLOOR_DROP;
  if (maxDrop < floorDrop && lean < 110) return 'seated-floor';
  // Shins down but no thigh hanging: sitting on a chair, seen from the front.
  if ((maxDrop <= STANDING_DROP || !thighHangs) && lean < 70) return 'seated-chair';
  return 'unknown';
}
