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
 * The numbers the rules compare, for one frame. A metric whose keypoints were not seen is absent,
 * never estimated. `working` is undefined for two-leg stretches.
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
    const wAnkle = body[working].ankle;
    const oAnkle = body[otherSide(working)].ankle;
    const wHip = body[working].hip;
    if (wAnkle && oAnkle && wHip) {
      const legLength = Math.hypot(wAnkle.x - wHip.x, wAnkle.y - wHip.y);
      if (legLength > 1) out.heelLiftWorking = (oAnkle.y - wAnkle.y) / legLength;
    }
    if (pushReferenceRaise !== undefined && w.legRaise !== undefined) {
      out.legRaiseDrift = Math.abs(w.legRaise - pushReferenceRaise);
    }
  }
  return out;
}
