import { toDegrees, type Degrees } from '../units';
import { dot, length, sub, type Vec2 } from './vector';

/**
 * Angle between two vectors, 0..180 degrees. Undefined for a zero-length vector: an angle
 * from coincident points is not a measurement.
 */
export function angleBetween(a: Vec2, b: Vec2): Degrees | undefined {
  const la = length(a);
  const lb = length(b);
  if (la < 1e-9 || lb < 1e-9) return undefined;
  // Rounding can push the cosine just past +-1, and acos(1.0000001) is NaN: clamp first.
  const cos = Math.min(1, Math.max(-1, dot(a, b) / (la * lb)));
  return toDegrees(Math.acos(cos));
}

/** Angle at the vertex b of the chain a-b-c, 0..180 (180 = a, b, c in a straight line). */
export function jointAngle(a: Vec2, b: Vec2, c: Vec2): Degrees | undefined {
  return angleBetween(sub(a, b), sub(c, b));
}

/** Angle of the vector from a to b against the image's up direction, 0..180. */
export function angleFromVertical(from: Vec2, to: Vec2): Degrees | undefined {
  return angleBetween(sub(to, from), { x: 0, y: -1 });
}

/** Angle of the line through a and b against the image horizontal, 0..90, direction ignored. */
export function angleFromHorizontal(a: Vec2, b: Vec2): Degrees | undefined {
  const d = sub(b, a);
  if (length(d) < 1e-9) return undefined;
  return toDegrees(Math.atan2(Math.abs(d.y), Math.abs(d.x)));
}
