/** The pose models FormHold serves from its own origin (see models/manifest.json). No tfjs here. */
import type { Posture } from '../core/analysis/posture';
import type { KneeReadingBias } from '../core/pose/pose';

export const MODEL_IDS = [
  'movenet-lightning',
  'movenet-thunder',
  'movenet-multipose',
  'blazepose-lite',
  'blazepose-full',
  'blazepose-heavy',
] as const;
export type ModelId = (typeof MODEL_IDS)[number];
export const isModelId = (v: string): v is ModelId => (MODEL_IDS as readonly string[]).includes(v);

export interface ModelInfo {
  readonly id: ModelId;
  readonly label: string;
  readonly family: 'movenet' | 'blazepose';
  /** Graph-model JSON files, relative to the app's models/ folder. */
  readonly files: readonly string[];
  /** BlazePose (tfjs runtime, these weights) wants a square frame; MoveNet takes the frame as it is. */
  readonly input: 'as-is' | 'square';
  /** Keypoint score below which a point is "not seen"; the two families' scores are not on one scale. */
  readonly scoreThreshold: number;
  /** BlazePose gives heels and toes (33 points), MoveNet does not (17). */
  readonly hasFeet: boolean;
  readonly multiPerson: boolean;
  /**
   * Degrees the model reads a straight knee short of the truth, per posture: the median of (true -
   * read) over the straight knees (true angle >= 165, gross failures over 20 degrees left out) of the
   * rendered figures, side-on and 30 degrees off (`node tests/accuracy/dump.mjs`). Models reduce the
   * range of knee angles (straight knees read low, bent ones high), so only the straight end is
   * corrected: that is where the "knee straight" rule decides. Absolute values of 1 or less are noise
   * and left at 0; models not measured get no correction. Where real people read lower than the
   * figures, people win: BlazePose full lying is 6, not the figures' 3, since real raised knees
   * straight by eye read 155-164 raw (median 158) against the 165 of a straight knee. The README
   * has the table.
   */
  readonly kneeReadingBias: KneeReadingBias;
  /**
   * In a video file decoded frame by frame, find the person afresh in every frame instead of
   * following the region the last frame's keypoints drew. BlazePose full following its own region read a steady
   * real seated fold's straight knees at 150-155 (171-177 found afresh) and counted 0.2 s of 10;
   * found afresh, 10.0 s, and the supine clip agrees with the truth in 100% of frames (97%). It costs
   * the person detector on every frame. Photos keep following (7 of 7 credited against 6 of 7).
   * On the synthetic supine clip, frame-exact through analyze, it counts 12.9 s before the bend
   * at 15 fps and 12.8 s at 3.75 fps (truth 13.0). The live camera keeps following the region:
   * on the coaching screen (4 fps on two CPU cores, the same supine clip as a fake camera) finding
   * afresh ended the hold 1.57 s late in two runs of two in CI, while following ends it within
   * the spec's 1.5 s (`coach-supine.spec`), and the extra detector pass halves the live rate.
   * Live seated holds on the floor find afresh too (`liveSource`): there, following counted a
   * steady fold filmed hand-held 0 of 20 s on the coaching screen, and finding afresh 16.6 s
   * (`coach-seated.spec`); a person folded still needs the reading more than the rate.
   */
  readonly findEveryFrame?: boolean;
}

export const MODELS: Readonly<Record<ModelId, ModelInfo>> = {
  'movenet-lightning': { id: 'movenet-lightning', label: 'MoveNet Lightning (fast)', family: 'movenet', files: ['movenet-lightning.json'], input: 'as-is', scoreThreshold: 0.3, hasFeet: false, multiPerson: false, kneeReadingBias: { lying: 6, 'seated-floor': 5 } },
  'movenet-thunder': { id: 'movenet-thunder', label: 'MoveNet Thunder (accurate)', family: 'movenet', files: ['movenet-thunder.json'], input: 'as-is', scoreThreshold: 0.3, hasFeet: false, multiPerson: false, kneeReadingBias: { lying: 5, 'seated-floor': 4 } },
  'movenet-multipose': { id: 'movenet-multipose', label: 'MoveNet MultiPose (several people)', family: 'movenet', files: ['movenet-multipose.json'], input: 'as-is', scoreThreshold: 0.3, hasFeet: false, multiPerson: true, kneeReadingBias: {} },
  'blazepose-lite': { id: 'blazepose-lite', label: 'BlazePose lite (feet)', family: 'blazepose', files: ['blazepose-detector.json', 'blazepose-lite.json'], input: 'square', scoreThreshold: 0.5, hasFeet: true, multiPerson: false, kneeReadingBias: {} },
  'blazepose-full': { id: 'blazepose-full', label: 'BlazePose full (feet)', family: 'blazepose', files: ['blazepose-detector.json', 'blazepose-full.json'], input: 'square', scoreThreshold: 0.5, hasFeet: true, multiPerson: false, kneeReadingBias: { lying: 6, 'seated-floor': 3, 'seated-chair': 4 }, findEveryFrame: true },
  'blazepose-heavy': { id: 'blazepose-heavy', label: 'BlazePose heavy (slow, most accurate)', family: 'blazepose', files: ['blazepose-detector.json', 'blazepose-heavy.json'], input: 'square', scoreThreshold: 0.5, hasFeet: true, multiPerson: false, kneeReadingBias: {} },
};

export const DEFAULT_MODEL: ModelId = 'movenet-lightning';

/** Whether to turn the frame so a lying body stands upright before inference. */
export type { Turn as Rotation } from '../core/pose/rotation';

/**
 * What the live camera is for the next frame of a stretch of this posture: a seated hold on the
 * floor is `live-steady` (found afresh in every frame by models that read it better so); a lying
 * stretch follows the person's region unless the last frame read another posture (a region gone
 * wrong: one live run of a lying person read them seated for all of 20 s and never left the set-up
 * screen), when it is found afresh; anything else `live` (see `ModelInfo.findEveryFrame`).
 * `lastPosture`: the posture the last frame read, if any.
 */
export const liveSource = (posture: Posture | undefined, lastPosture?: Posture): 'live' | 'live-steady' =>
  posture === 'seated-floor' || (posture === 'lying' && lastPosture !== undefined && lastPosture !== 'unknown' && lastPosture !== 'lying') ? 'live-steady' : 'live';
