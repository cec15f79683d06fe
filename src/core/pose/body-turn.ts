import type { JointName } from './pose';

/** A landmark in a model's 3D world space (BlazePose: metres, camera-aligned axes, origin between the hips). */
export interface WorldPoint {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly score: number;
  readonly name: string;
}

/**
 * How far the body is turned from side-on, in degrees (0 = side-on, 90 = facing or backing the
 * camera), per line across the body, from a model's 3D landmarks. Side-on, the line from one
 * shoulder (or hip) to the other points at the camera; facing it, the line lies across the picture.
 */
export interface BodyTurn {
  readonly shoulders?: number;
  readonly hips?: number;
}

/** Both ends of a line must be this sure to be measured (BlazePose's presence scores). */
const MIN_SCORE = 0.3;

/** The angle between the line from `a` to `b` and the camera's axis (z), 0-90 degrees. */
function lineTurn(points: ReadonlyMap<string, WorldPoint>, a: JointName, b: JointName): number | undefined {
  const p = points.get(a);
  const q = points.get(b);
  if (!p || !q || p.score < MIN_SCORE || q.score < MIN_SCORE) return undefined;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const dz = q.z - p.z;
  const length = Math.hypot(dx, dy, dz);
  if (!(length > 0)) return undefined;
  return (Math.acos(Math.min(1, Math.abs(dz) / length)) * 180) / Math.PI;
}

/** The body's turn from side-on, from a model's 3D landmarks; undefined lines were not seen. */
export function bodyTurn(world: readonly WorldPoint[]): BodyTurn {
  const points = new Map(world.map((w) => [w.name, w]));
  const shoulders = lineTurn(points, 'left_shoulder', 'right_shoulder');
  const hips = lineTurn(points, 'left_hip', 'right_hip');
  return { ...(shoulders !== undefined ? { shoulders } : {}), ...(hips !== undefined ? { hips } : {}) };
}
