// A progress bar for stderr, as plain text. Pure: the caller writes it.

/**
 * "[#########-----------]  45% 135/300 frames, 12.3 frames/s" for `done` of `total` after `seconds`.
 * @param {number} done @param {number} total @param {number} seconds @param {number} [width]
 */
export function progressBar(done, total, seconds, width = 30) {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const filled = Math.round(share * width);
  const rate = seconds > 0 ? done / seconds : 0;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${done}/${total} frames, ${rate.toFixed(1)} frames/s`;
}
