/** Sizes for pictures sent to the detector. Pure. */

/** `width` x `height` scaled down (never up) to fit within `box`, keeping the aspect ratio; whole pixels, at least 1. */
export function fitWithin(width: number, height: number, box: { readonly width: number; readonly height: number }): { width: number; height: number } {
  if (!(width > 0 && height > 0)) return { width: 1, height: 1 };
  const scale = Math.min(1, box.width / width, box.height / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
