import { poseFromNamedKeypoints, type PoseFrame } from '../core/pose/pose';
import { ms } from '../core/units';
import { MODELS, type ModelId } from './models';
import type { PoseResult } from './pose-client';

/** The worker's plain result as the analyser's frame. */
export function toPoseFrame(result: PoseResult, tMs: number, model: ModelId): PoseFrame {
  const info = MODELS[model];
  return {
    tMs: ms(tMs),
    width: result.width,
    height: result.height,
    poses: result.poses.map((p) => poseFromNamedKeypoints(p.keypoints, p.score, p.keypoints3D)),
    scoreThreshold: info.scoreThreshold,
    hasFeet: info.hasFeet,
    kneeReadingBias: info.kneeReadingBias,
  };
}
