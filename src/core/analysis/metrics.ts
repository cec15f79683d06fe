import { distance } from '../geometry/vector';
import type { Side } from '../pose/pose';
import { otherSide } from '../pose/pose';
import type { MetricId } from '../stretches/types';
import type { BodyAngles } from './angles';
import { legOf } from './angles';
import type { Body } from './body';

/** The knee metrics: a minimum on one of them is a knee-straight rule (the working knee, both knees or the other knee). */
export const KNEE_METRICS: ReadonlySet<MetricId> = new Set<MetricId>(['knees', 'kneeWorking', 'kneeOther']);

export type Metrics = Readonly<Partial<Record<MetricId, number>>>;

const mean = (xs: number[]): number | undefined => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);
const defined = (xs: Array<number | undefined>): number[] => xs.filter((x): x is number => x !== undefined);

/**
 * How far the working heel is above the floor, in leg lengths (hip to ankle): the other foot, flat
 * on the floor, is the floor. Seated side-on, the other shin often stands hidden behind the
 * straight leg (Lightning found no far ankle in 2 of the 3 good rendered chair stills side-on, and
 * the hold waited on "I can't see your feet"). Then the working leg is its own ruler: a seated
 * person's hip is about one shin above the floor, so the heel's height is one shin less its drop
 * below the hip. On the rendered chair stills (side-on and 30 degrees off, three models) that reads
 * -0.24 to -0.01 for a heel on the floor, and 0.16-0.33 for a leg held level with the hip (true lift
 * 0.37-0.39) in 15 of 18 readings; the other 3 misread the leg.
 */
function heelLiftOf(body: Body, working: Side): number | undefined {
  const { hip, knee, ankle } = body[working];
  const floorAnkle = body[otherSide(working)].ankle;
  if (!hip || !ankle) return undefined;
  const legLength = distance(hip, ankle);
  if (!(legLength > 1)) return undefined;
  if (floorAnkle) return (floorAnkle.y - ankle.y) / legLength;
  if (!knee) return undefined;
  return (distance(knee, ankle) - (ankle.y - hip.y)) / legLength;
}

/**
 * The numbers the rules compare, for one frame. A metric whose keypoints were not seen is absent,
 * never guessed (the heel's lift has two measures, each from keypoints seen: `heelLiftOf`).
 * `working` is undefined for two-leg stretches.
 */
export function computeMetrics(
  body: Body,
  angles: BodyAngles,
  working: Side | undefined,
  pushReferenceRaise: number | undefined,
  /** The side (by the model's labels) the model saw more surely, i.e. toward the camera, if clear. */
  nearLabel?: Side,
): Metrics {
  // Evidence before verdict: a lone far knee (the near one hidden) is the models' guess behind the
  // body, and must not carry "both knees straight" (a rendered sitter with both knees at 145 was
  // credited from it). Either both knees are seen, or the one seen is the near one.
  const kneeSeen = (side: Side) => angles[side].knee !== undefined;
  const loneFarKnee = nearLabel !== undefined && kneeSeen(otherSide(nearLabel)) && !kneeSeen(nearLabel);
  const knees = loneFarKnee ? [] : defined([angles.left.knee, angles.right.knee]);
  const hips = defined([angles.left.hip, angles.right.hip]);
  const out: Partial<Record<MetricId, number>> = {};
  // Two-leg stretches: with the legs together in a side view the far leg is hidden behind the near
  // one; the seen knees are judged and the worse one decides.
  if (knees.length) out.knees = Math.min(...knees);
  const hip = working ? legOf(angles, working).hip : mean(hips);
  if (hip !== undefined) out.hip = hip;
  if (angles.trunkLeanForward !== undefined) out.trunkLeanForward = angles.trunkLeanForward;
  if (working) {
    const w = legOf(angles, working);
    const o = legOf(angles, otherSide(working));
    if (w.knee !== undefined) out.kneeWorking = w.knee;
    if (o.knee !== undefined) out.kneeOther = o.knee;
    if (w.legRaise !== undefined) out.legRaiseWorking = w.legRaise;
    if (o.legRaise !== undefined) out.legRaiseOther = o.legRaise;
    if (w.legFromHorizontal !== undefined) out.legFromHorizontalWorking = w.legFromHorizontal;
    if (w.toesFromVertical !== undefined) out.toesFromVerticalWorking = w.toesFromVertical;
    const heelLift = heelLiftOf(body, working);
    if (heelLift !== undefined) out.heelLiftWorking = heelLift;
    if (pushReferenceRaise !== undefined && w.legRaise !== undefined) {
      out.legRaiseDrift = Math.abs(w.legRaise - pushReferenceRaise);
    }
  }
  return out;
}
