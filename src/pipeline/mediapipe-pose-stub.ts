/**
 * Stand-in for `@mediapipe/pose`, which pose-detection imports statically for its MediaPipe
 * runtime. FormHold runs BlazePose on the tfjs runtime only, so this class is never constructed;
 * it exists so the bundler has a `Pose` export and the real runtime is not shipped.
 */
export class Pose {
  constructor() {
    throw new Error('The MediaPipe runtime is not bundled with FormHold; use runtime "tfjs".');
  }
}
export const VERSION = 'stub';
