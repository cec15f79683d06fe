import type { Rotation } from './models';

/**
 * How a frame is turned and padded before inference, and how to map the model's keypoints back
 * into the original frame. Pure arithmetic, tested without a canvas.
 */
export interface FrameTransform {
  /** Size of the prepared image given to the model. */
  readonly width: number;
  readonly height: number;
  /** Rotation applied first (clockwise in screen terms), then the padding offset. */
  readonly rotation: Rotation;
  readonly padX: number;
  readonly padY: number;
  readonly sourceWidth: number;
  readonly sourceHeight: number;
}

export function frameTransform(sourceWidth: number, sourceHeight: number, rotation: Rotation, square: boolean): FrameTransform {
  const rw = rotation === 'none' ? sourceWidth : sourceHeight;
  const rh = rotation === 'none' ? sourceHeight : sourceWidth;
  const side = Math.max(rw, rh);
  const padX = square ? Math.round((side - rw) / 2) : 0;
  const padY = square ? Math.round((side - rh) / 2) : 0;
  return { width: square ? side : rw, height: square ? side : rh, rotation, padX, padY, sourceWidth, sourceHeight };
}

/** Maps a point of the prepared image back to the source frame. */
export function toSource(t: FrameTransform, u: number, v: number): { x: number; y: number } {
  const ru = u - t.padX;
  const rv = v - t.padY;
  switch (t.rotation) {
    case 'none':
      return { x: ru, y: rv };
    case 'cw': // source (x, y) -> (H - y, x)
      return { x: rv, y: t.sourceHeight - ru };
    case 'ccw': // source (x, y) -> (y, W - x)
      return { x: t.sourceWidth - rv, y: ru };
  }
}

/** Maps a source point into the prepared image (the inverse of toSource). */
export function toPrepared(t: FrameTransform, x: number, y: number): { u: number; v: number } {
  switch (t.rotation) {
    case 'none':
      return { u: x + t.padX, v: y + t.padY };
    case 'cw':
      return { u: t.sourceHeight - y + t.padX, v: x + t.padY };
    case 'ccw':
      return { u: y + t.padX, v: t.sourceWidth - x + t.padY };
  }
}
